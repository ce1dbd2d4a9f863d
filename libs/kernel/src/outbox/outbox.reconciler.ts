import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EVENT_ROUTES, EventType, QueueName } from '../queue/queue.registry';
import { QueuesService } from '../queue/queues.service';
import { OutboxMetrics } from './outbox.metrics';

interface Unacknowledged {
  id: string;
  event_type: string;
  redrives: number;
  acked_by: string[];
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
    const rows: Unacknowledged[] = await this.dataSource.query(
      `SELECT o.id, o.event_type, o.redrives,
              COALESCE(array_agg(p.consumer) FILTER (WHERE p.consumer IS NOT NULL), '{}') AS acked_by
         FROM outbox_events o
         LEFT JOIN processed_events p ON p.event_id = o.id
        WHERE o.dispatched_at IS NOT NULL AND o.quarantined_at IS NULL
          AND o.dispatched_at < now() - make_interval(secs => $1)
          AND o.created_at > now() - interval '14 days'
        GROUP BY o.id
        ORDER BY o.dispatched_at
        LIMIT $2`,
      [olderThanSeconds, limit],
    );
    const result: ReconcileResult = { redriven: 0, quarantined: 0 };
    for (const row of rows) {
      const missing = (EVENT_ROUTES[row.event_type as EventType] ?? []).filter(
        (q) => !row.acked_by.includes(q),
      );
      if (!missing.length) continue;
      const outcome = await this.inspect(row, missing);
      if (outcome === 'quarantine') {
        await this.dataSource.query(
          `UPDATE outbox_events SET quarantined_at = now(), last_error = $2 WHERE id = $1`,
          [row.id, `not acknowledged by ${missing.join(', ')}`],
        );
        result.quarantined++;
        this.logger.error(`Outbox event ${row.id} (${row.event_type}) quarantined`);
      } else if (outcome === 'redrive') {
        // Clearing dispatched_at hands the row back to the relay.
        await this.dataSource.query(
          `UPDATE outbox_events SET dispatched_at = NULL, redrives = redrives + 1, next_attempt_at = now() WHERE id = $1`,
          [row.id],
        );
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
