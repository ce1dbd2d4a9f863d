import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as fragment } from 'kysely';
import { DataSource } from 'typeorm';
import { sql } from '../database/typed-sql';
import { EVENT_ROUTES, EventType, QueueName } from '../queue/queue.registry';
import { QueuesService } from '../queue/queues.service';
import { OutboxMetrics } from './outbox.metrics';

interface Unacknowledged {
  id: string;
  eventType: string;
  redrives: number;
  ackedBy: string[];
}

export interface ReconcileResult {
  redriven: number;
  quarantined: number;
}

const MAX_REDRIVES = 5;

/**
 * Finds dispatched events some consumer never acknowledged (Redis lost the job, or
 * it failed for good) and either re-drives them or quarantines them, so an event is
 * neither lost silently nor retried in a hot loop.
 */
@Injectable()
export class OutboxReconciler {
  private readonly logger = new Logger(OutboxReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly metrics: OutboxMetrics,
  ) {}

  async reconcile(olderThanSeconds = 600, limit = 500): Promise<ReconcileResult> {
    const db = sql(this.dataSource);
    const rows: Unacknowledged[] = await db
      .selectFrom('outboxEvents as o')
      .leftJoin('processedEvents as p', 'p.eventId', 'o.id')
      .select((eb) => [
        'o.id',
        'o.eventType',
        'o.redrives',
        eb.fn
          .coalesce(
            eb.fn
              .agg<string[]>('array_agg', ['p.consumer'])
              .filterWhere('p.consumer', 'is not', null),
            fragment<string[]>`'{}'`,
          )
          .as('ackedBy'),
      ])
      .where('o.dispatchedAt', 'is not', null)
      .where('o.quarantinedAt', 'is', null)
      .where(
        'o.dispatchedAt',
        '<',
        fragment<Date>`now() - make_interval(secs => ${olderThanSeconds})`,
      )
      .where('o.createdAt', '>', fragment<Date>`now() - interval '14 days'`)
      .groupBy('o.id')
      .orderBy('o.dispatchedAt')
      .limit(limit)
      .execute();
    const result: ReconcileResult = { redriven: 0, quarantined: 0 };
    for (const row of rows) {
      const missing = (EVENT_ROUTES[row.eventType as EventType] ?? []).filter(
        (q) => !row.ackedBy.includes(q),
      );
      if (!missing.length) continue;
      const outcome = await this.inspect(row, missing);
      if (outcome === 'quarantine') {
        await db
          .updateTable('outboxEvents')
          .set((eb) => ({
            quarantinedAt: eb.fn('now'),
            lastError: `not acknowledged by ${missing.join(', ')}`,
          }))
          .where('id', '=', row.id)
          .execute();
        result.quarantined++;
        this.logger.error(`Outbox event ${row.id} (${row.eventType}) quarantined`);
      } else if (outcome === 'redrive') {
        // Clearing dispatched_at hands the row back to the relay.
        await db
          .updateTable('outboxEvents')
          .set((eb) => ({
            dispatchedAt: null,
            redrives: eb('redrives', '+', 1),
            nextAttemptAt: eb.fn('now'),
          }))
          .where('id', '=', row.id)
          .execute();
        result.redriven++;
        this.metrics.redriven.inc();
      }
    }
    return result;
  }

  private async inspect(
    row: Unacknowledged,
    queues: QueueName[],
  ): Promise<'redrive' | 'quarantine' | 'wait'> {
    let lost = false;
    for (const name of queues) {
      const queue = this.queues.get(name);
      const job = await queue.getJob(row.id);
      if (!job) {
        lost = true;
        continue;
      }
      const state = await job.getState();
      if (state === 'failed') return 'quarantine';
      if (state === 'completed') {
        // Completed but never acknowledged: the handler skipped its ack. Re-run it.
        await job.remove();
        lost = true;
      }
    }
    if (!lost) return 'wait';
    return row.redrives >= MAX_REDRIVES ? 'quarantine' : 'redrive';
  }
}
