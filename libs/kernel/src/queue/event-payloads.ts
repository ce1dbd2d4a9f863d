import { EventType } from './queue.registry';

/**
 * The one map from event name to payload: writers (`appendToOutbox`) and handlers
 * (`EventJobData`) both type against it, so a payload that does not match what a handler
 * reads is a compile error. Payloads carry ids and flags only, never personal data; a field
 * is added here first, then written, then read.
 */
export interface EventPayloads {
  /** No payload: the invitation is re-read by id (the aggregate). */
  'organisation.invitation_created': Record<string, never>;
  'profile.updated': { interimId: string; version: number; credentialId?: string };
  'profile.erased': { interimId: string };
  /** A client user's account was erased (an interim's erasure is `profile.erased`). */
  'account.erased': { userId: string };
  'assignment.published': AssignmentTransitionPayload;
  'assignment.updated': AssignmentTransitionPayload & { budgetChangeId?: string };
  'assignment.closed': AssignmentTransitionPayload;
  'assignment.reopened': AssignmentTransitionPayload;
  'assignment.filled': AssignmentTransitionPayload;
  'assignment.invitation_sent': {
    invitationId: string;
    assignmentId: string;
    interimId: string;
    actorId: string;
  };
  'response.submitted': ResponseEventPayload;
  'response.shortlisted': ResponseEventPayload;
  'response.rejected': ResponseEventPayload;
  'response.selected': ResponseEventPayload;
  'response.withdrawn': ResponseEventPayload;
  'response.purged': { responseId: string; policy: string };
  /**
   * Either a whole list was stored (`matches` ranked, `head` for its certain head stored
   * early), or one newcomer joined an existing list (`interimId`).
   */
  'assignment.matches_computed':
    | { assignmentId: string; version: number; matches: number; head?: true }
    | { assignmentId: string; version: number; interimId: string };
  'assignment.match_weights_changed': { assignmentId: string };
  'contract.sent': ContractEventPayload;
  'contract.accepted': ContractEventPayload;
  'contract.countersigned': ContractEventPayload;
  'contract.activated': ContractEventPayload;
  'contract.completed': ContractEventPayload;
  'contract.terminated': ContractEventPayload;
  'review.requested': ContractEventPayload & { reviewerSide: 'organisation' | 'interim' };
  'review.submitted': {
    reviewId: string;
    contractId: string;
    organisationId: string;
    interimId: string;
    authorSide: 'organisation' | 'interim';
  };
  /** The aggregate is the account token; the mail handler reads it (no payload). */
  'account.email_verification_requested': Record<string, never>;
  'account.password_reset_requested': Record<string, never>;
  /** The aggregate is the recorded security event (when, IP, device). */
  'account.password_changed': Record<string, never>;
}

/** `actorId` is the user who caused the change, null for a system job. */
export type AssignmentTransitionPayload = {
  assignmentId: string;
  version: number;
  actorId: string | null;
};

export type ResponseEventPayload = {
  responseId: string;
  assignmentId: string;
  interimId: string;
  actorId: string;
};

export type ContractEventPayload = {
  contractId: string;
  seriesId: string;
  version: number;
  organisationId: string;
  interimId: string;
  assignmentId: string;
};

/** What a payload may hold on the wire (a jsonb object of scalars). */
export type EventPayloadJson = Record<string, string | number | boolean | null>;

export type EventPayload<E extends EventType> = EventPayloads[E];

/** The events whose payload is exactly P (e.g. every contract event), for writers that share one. */
export type EventsCarrying<P> = {
  [K in EventType]: [EventPayloads[K]] extends [P]
    ? [P] extends [EventPayloads[K]]
      ? K
      : never
    : never;
}[EventType];
