import { TEMPLATES, TemplateKey } from '../domain/notification-kinds';

/** One notification for one person, as it travels on the notify queue: ids only. */
export interface DeliverJobData {
  template: TemplateKey;
  recipientId: string;
  /** The assignment, response, contract or review the message is about. */
  subjectId: string;
  /** The outbox event that caused it. */
  eventId: string;
  tenantId: string | null;
}

export interface DigestJobData {
  timeZone: string;
}

export interface DigestSendJobData {
  recipientId: string;
  localDate: string;
  timeZone: string;
}

/**
 * Messages that can happen once per subject: they are deduplicated on the subject, so a
 * second event (matches recomputed after an edit) does not notify again. Others (a contract
 * sent again after a revision) are deduplicated on the event.
 */
const ONCE_PER_SUBJECT: ReadonlySet<TemplateKey> = new Set<TemplateKey>([
  TEMPLATES.match,
  TEMPLATES.invitation,
  TEMPLATES.responseSubmitted,
  TEMPLATES.responseShortlisted,
  TEMPLATES.responseRejected,
  TEMPLATES.responseSelected,
  TEMPLATES.contractToDraft,
  // One signature writes both contract.countersigned and contract.activated: one message.
  TEMPLATES.contractActive,
  TEMPLATES.contractTerminated,
  TEMPLATES.reviewReceived,
]);

/** The unique key of the notification row: one notification, however often the job runs. */
export function dedupeKey(
  job: Pick<DeliverJobData, 'template' | 'subjectId' | 'eventId' | 'recipientId'>,
): string {
  const on = ONCE_PER_SUBJECT.has(job.template) ? job.subjectId : job.eventId;
  return `${job.template}:${on}:${job.recipientId}`;
}

/** BullMQ job ids must not contain ':'; e.g. `match-<assignment>-<interim>`. */
export function deliverJobId(
  job: Pick<DeliverJobData, 'template' | 'subjectId' | 'eventId' | 'recipientId'>,
): string {
  const on = ONCE_PER_SUBJECT.has(job.template) ? job.subjectId : job.eventId;
  return `${job.template.replace(/[.:]/g, '_')}-${on}-${job.recipientId}`;
}

export function digestSendJobId(recipientId: string, localDate: string): string {
  return `digest-${recipientId}-${localDate}`;
}

export function digestSchedulerId(timeZone: string): string {
  return `digest-${timeZone.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
