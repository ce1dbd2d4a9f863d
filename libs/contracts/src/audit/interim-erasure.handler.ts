import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce, sql } from '@gilde/kernel';
import { recordAudit } from './audit-log';

/**
 * When an interim manager erases the account, contracts keep what the law requires (see
 * libs/contracts/README.md): the contract rows, their party snapshot and stored documents, the
 * acceptances and the audit trail stay under legal hold. What no law requires goes: the texts
 * of reviews by or about the interim, and the browser strings of their acceptances.
 */
@Injectable()
@HandlesJob(QUEUES.audit, EVENTS.profileErased)
export class InterimErasureHandler implements JobHandler<
  EventJobData<typeof EVENTS.profileErased>
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  async handle(job: Job<EventJobData<typeof EVENTS.profileErased>>): Promise<void> {
    const { eventId, aggregateId: interimId, occurredAt } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.audit, async (manager) => {
      // Not (or no longer) an erased account.
      if (!(await this.directory.isErased(interimId, manager))) return;
      const db = sql(manager);
      const reviews = await db
        .updateTable('reviews')
        .set({ comment: null })
        .where('interimId', '=', interimId)
        .where('comment', 'is not', null)
        .executeTakeFirst();
      await db
        .updateTable('contractAcceptances')
        .set({ userAgent: null })
        .where('userId', '=', interimId)
        .where('userAgent', 'is not', null)
        .execute();
      const kept = await db
        .selectFrom('contracts')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('interimId', '=', interimId)
        .executeTakeFirstOrThrow();
      await recordAudit(manager, {
        organisationId: null,
        actorId: null,
        entityType: 'interim',
        entityId: interimId,
        action: 'erasure_applied',
        after: {
          reviewCommentsRemoved: Number(reviews.numUpdatedRows),
          contractsRetained: Number(kept.n),
        },
        eventId,
        at: new Date(occurredAt),
      });
    });
  }
}
