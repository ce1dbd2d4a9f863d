import type { Schemas } from '../api/client';

export type Response = Schemas['ResponsePageView']['items'][number];

/** The proposed day rate: procurement and admins see it; hiring managers choose on quality. */
export function proposedRate(r: Response): number | null {
  return 'proposedDayRate' in r ? r.proposedDayRate : null;
}
