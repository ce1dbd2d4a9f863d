import type { Schemas } from '../api/client';

export type Response = Schemas['ResponsePageView']['items'][number];

/** The proposed day rate: procurement and admins see it; hiring managers choose on quality. */
export function proposedRate(r: Response): number | null {
  return 'proposedDayRate' in r ? r.proposedDayRate : null;
}

/** Still in play: waiting for a decision or chosen. */
export function isInPlay(r: Pick<Response, 'status'>): boolean {
  return r.status === 'submitted' || r.status === 'shortlisted' || r.status === 'selected';
}

/** The hiring team can still shortlist, select or reject it. */
export function awaitsDecision(r: Pick<Response, 'status'>): boolean {
  return r.status === 'submitted' || r.status === 'shortlisted';
}

/** At most this many candidates are compared side by side. */
export const MAX_COMPARE = 3;

/**
 * Adds a candidate to the comparison or takes them out; adding one beyond the maximum drops the
 * earliest picked.
 */
export function toggleCompared(selected: string[], interimId: string, max = MAX_COMPARE): string[] {
  return selected.includes(interimId)
    ? selected.filter((x) => x !== interimId)
    : [...selected, interimId].slice(-max);
}

export interface ResponseCounts {
  total: number;
  /** Submitted and not yet decided on. */
  waiting: number;
}

export function responseCounts(page: {
  total: number;
  items: Pick<Response, 'status'>[];
}): ResponseCounts {
  return { total: page.total, waiting: page.items.filter((r) => r.status === 'submitted').length };
}
