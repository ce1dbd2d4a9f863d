import { useRateCard } from '../api/queries';
import { rateCardMax } from './contracts';

/**
 * The organisation's rate-card maximum for an assignment kind, for the editor's hint; null when
 * the card has no line for it.
 */
export function useRateCardHint(
  organisationId: string | undefined,
  kind: string | null,
): number | null {
  const card = useRateCard(organisationId);
  return rateCardMax(card.data, kind);
}
