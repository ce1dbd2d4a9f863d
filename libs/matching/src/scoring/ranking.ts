import { compareMatches, MatchScore } from './quality-score';

/** How many ranked matches are kept when the caller does not say (MATCH_LIST_SIZE's default). */
export const DEFAULT_MATCH_LIMIT = 50;
/** At most this many over-budget interims are shown beside the ranking, flagged. */
export const MAX_OVER_BUDGET_SHOWN = 10;

export interface Ranking {
  /** Eligible interims, best first, at most `limit`. */
  ranked: MatchScore[];
  /**
   * Interims left out only because their minimum rate is above the budget, who would otherwise have
   * made the list. They are shown flagged (never ranked, never notified), so the hiring manager sees
   * that the budget, not quality, left them out.
   */
  overBudget: MatchScore[];
}

export function rankMatches(scores: MatchScore[], limit = DEFAULT_MATCH_LIMIT): Ranking {
  const eligible = scores.filter((s) => s.exclusions.length === 0).sort(compareMatches);
  const ranked = eligible.slice(0, limit);
  const floor = ranked.length >= limit ? ranked[ranked.length - 1].exactScore : -Infinity;
  const overBudget = scores
    .filter(
      (s) =>
        s.exclusions.length === 1 &&
        s.exclusions[0] === 'rate_above_budget' &&
        s.exactScore >= floor,
    )
    .sort(compareMatches)
    .slice(0, MAX_OVER_BUDGET_SHOWN);
  return { ranked, overBudget };
}
