/** Which tabs an assignment's page offers, and which one opens first. */
import type { Schemas } from '../api/client';

type AssignmentStatus = Schemas['AssignmentView']['status'];
export type AssignmentTab = 'overview' | 'matches' | 'responses' | 'compare';

/** A draft has no candidates yet, so only its overview. */
export function assignmentTabs(status: AssignmentStatus): AssignmentTab[] {
  return status === 'draft' ? ['overview'] : ['overview', 'matches', 'responses', 'compare'];
}

/** The tab in the URL, else the overview for a draft and the matches once published. */
export function currentTab(status: AssignmentStatus, requested: string | null): string {
  return requested ?? (status === 'draft' ? 'overview' : 'matches');
}

/** The one state change the hiring manager can make from the page, if any. */
export function nextTransition(status: AssignmentStatus): 'publish' | 'close' | 'reopen' | null {
  if (status === 'draft') return 'publish';
  if (status === 'published') return 'close';
  if (status === 'closed') return 'reopen';
  return null;
}
