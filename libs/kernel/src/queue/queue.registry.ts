import { JobsOptions } from 'bullmq';

/**
 * Every queue, every job on it, and which queues each outbox event is relayed to.
 * This is the one place to look when adding a job: declare it here, then write a
 * handler with @HandlesJob; the worker refuses to start while a declared job has none.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  notifications: 'notifications',
  /** One job per notification per recipient, digests and their schedulers (notifications). */
  notify: 'notify',
  /** Audit trail entries derived from other libraries' events (contracts). */
  audit: 'audit',
  /** Keeps the search index equal to PostgreSQL (search). */
  searchIndex: 'search-index',
  /** Computes and stores matches; keeps interim track records (matching). */
  matching: 'matching',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Domain events written to the outbox. Payloads carry ids only, never personal data. */
export const EVENTS = {
  invitationCreated: 'organisation.invitation_created',
  profileUpdated: 'profile.updated',
  profileErased: 'profile.erased',
  /** A client user erased their account: stores keyed by the person drop what is theirs. */
  accountErased: 'account.erased',
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
  /** The retention schedule deleted a response: what was written about it goes too. */
  responsePurged: 'response.purged',
  /** Written by matching after it stored an assignment's matches; notifications fan out from it. */
  matchesComputed: 'assignment.matches_computed',
  /** A hiring manager changed the match weights of a published assignment: match it again. */
  matchWeightsChanged: 'assignment.match_weights_changed',
  contractSent: 'contract.sent',
  contractAccepted: 'contract.accepted',
  contractCountersigned: 'contract.countersigned',
  contractActivated: 'contract.activated',
  contractCompleted: 'contract.completed',
  contractTerminated: 'contract.terminated',
  /** Written for each side when a contract completes: both may now review the other. */
  reviewRequested: 'review.requested',
  reviewSubmitted: 'review.submitted',
  /** An account needs a link to verify its address (aggregate: the account token). */
  accountVerificationRequested: 'account.email_verification_requested',
  /** Someone asked for a password reset link (aggregate: the account token). */
  accountPasswordResetRequested: 'account.password_reset_requested',
  /** The password was changed or reset (aggregate: the security event): the owner is told. */
  accountPasswordChanged: 'account.password_changed',
} as const;

export type EventType = (typeof EVENTS)[keyof typeof EVENTS];

/** Scheduled and internal jobs that do not come from the outbox. */
export const INTERNAL_JOBS = {
  outboxReconcile: 'outbox.reconcile',
  /** Daily: the retention schedule (responses not selected, four weeks after closing). */
  retentionPurge: 'retention.purge',
  /** One notification for one recipient; job id `${template}-${subject or event}-${recipient}`. */
  notificationDeliver: 'notification.deliver',
  /** The daily digest run for one time zone (a job scheduler per zone). */
  notificationDigest: 'notification.digest',
  /** One recipient's digest for one local day. */
  notificationDigestSend: 'notification.digest_send',
  /** Keeps one digest scheduler per time zone in use. */
  notificationDigestSchedules: 'notification.digest_schedules',
  /** Re-adds per-recipient jobs that Redis lost after a fan-out. */
  notificationReconcile: 'notification.reconcile',
  /** Hourly: removes from the search engine the documents PostgreSQL no longer has. */
  searchReconcile: 'search.reconcile',
} as const;

export type InternalJobName = (typeof INTERNAL_JOBS)[keyof typeof INTERNAL_JOBS];

