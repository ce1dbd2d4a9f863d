import { EVENTS, EventsCarrying, ResponseEventPayload } from '@gilde/kernel';
import { ResponseStatus } from '../entities/assignment-response.entity';

export type ResponseAction = 'shortlist' | 'select' | 'reject' | 'withdraw';
export const RESPONSE_ACTIONS: readonly ResponseAction[] = [
  'shortlist',
  'select',
  'reject',
  'withdraw',
];

interface Transition {
  from: readonly ResponseStatus[];
  to: ResponseStatus;
  event: EventsCarrying<ResponseEventPayload>;
  /** Who acts: the organisation's hiring manager, or the interim who responded. */
  actor: 'hiring_manager' | 'interim';
}

/**
 * The one lifecycle of a response:
 *   submitted --shortlist--> shortlisted --select--> selected
 *   submitted | shortlisted --reject--> rejected      (hiring manager, with a reason)
 *   submitted | shortlisted --withdraw--> withdrawn   (the interim, until selected)
 * Selecting needs a shortlist first: a person looks at the shortlist before picking (no
 * decision is made by the ranking alone). rejected, selected and withdrawn are final.
 */
export const RESPONSE_TRANSITIONS: Readonly<Record<ResponseAction, Transition>> = {
  shortlist: {
    from: ['submitted'],
    to: 'shortlisted',
    event: EVENTS.responseShortlisted,
    actor: 'hiring_manager',
  },
  select: {
    from: ['shortlisted'],
    to: 'selected',
    event: EVENTS.responseSelected,
    actor: 'hiring_manager',
  },
  reject: {
    from: ['submitted', 'shortlisted'],
    to: 'rejected',
    event: EVENTS.responseRejected,
    actor: 'hiring_manager',
  },
  withdraw: {
    from: ['submitted', 'shortlisted'],
    to: 'withdrawn',
    event: EVENTS.responseWithdrawn,
    actor: 'interim',
  },
};

export function nextResponseStatus(
  current: ResponseStatus,
  action: ResponseAction,
): ResponseStatus | null {
  const t = RESPONSE_TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}
