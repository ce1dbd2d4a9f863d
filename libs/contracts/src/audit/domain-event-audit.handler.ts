import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
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
export class DomainEventAuditHandler implements JobHandler<EventJobData> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<EventJobData>): Promise<void> {
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
      await recordAudit(manager, {
        organisationId: who.organisationId,
        actorId: who.actorId,
        entityType,
        entityId: event.aggregateId,
        action,
        after,
        eventId: event.eventId,
        at: new Date(event.occurredAt),
      });
    });
  }

  /** The organisation and, where the data tells, the person behind the change. */
  private async resolve(
    manager: EntityManager,
    event: EventJobData,
    entityType: string,
    action: string,
  ): Promise<{ organisationId: string; actorId: string | null } | null> {
    const named = typeof event.payload.actorId === 'string' ? event.payload.actorId : null;
    if (entityType === 'response') {
      const rows: {
        organisation_id: string;
        interim_id: string;
        status: string;
        decided_by: string | null;
      }[] = await manager.query(
        `SELECT organisation_id, interim_id, status, decided_by FROM responses WHERE id = $1`,
        [event.aggregateId],
      );
      const r = rows[0];
      if (!r) return null;
      let actorId = named;
      if (!actorId && (action === 'submitted' || action === 'withdrawn')) actorId = r.interim_id;
      // decided_by names the latest decision only: trust it for the event that made it.
      if (!actorId && r.status === action) actorId = r.decided_by;
      return { organisationId: event.tenantId ?? r.organisation_id, actorId };
    }
    const rows: { organisation_id: string }[] = await manager.query(
      `SELECT organisation_id FROM assignments WHERE id = $1`,
      [event.aggregateId],
    );
    const organisationId = event.tenantId ?? rows[0]?.organisation_id;
    return organisationId ? { organisationId, actorId: named } : null;
  }
}
