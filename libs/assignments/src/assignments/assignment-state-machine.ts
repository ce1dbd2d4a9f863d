import { AssignmentTransitionPayload, EVENTS, EventsCarrying } from '@gilde/kernel';
import { AssignmentStatus } from '../entities/assignment.entity';

export type AssignmentAction = 'publish' | 'close' | 'reopen' | 'fill';
export const ASSIGNMENT_ACTIONS: readonly AssignmentAction[] = [
  'publish',
  'close',
  'reopen',
  'fill',
];

interface Transition {
  from: readonly AssignmentStatus[];
  to: AssignmentStatus;
  event: EventsCarrying<AssignmentTransitionPayload>;
}

/**
 * The one lifecycle of an assignment:
 *   draft --publish--> published --close--> closed --reopen--> published
 *   published | closed --fill--> filled   (by contracts, once a contract is signed)
 * Everything else is refused with 409 naming the current state.
 */
export const ASSIGNMENT_TRANSITIONS: Readonly<Record<AssignmentAction, Transition>> = {
  publish: { from: ['draft'], to: 'published', event: EVENTS.assignmentPublished },
  close: { from: ['published'], to: 'closed', event: EVENTS.assignmentClosed },
  reopen: { from: ['closed'], to: 'published', event: EVENTS.assignmentReopened },
  fill: { from: ['published', 'closed'], to: 'filled', event: EVENTS.assignmentFilled },
};

/** The status after `action`, or null when the action is not allowed from `current`. */
export function nextAssignmentStatus(
  current: AssignmentStatus,
  action: AssignmentAction,
): AssignmentStatus | null {
  const t = ASSIGNMENT_TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

/** The fields that may still change once an assignment has been published (or closed). */
export const EDITABLE_AFTER_PUBLICATION = [
  'description',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'maxDayRate',
  'remoteShare',
] as const;

/** Which edits a status allows: drafts everything, published and closed a few fields, filled none. */
export function editableFields(status: AssignmentStatus): 'all' | readonly string[] {
  switch (status) {
    case 'draft':
      return 'all';
    case 'published':
    case 'closed':
      return EDITABLE_AFTER_PUBLICATION;
    case 'filled':
      return [];
  }
}
