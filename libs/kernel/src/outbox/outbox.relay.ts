import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Selectable, sql as fragment } from 'kysely';
import { DataSource } from 'typeorm';
import { DB, sql } from '../database/typed-sql';
import { EventPayloadJson } from '../queue/event-payloads';
import { EventJobData } from '../queue/job-payload';
import { EVENT_ROUTES, EventType, QueueName } from '../queue/queue.registry';
import { QueuesService } from '../queue/queues.service';
import { OutboxMetrics } from './outbox.metrics';

/** The outbox columns a relayed job is made of. */
const CLAIMED = [
  'id',
  'tenantId',
  'aggregateType',
  'aggregateId',
  'eventType',
  'payload',
  'createdAt',
  'attempts',
] as const;

type ClaimedRow = Pick<Selectable<DB['outboxEvents']>, (typeof CLAIMED)[number]>;

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
      const db = sql(manager);
      const rows = await db
        .selectFrom('outboxEvents')
        .select(CLAIMED)
        .where('dispatchedAt', 'is', null)
        .where('quarantinedAt', 'is', null)
        .where('nextAttemptAt', '<=', (eb) => eb.fn<Date>('now'))
        .orderBy('createdAt')
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
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
        await db
          .updateTable('outboxEvents')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            lastError: message.slice(0, 1000),
            nextAttemptAt: fragment<Date>`clock_timestamp() + make_interval(secs => LEAST(${
              MAX_BACKOFF_MS / 1000
            }::float8, 0.5 * power(2, attempts)))`,
          }))
          .where('id', '=', (eb) => eb.fn.any(eb.val(rows.map((r) => r.id))))
          .execute();
        return 0;
      }
      await db
        .updateTable('outboxEvents')
        .set((eb) => ({ dispatchedAt: eb.fn('now'), lastError: null }))
        .where('id', '=', (eb) => eb.fn.any(eb.val(rows.map((r) => r.id))))
        .execute();
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
      for (const queue of EVENT_ROUTES[row.eventType as EventType] ?? []) {
        const list = byQueue.get(queue) ?? [];
        list.push(row);
        byQueue.set(queue, list);
      }
    }
    for (const [queueName, list] of byQueue) {
      await this.queues.get(queueName).addBulk(
        list.map((row) => ({
          name: row.eventType,
          data: {
            eventId: row.id,
            eventType: row.eventType,
            tenantId: row.tenantId,
            aggregateType: row.aggregateType,
            aggregateId: row.aggregateId,
            payload: row.payload as EventPayloadJson,
            occurredAt: new Date(row.createdAt).toISOString(),
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