/** Where each event goes. An event routed nowhere is still stored, for audit. */
export const EVENT_ROUTES: Record<EventType, QueueName[]> = {
  [EVENTS.invitationCreated]: [QUEUES.notifications],
  [EVENTS.profileUpdated]: [QUEUES.searchIndex, QUEUES.matching],
  [EVENTS.profileErased]: [QUEUES.searchIndex, QUEUES.audit, QUEUES.matching, QUEUES.notifications],
  [EVENTS.accountErased]: [QUEUES.notifications],
  [EVENTS.assignmentPublished]: [QUEUES.searchIndex, QUEUES.audit, QUEUES.matching],
  [EVENTS.assignmentUpdated]: [QUEUES.searchIndex, QUEUES.audit, QUEUES.matching],
  [EVENTS.assignmentClosed]: [QUEUES.searchIndex, QUEUES.audit],
  [EVENTS.assignmentReopened]: [QUEUES.searchIndex, QUEUES.audit, QUEUES.matching],
  [EVENTS.assignmentFilled]: [QUEUES.searchIndex, QUEUES.audit],
  [EVENTS.assignmentInvitationSent]: [QUEUES.notifications],
  [EVENTS.responseSubmitted]: [QUEUES.notifications, QUEUES.audit],
  [EVENTS.responseShortlisted]: [QUEUES.notifications, QUEUES.audit],
  [EVENTS.responseRejected]: [QUEUES.notifications, QUEUES.audit],
  [EVENTS.responseSelected]: [QUEUES.notifications, QUEUES.audit],
  [EVENTS.responseWithdrawn]: [QUEUES.audit],
  [EVENTS.responsePurged]: [QUEUES.notifications, QUEUES.audit],
  [EVENTS.matchWeightsChanged]: [QUEUES.matching],
  [EVENTS.matchesComputed]: [QUEUES.notifications],
  [EVENTS.contractSent]: [QUEUES.notifications],
  [EVENTS.contractAccepted]: [QUEUES.notifications],
  [EVENTS.contractCountersigned]: [QUEUES.notifications],
  [EVENTS.contractActivated]: [QUEUES.notifications],
  [EVENTS.contractCompleted]: [QUEUES.matching],
  [EVENTS.contractTerminated]: [QUEUES.notifications],
  [EVENTS.reviewRequested]: [QUEUES.notifications],
  [EVENTS.reviewSubmitted]: [QUEUES.notifications, QUEUES.matching],
  [EVENTS.accountVerificationRequested]: [QUEUES.notifications],
  [EVENTS.accountPasswordResetRequested]: [QUEUES.notifications],
  [EVENTS.accountPasswordChanged]: [QUEUES.notifications],
};

/** The jobs each queue carries: relayed events plus internal jobs. */
export const QUEUE_JOBS: Record<QueueName, string[]> = {
  [QUEUES.maintenance]: [INTERNAL_JOBS.outboxReconcile, INTERNAL_JOBS.retentionPurge],
  [QUEUES.notifications]: eventsRoutedTo(QUEUES.notifications),
  [QUEUES.notify]: [
    INTERNAL_JOBS.notificationDeliver,
    INTERNAL_JOBS.notificationDigest,
    INTERNAL_JOBS.notificationDigestSend,
    INTERNAL_JOBS.notificationDigestSchedules,
    INTERNAL_JOBS.notificationReconcile,
  ],
  [QUEUES.audit]: eventsRoutedTo(QUEUES.audit),
  [QUEUES.searchIndex]: [...eventsRoutedTo(QUEUES.searchIndex), INTERNAL_JOBS.searchReconcile],
  [QUEUES.matching]: eventsRoutedTo(QUEUES.matching),
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
  // Many small jobs, written in batches: high concurrency is what feeds the batches.
  [QUEUES.notify]: {
    concurrency: 400,
    jobOptions: {
      ...DEFAULT_JOB_OPTIONS,
      attempts: 8,
      removeOnComplete: { age: 3 * DAY_SECONDS, count: 200_000 },
    },
  },
  [QUEUES.audit]: { concurrency: 5, jobOptions: DEFAULT_JOB_OPTIONS },
  [QUEUES.searchIndex]: { concurrency: 5, jobOptions: DEFAULT_JOB_OPTIONS },
  // CPU-bound re-ranking: a few at a time per worker process.
  [QUEUES.matching]: { concurrency: 2, jobOptions: DEFAULT_JOB_OPTIONS },
};

export function eventsRoutedTo(queue: QueueName): EventType[] {
  return (Object.keys(EVENT_ROUTES) as EventType[]).filter((e) => EVENT_ROUTES[e].includes(queue));
}

export function allQueueNames(): QueueName[] {
  return Object.values(QUEUES);
}
