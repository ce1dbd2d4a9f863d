/** What the candidate comparison shows per candidate, derived from their response and match. */
import { proposedRate } from './responses';
import type { Response } from './responses';

export type RateCell =
  | { kind: 'amount'; amount: number }
  | { kind: 'withinBudget' }
  | { kind: 'overBudget' }
  | { kind: 'partlyAbove' }
  | { kind: 'unknown' };

/**
 * The rate cell: the proposed rate when the caller may see it, else whether the response is
 * within budget, else what matching says about the profile's range.
 */
export function compareRate(
  response: Response | undefined,
  match: { rateWithinBudget: boolean } | undefined,
): RateCell {
  const amount = response ? proposedRate(response) : null;
  if (amount !== null) return { kind: 'amount', amount };
  if (response?.withinBudget != null)
    return response.withinBudget ? { kind: 'withinBudget' } : { kind: 'overBudget' };
  if (match) return match.rateWithinBudget ? { kind: 'withinBudget' } : { kind: 'partlyAbove' };
  return { kind: 'unknown' };
}

/** The start of a long text, with an ellipsis when cut. */
export function excerpt(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
