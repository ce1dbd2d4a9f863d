import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventPayloadJson } from '../queue/event-payloads';
import { EventJobData } from '../queue/job-payload';
import { EVENT_ROUTES, EventType, QueueName } from '../queue/queue.registry';
import { QueuesService } from '../queue/queues.service';
import { OutboxMetrics } from './outbox.metrics';

interface ClaimedRow {
  id: string;
  tenant_id: string | null;
  aggregate_type: string;
  aggregate_id: string;
  event_type: string;
  payload: EventPayloadJson;
  created_at: Date;
  attempts: number;
}

export interface RelayHooks {
  /** Called after the jobs were added and before the rows are marked: a crash point for tests. */
  afterEnqueue?: (eventIds: string[]) => Promise<void> | void;
}

const BATCH_SIZE = 200;
const MAX_BACKOFF_MS = 30_000;
/**
 * BullMQ waits, without a bound, for a connection that has never been ready (Redis down
 * when the worker started). The relay must not hold its claimed rows meanwhile: it gives
 * up, backs off, and a late add of the same job id is harmless.
 */
const ENQUEUE_TIMEOUT_MS = 1500;

/**
 * Copies pending outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several relays can run; each job id is the event id, so a row relayed twice
 * (crash between enqueue and mark) still yields one job.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  hooks: RelayHooks = {};

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly metrics: OutboxMetrics,
  ) {}

  /** Relays one batch; returns how many events were dispatched. */
  async relayBatch(limit = BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, tenant_id, aggregate_type, aggregate_id, event_type, payload, created_at, attempts
           FROM outbox_events
          WHERE dispatched_at IS NULL AND quarantined_at IS NULL AND next_attempt_at <= now()
          ORDER BY created_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!rows.length) return 0;
      try {
        await this.enqueue(rows);
        await this.hooks.afterEnqueue?.(rows.map((r) => r.id));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.metrics.relayFailures.inc();
        this.logger.warn(`Outbox relay could not enqueue ${rows.length} events: ${message}`);
        // Keep the rows pending and back off; the transaction commits the bookkeeping.
        // clock_timestamp(), not now(): the back-off counts from the failure, not from the
        // claim, which may be a whole enqueue timeout earlier.
        await manager.query(
          `UPDATE outbox_events
              SET attempts = attempts + 1,
                  last_error = $2,
                  next_attempt_at = clock_timestamp() + make_interval(secs => LEAST($3::float8, 0.5 * power(2, attempts)))
            WHERE id = ANY($1::uuid[])`,
          [rows.map((r) => r.id), message.slice(0, 1000), MAX_BACKOFF_MS / 1000],
        );
        return 0;
      }
      await manager.query(
        `UPDATE outbox_events SET dispatched_at = now(), last_error = NULL WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      this.metrics.dispatched.inc(rows.length);
      return rows.length;
    });
  }

  /** Relays until nothing is pending (or only back-off rows remain). */
  async drain(maxBatches = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.relayBatch();
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  private enqueue(rows: ClaimedRow[]): Promise<void> {
    return within(this.addJobs(rows), ENQUEUE_TIMEOUT_MS, 'Enqueueing to Redis');
  }

  private async addJobs(rows: ClaimedRow[]): Promise<void> {
    const byQueue = new Map<QueueName, ClaimedRow[]>();
    for (const row of rows) {
      for (const queue of EVENT_ROUTES[row.event_type as EventType] ?? []) {
        const list = byQueue.get(queue) ?? [];
        list.push(row);
        byQueue.set(queue, list);
      }
    }
    for (const [queueName, list] of byQueue) {
      await this.queues.get(queueName).addBulk(
        list.map((row) => ({
          name: row.event_type,
          data: {
            eventId: row.id,
            eventType: row.event_type,
            tenantId: row.tenant_id,
            aggregateType: row.aggregate_type,
            aggregateId: row.aggregate_id,
            payload: row.payload,
            occurredAt: new Date(row.created_at).toISOString(),
            // The row was written through appendToOutbox, typed against EventPayloads.
          } as EventJobData,
          opts: { jobId: row.id },
        })),
      );
    }
  }
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  // The abandoned work may still reject later; that must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
