import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  EVENTS,
  EventJobData,
  HandlesJob,
  JobHandler,
  QUEUES,
  runOnce,
  modify,
} from '@gilde/kernel';
import { recordAudit } from './audit-log';

/**
 * When an interim manager erases the account, contracts keep what the law requires (see
 * libs/contracts/README.md): the contract rows, their party snapshot and stored documents, the
 * acceptances and the audit trail stay under legal hold. What no law requires goes: the texts
 * of reviews by or about the interim, and the browser strings of their acceptances.
 */
@Injectable()
@HandlesJob(QUEUES.audit, EVENTS.profileErased)
export class InterimErasureHandler
  implements JobHandler<EventJobData<typeof EVENTS.profileErased>>
{
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<EventJobData<typeof EVENTS.profileErased>>): Promise<void> {
    const { eventId, aggregateId: interimId, occurredAt } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.audit, async (manager) => {
      const erased: { erased_at: Date | null }[] = await manager.query(
        `SELECT erased_at FROM users WHERE id = $1`,
        [interimId],
      );
      if (!erased[0]?.erased_at) return; // not (or no longer) an erased account
      const reviews = await modify(
        manager,
        `UPDATE reviews SET comment = NULL WHERE interim_id = $1 AND comment IS NOT NULL`,
        [interimId],
      );
      await manager.query(
        `UPDATE contract_acceptances SET user_agent = NULL WHERE user_id = $1 AND user_agent IS NOT NULL`,
        [interimId],
      );
      const kept: { n: string }[] = await manager.query(
        `SELECT count(*) AS n FROM contracts WHERE interim_id = $1`,
        [interimId],
      );
      await recordAudit(manager, {
        organisationId: null,
        actorId: null,
        entityType: 'interim',
        entityId: interimId,
        action: 'erasure_applied',
        after: { reviewCommentsRemoved: reviews.count, contractsRetained: Number(kept[0]?.n ?? 0) },
        eventId,
        at: new Date(occurredAt),
      });
    });
  }
}
