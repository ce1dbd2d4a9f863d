import { JobsOptions } from 'bullmq';

/**
 * Every queue, every job on it, and which queues each outbox event is relayed to.
 * This is the one place to look when adding a job: declare it here, then write a
 * handler with @HandlesJob; the worker refuses to start while a declared job has none.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  notifications: 'notifications',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Domain events written to the outbox. Payloads carry ids only, never personal data. */
export const EVENTS = {
  invitationCreated: 'organisation.invitation_created',
  profileUpdated: 'profile.updated',
  profileErased: 'profile.erased',
  assignmentPublished: 'assignment.published',
  assignmentUpdated: 'assignment.updated',
  assignmentClosed: 'assignment.closed',
  assignmentReopened: 'assignment.reopened',
  assignmentFilled: 'assignment.filled',
  assignmentInvitationSent: 'assignment.invitation_sent',
  responseSubmitted: 'response.submitted',
  responseShortlisted: 'response.shortlisted',
  responseRejected: 'response.rejected',
  responseSelected: 'response.selected',
  responseWithdrawn: 'response.withdrawn',
  /** Written by matching after it stored an assignment's matches; notifications fan out from it. */
  matchesComputed: 'assignment.matches_computed',
} as const;

export type EventType = (typeof EVENTS)[keyof typeof EVENTS];

/** Scheduled and internal jobs that do not come from the outbox. */
export const INTERNAL_JOBS = {
  outboxReconcile: 'outbox.reconcile',
} as const;

export type InternalJobName = (typeof INTERNAL_JOBS)[keyof typeof INTERNAL_JOBS];

/** Where each event goes. An event routed nowhere is still stored, for audit. */
export const EVENT_ROUTES: Record<EventType, QueueName[]> = {
  [EVENTS.invitationCreated]: [QUEUES.notifications],
  [EVENTS.profileUpdated]: [],
  [EVENTS.profileErased]: [],
  [EVENTS.assignmentPublished]: [],
  [EVENTS.assignmentUpdated]: [],
  [EVENTS.assignmentClosed]: [],
  [EVENTS.assignmentReopened]: [],
  [EVENTS.assignmentFilled]: [],
  [EVENTS.assignmentInvitationSent]: [],
  [EVENTS.responseSubmitted]: [],
  [EVENTS.responseShortlisted]: [],
  [EVENTS.responseRejected]: [],
  [EVENTS.responseSelected]: [],
  [EVENTS.responseWithdrawn]: [],
  [EVENTS.matchesComputed]: [],
};

/** The jobs each queue carries: relayed events plus internal jobs. */
export const QUEUE_JOBS: Record<QueueName, string[]> = {
  [QUEUES.maintenance]: [INTERNAL_JOBS.outboxReconcile],
  [QUEUES.notifications]: eventsRoutedTo(QUEUES.notifications),
};

const DAY_SECONDS = 24 * 3600;

/** Retries are explicit: BullMQ defaults to a single attempt. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: DAY_SECONDS, count: 10_000 },
  // Failed jobs stay inspectable for a week.
  removeOnFail: { age: 7 * DAY_SECONDS, count: 50_000 },
};

export const QUEUE_OPTIONS: Record<QueueName, { concurrency: number; jobOptions: JobsOptions }> = {
  [QUEUES.maintenance]: { concurrency: 1, jobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: 3 } },
  [QUEUES.notifications]: { concurrency: 20, jobOptions: DEFAULT_JOB_OPTIONS },
};

export function eventsRoutedTo(queue: QueueName): EventType[] {
  return (Object.keys(EVENT_ROUTES) as EventType[]).filter((e) => EVENT_ROUTES[e].includes(queue));
}

export function allQueueNames(): QueueName[] {
  return Object.values(QUEUES);
}
