import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { sql as expression } from 'kysely';
import { AssignmentSummaries } from '@gilde/assignments';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce, sql } from '@gilde/kernel';
import { recordAudit } from './audit-log';
import { pseudonymiseAuditRows } from './audit-pseudonyms';

/**
 * The retention schedule deleted a response that was not selected: the audit trail keeps what
 * happened to it (statuses, times, the hiring managers' decisions) but no longer who responded.
 * The interim's id leaves the response's rows (as actor and in their state), and a record says
 * when and under which policy, as erasure does with `erasure_applied`.
 */
@Injectable()
@HandlesJob(QUEUES.audit, EVENTS.responsePurged)
export class PurgedResponseAuditHandler implements JobHandler<
  EventJobData<typeof EVENTS.responsePurged>
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentSummaries,
  ) {}

  async handle(job: Job<EventJobData<typeof EVENTS.responsePurged>>): Promise<void> {
    const { eventId, aggregateId: responseId, tenantId, occurredAt, payload } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.audit, async (manager) => {
      // Not (or not yet) deleted: nothing to take out.
      if (!(await this.assignments.isPurged(responseId, manager))) return;
      const people = await sql(manager)
        .selectFrom('auditEvents')
        .select(expression<string>`after ->> 'interimId'`.as('id'))
        .distinct()
        .where('entityType', '=', 'response')
        .where('entityId', '=', responseId)
        .where(expression<boolean>`after ? 'interimId'`)
        .execute();
      const rows = await pseudonymiseAuditRows(
        manager,
        'response',
        responseId,
        people.map((p) => p.id),
      );
      await recordAudit(manager, {
        organisationId: tenantId,
        actorId: null,
        entityType: 'response',
        entityId: responseId,
        action: 'retention_applied',
        after: {
          policy: payload.policy,
          rowsPseudonymised: rows,
        },
        eventId,
        at: new Date(occurredAt),
      });
    });
  }
}
