import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce } from '@gilde/kernel';
import { AuditState } from '../entities/audit-event.entity';
import { recordAudit } from './audit-log';

/** The assignment and response events whose changes the audit trail records. */
export const AUDITED_EVENTS = [
  EVENTS.assignmentUpdated,
  EVENTS.assignmentPublished,
  EVENTS.assignmentClosed,
  EVENTS.assignmentReopened,
  EVENTS.assignmentFilled,
  EVENTS.responseSubmitted,
  EVENTS.responseShortlisted,
  EVENTS.responseRejected,
  EVENTS.responseSelected,
  EVENTS.responseWithdrawn,
] as const;
type AuditedEvent = (typeof AUDITED_EVENTS)[number];
type AuditedEventJob = EventJobData<AuditedEvent>;

const STATUS_AFTER: Record<string, string> = {
  [EVENTS.assignmentPublished]: 'published',
  [EVENTS.assignmentClosed]: 'closed',
  [EVENTS.assignmentReopened]: 'published',
  [EVENTS.assignmentFilled]: 'filled',
  [EVENTS.responseSubmitted]: 'submitted',
  [EVENTS.responseShortlisted]: 'shortlisted',
  [EVENTS.responseRejected]: 'rejected',
  [EVENTS.responseSelected]: 'selected',
  [EVENTS.responseWithdrawn]: 'withdrawn',
};

/**
 * Records the state changes of an organisation's assignments and responses in the audit trail.
 * It consumes their outbox events rather than asking the assignments library to write audit
 * rows: the outbox row commits with the change, survives a Redis or worker outage and is
 * retried until handled, and runOnce makes a repeated delivery write nothing twice. The row
 * carries the event's own time, not the time it was processed.
 */
@Injectable()
@HandlesJob(QUEUES.audit, ...AUDITED_EVENTS)
export class DomainEventAuditHandler implements JobHandler<AuditedEventJob> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentSummaries,
  ) {}

  async handle(job: Job<AuditedEventJob>): Promise<void> {
    const event = job.data;
    await runOnce(this.dataSource, event.eventId, QUEUES.audit, async (manager) => {
      const [entityType = event.aggregateType, action = event.eventType] =
        event.eventType.split('.');
      const who = await this.resolve(manager, event, entityType, action);
      if (!who) return; // the row is gone: nothing left to attribute
      const after: AuditState = {};
      const status = STATUS_AFTER[event.eventType];
      if (status) after.status = status;
      for (const [k, v] of Object.entries(event.payload)) {
        if (k !== 'actorId' && (typeof v === 'string' || typeof v === 'number')) after[k] = v;
      }
      const before = await this.budgetChange(manager, event, after);
      // An event audited after its response was purged (a late or re-driven job) must not bring
      // the interim back into the trail the retention schedule took them out of.
      const interimId = 'interimId' in event.payload ? event.payload.interimId : null;
      let actorId = who.actorId;
      if (
        entityType === 'response' &&
        interimId &&
        (await this.assignments.isPurged(event.aggregateId, manager))
      ) {
        delete after.interimId;
        if (actorId === interimId) actorId = null;
      }
      await recordAudit(manager, {
        organisationId: who.organisationId,
        actorId,
        entityType,
        entityId: event.aggregateId,
        action,
        before,
        after,
        eventId: event.eventId,
        at: new Date(event.occurredAt),
      });
    });
  }

  /**
   * An edit that moved an assignment's budget names the recorded change; the trail shows the
   * old and the new maximum day rate, so procurement sees every move of the budget.
   */
  private async budgetChange(
    manager: EntityManager,
    event: AuditedEventJob,
    after: AuditState,
  ): Promise<AuditState | null> {
    if (event.eventType !== EVENTS.assignmentUpdated) return null;
    const changeId = event.payload.budgetChangeId;
    if (!changeId) return null;
    const change = await this.assignments.budgetChange(changeId, event.aggregateId, manager);
    if (!change) return null;
    after.maxDayRate = change.toMaxDayRate;
    return { maxDayRate: change.fromMaxDayRate };
  }

  /**
   * The organisation and the person behind the change. Events name their actor in
   * `payload.actorId` (null for a system job). Events written before they carried one
   * are attributed from the rows where the data tells.
   */
  private async resolve(
    manager: EntityManager,
    event: AuditedEventJob,
    entityType: string,
    action: string,
  ): Promise<{ organisationId: string; actorId: string | null } | null> {
    const named = namedActor(event.payload);
    if (named !== undefined) {
      const organisationId =
        event.tenantId ?? (await this.organisationOf(manager, event, entityType));
      return organisationId ? { organisationId, actorId: named } : null;
    }
    if (entityType === 'response') {
      const r = await this.assignments.response(event.aggregateId, manager);
      if (!r) return null;
      let actorId: string | null = null;
      if (action === 'submitted' || action === 'withdrawn') actorId = r.interimId;
      // decidedBy names the latest decision only: trust it for the event that made it.
      else if (r.status === action) actorId = r.decidedBy;
      return { organisationId: event.tenantId ?? r.organisationId, actorId };
    }
    const organisationId =
      event.tenantId ?? (await this.organisationOf(manager, event, entityType));
    return organisationId ? { organisationId, actorId: null } : null;
  }

  private async organisationOf(
    manager: EntityManager,
    event: AuditedEventJob,
    entityType: string,
  ): Promise<string | null> {
    if (entityType === 'response') {
      return (await this.assignments.response(event.aggregateId, manager))?.organisationId ?? null;
    }
    const found = await this.assignments.byIds([event.aggregateId], manager);
    return found.get(event.aggregateId)?.organisationId ?? null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor an event names: a user id, null for a system job, or undefined when the event
 * predates the field. Anything else counts as unknown (null) rather than failing the job
 * forever on the uuid column.
 */
function namedActor(payload: AuditedEventJob['payload']): string | null | undefined {
  if (!Object.prototype.hasOwnProperty.call(payload, 'actorId')) return undefined;
  const value = payload.actorId;
  return value !== null && UUID.test(value) ? value : null;
}
