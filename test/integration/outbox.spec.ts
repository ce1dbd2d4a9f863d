import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  EVENTS,
  EventJobData,
  MetricsRegistry,
  OutboxEvent,
  OutboxReconciler,
  OutboxRelay,
  ProcessedEvent,
  QUEUES,
  QueuesService,
  appendToOutbox,
  buildDataSourceOptions,
  loadConfig,
  runOnce,
} from '@gilde/kernel';
import { OutboxMetrics } from '../../libs/kernel/src/outbox/outbox.metrics';
import {
  createScratchDatabase,
  eventually,
  freePort,
  ScratchDatabase,
} from './support/scratch-database';

/** Routed to the notifications queue by the registry; the relay turns it into one job. */
const ROUTED = EVENTS.invitationCreated;
const QUEUE = QUEUES.notifications;

interface OutboxRow {
  id: string;
  dispatched_at: Date | null;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  redrives: number;
  quarantined_at: Date | null;
}

const ALL_STATES = [
  'waiting',
  'delayed',
  'active',
  'completed',
  'failed',
  'prioritized',
  'waiting-children',
] as const;

describe('transactional outbox', () => {
  let scratch: ScratchDatabase;
  let dataSource: DataSource;
  let pool: Pool;
  let metrics: OutboxMetrics;
  const services: QueuesService[] = [];
  const unreachable = new Set<QueuesService>();
  let unreachableClosedAt = 0;

  /** Producers with a prefix of their own, so each scenario counts only its own jobs. */
  function queuesFor(label: string, overrides: Record<string, string> = {}): QueuesService {
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: scratch.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-outbox-${label}`,
      ...overrides,
    });
    const service = new QueuesService(config);
    services.push(service);
    if (overrides.REDIS_URL) unreachable.add(service);
    return service;
  }

  function relayWith(queues: QueuesService): OutboxRelay {
    return new OutboxRelay(dataSource, queues, metrics);
  }

  async function append(count = 1, tenantId: string | null = null): Promise<string[]> {
    return dataSource.transaction((manager) =>
      appendToOutbox(
        manager,
        Array.from({ length: count }, () => ({
          eventType: ROUTED,
          tenantId,
          aggregateType: 'invitation',
          aggregateId: randomUUID(),
        })),
      ),
    );
  }

  async function rows(ids: string[]): Promise<OutboxRow[]> {
    const res = await pool.query<OutboxRow>(
      `SELECT id, dispatched_at, attempts, last_error, next_attempt_at, redrives, quarantined_at
         FROM outbox_events WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    return res.rows;
  }

  async function jobTotal(queue: Queue): Promise<number> {
    return queue.getJobCountByTypes(...ALL_STATES);
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase('outbox');
    dataSource = await new DataSource({
      ...buildDataSourceOptions(scratch.config, { applicationName: 'gilde-outbox-test' }),
      logging: false,
      entities: [OutboxEvent, ProcessedEvent],
    }).initialize();
    pool = new Pool({ connectionString: scratch.url, max: 3 });
    metrics = new OutboxMetrics(new MetricsRegistry());
  });

  afterAll(async () => {
    for (const service of services) {
      if (!unreachable.has(service)) {
        await Promise.all(
          service.all().map((q) => q.obliterate({ force: true }).catch(() => undefined)),
        );
      } else if (unreachableClosedAt) {
        continue;
      }
      await service.onApplicationShutdown();
    }
    if (unreachable.size && !unreachableClosedAt) unreachableClosedAt = Date.now();
    await dataSource?.destroy();
    await pool?.end();
    await scratch?.drop();
    // ioredis lets a never-opened socket linger for its 2 s disconnect timeout.
    const linger = unreachableClosedAt + 2100 - Date.now();
    if (linger > 0) await new Promise((r) => setTimeout(r, linger));
  });

  describe('writer', () => {
    it('refuses to append outside a transaction', async () => {
      await expect(
        appendToOutbox(dataSource.manager, {
          eventType: ROUTED,
          tenantId: null,
          aggregateType: 'invitation',
          aggregateId: randomUUID(),
        }),
      ).rejects.toThrow('appendToOutbox must be called inside a transaction');
    });

    it('commits the event with the change it describes, and rolls both back together', async () => {
      const failedName = `rolled back ${randomUUID()}`;
      let eventId = '';
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO organisations (name, created_by) VALUES ($1, gen_random_uuid())`,
            [failedName],
          );
          [eventId] = await appendToOutbox(manager, {
            eventType: ROUTED,
            tenantId: null,
            aggregateType: 'organisation',
            aggregateId: randomUUID(),
          });
          throw new Error('boom after the domain insert');
        }),
      ).rejects.toThrow('boom');
      expect(eventId).not.toBe('');
      expect(
        (await pool.query('SELECT 1 FROM organisations WHERE name = $1', [failedName])).rowCount,
      ).toBe(0);
      expect(await rows([eventId])).toEqual([]);

      const keptName = `committed ${randomUUID()}`;
      const [keptId] = await dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO organisations (name, created_by) VALUES ($1, gen_random_uuid())`,
          [keptName],
        );
        return appendToOutbox(manager, {
          eventType: ROUTED,
          tenantId: null,
          aggregateType: 'organisation',
          aggregateId: randomUUID(),
        });
      });
      expect(
        (await pool.query('SELECT 1 FROM organisations WHERE name = $1', [keptName])).rowCount,
      ).toBe(1);
      expect(await rows([keptId])).toHaveLength(1);
      // Leave nothing pending for the relay scenarios below.
      await pool.query('UPDATE outbox_events SET dispatched_at = now()');
    });
  });

  describe('relay', () => {
    it('enqueues each event with its id as job id, then marks it dispatched', async () => {
      const queues = queuesFor('basic');
      const relay = relayWith(queues);
      const tenantId = randomUUID();
      const ids = await append(3, tenantId);

      expect(await relay.relayBatch()).toBe(3);

      const queue = queues.get(QUEUE);
      for (const id of ids) {
        const job = (await queue.getJob(id)) as Job<EventJobData>;
        expect(job).toBeDefined();
        expect(job.name).toBe(ROUTED);
        expect(job.data).toMatchObject({
          eventId: id,
          eventType: ROUTED,
          tenantId,
          aggregateType: 'invitation',
        });
        // The registry's retry policy travels with the job (BullMQ's default is one attempt).
        expect(job.opts.attempts).toBeGreaterThan(1);
        expect(job.opts.backoff).toMatchObject({ type: 'exponential' });
      }
      const after = await rows(ids);
      expect(after.every((r) => r.dispatched_at !== null && r.last_error === null)).toBe(true);
      expect(await jobTotal(queue)).toBe(3);
      expect(await relay.relayBatch()).toBe(0);
    });

    it('a crash between enqueue and mark leaves the rows pending, and the retry adds no second job', async () => {
      const queues = queuesFor('crash-hook');
      const relay = relayWith(queues);
      const ids = await append(2);
      relay.hooks.afterEnqueue = () => {
        throw new Error('simulated crash after enqueue');
      };

      expect(await relay.relayBatch()).toBe(0);
      const queue = queues.get(QUEUE);
      expect(await jobTotal(queue)).toBe(2);
      const pending = await rows(ids);
      expect(pending.every((r) => r.dispatched_at === null && r.attempts === 1)).toBe(true);
      expect(pending[0].last_error).toContain('simulated crash');

      relay.hooks = {};
      await pool.query(
        'UPDATE outbox_events SET next_attempt_at = now() WHERE id = ANY($1::uuid[])',
        [ids],
      );
      expect(await relay.relayBatch()).toBe(2);
      expect(await jobTotal(queue)).toBe(2);
      expect((await rows(ids)).every((r) => r.dispatched_at !== null)).toBe(true);
    });

    it('the same holds when the relay loses its database connection after enqueueing', async () => {
      const queues = queuesFor('crash-connection');
      const relay = relayWith(queues);
      const ids = await append(2);
      relay.hooks.afterEnqueue = async () => {
        // The claiming transaction dies before it can mark the rows: nothing of it commits.
        await pool.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'gilde-outbox-test'
              AND state LIKE 'idle in transaction%'`,
        );
      };

      await expect(relay.relayBatch()).rejects.toThrow();
      const queue = queues.get(QUEUE);
      expect(await jobTotal(queue)).toBe(2);
      expect((await rows(ids)).every((r) => r.dispatched_at === null && r.attempts === 0)).toBe(
        true,
      );

      relay.hooks = {};
      expect(await relay.relayBatch()).toBe(2);
      expect(await jobTotal(queue)).toBe(2);
    });

    it('keeps events while Redis is unreachable, fails fast, and relays them once it is back', async () => {
      const deadPort = await freePort();
      const dead = relayWith(queuesFor('dead', { REDIS_URL: `redis://127.0.0.1:${deadPort}` }));
      const ids = await append(3);

      const started = Date.now();
      expect(await dead.relayBatch()).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000);

      const pending = await rows(ids);
      expect(pending).toHaveLength(3);
      for (const row of pending) {
        expect(row.dispatched_at).toBeNull();
        expect(row.attempts).toBe(1);
        expect(row.last_error).toEqual(expect.any(String));
        expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now() - 50);
      }
      // Backing off: an immediate second pass does not even try.
      const again = Date.now();
      expect(await dead.relayBatch()).toBe(0);
      expect(Date.now() - again).toBeLessThan(500);
      expect((await rows(ids)).every((r) => r.attempts === 1)).toBe(true);

      const liveQueues = queuesFor('dead-recovered');
      const live = relayWith(liveQueues);
      const relayed = await eventually(
        async () => (await live.relayBatch()) || null,
        'the backoff to pass',
        5000,
      );
      expect(relayed).toBe(3);
      const queue = liveQueues.get(QUEUE);
      expect(await jobTotal(queue)).toBe(3);
      for (const id of ids) expect(await queue.getJob(id)).toBeDefined();
      expect(
        (await rows(ids)).every((r) => r.dispatched_at !== null && r.last_error === null),
      ).toBe(true);
      expect(await live.relayBatch()).toBe(0);

      for (const service of unreachable) await service.onApplicationShutdown();
      unreachableClosedAt = Date.now();
    });

    it('relays events whose transactions commit out of creation order', async () => {
      const queues = queuesFor('commit-order');
      const relay = relayWith(queues);
      const early = dataSource.createQueryRunner();
      const late = dataSource.createQueryRunner();
      try {
        await early.startTransaction();
        const [earlyId] = await appendToOutbox(early.manager, {
          eventType: ROUTED,
          tenantId: null,
          aggregateType: 'invitation',
          aggregateId: randomUUID(),
        });
        await new Promise((r) => setTimeout(r, 20));
        await late.startTransaction();
        const [lateId] = await appendToOutbox(late.manager, {
          eventType: ROUTED,
          tenantId: null,
          aggregateType: 'invitation',
          aggregateId: randomUUID(),
        });
        await late.commitTransaction();

        expect(await relay.relayBatch()).toBe(1);
        await early.commitTransaction();
        // The earlier-created event became visible after a later one was relayed: it still goes.
        expect(await relay.relayBatch()).toBe(1);

        const [e, l] = await rows([earlyId, lateId]);
        expect(e.dispatched_at).not.toBeNull();
        expect(l.dispatched_at).not.toBeNull();
        const queue = queues.get(QUEUE);
        expect(await queue.getJob(earlyId)).toBeDefined();
        expect(await queue.getJob(lateId)).toBeDefined();
      } finally {
        await early.release();
        await late.release();
      }
    });

    it('concurrent relays dispatch every event exactly once (SKIP LOCKED)', async () => {
      const queues = queuesFor('concurrent');
      const relays = [relayWith(queues), relayWith(queues)];
      const ids = await append(120);
      const enqueued: string[] = [];
      for (const relay of relays)
        relay.hooks.afterEnqueue = (batch) => void enqueued.push(...batch);

      const counts = await Promise.all(
        relays.map(async (relay) => {
          let total = 0;
          for (let i = 0; i < 100; i++) {
            const n = await relay.relayBatch(7);
            total += n;
            if (n === 0) break;
          }
          return total;
        }),
      );

      expect(counts[0] + counts[1]).toBe(120);
      // Both took part, and no event went through both.
      expect(counts.every((c) => c > 0)).toBe(true);
      expect(enqueued).toHaveLength(120);
      expect(new Set(enqueued).size).toBe(120);
      expect(await jobTotal(queues.get(QUEUE))).toBe(120);
      expect((await rows(ids)).every((r) => r.dispatched_at !== null)).toBe(true);
    });
  });

  describe('reconciler', () => {
    let queues: QueuesService;
    let relay: OutboxRelay;
    let reconciler: OutboxReconciler;
    let config: AppConfig;
    const failOn = new Set<string>();

    async function relayOne(before?: (id: string) => void): Promise<string> {
      const [id] = await append(1);
      before?.(id);
      expect(await relay.relayBatch()).toBeGreaterThanOrEqual(1);
      return id;
    }

    async function age(id: string): Promise<void> {
      await pool.query(
        `UPDATE outbox_events SET dispatched_at = now() - interval '20 minutes' WHERE id = $1`,
        [id],
      );
    }

    /** A consumer that acknowledges like the real handlers do, run until the queue is empty. */
    async function processAll(): Promise<void> {
      const worker = new Worker<EventJobData>(
        QUEUE,
        async (job) => {
          if (failOn.has(job.data.eventId)) throw new UnrecoverableError('handler gave up');
          await runOnce(dataSource, job.data.eventId, QUEUE, async () => undefined);
        },
        { connection: { url: config.redis.url }, prefix: config.redis.queuePrefix },
      );
      worker.on('error', () => undefined);
      try {
        await eventually(
          async () =>
            (await queues.get(QUEUE).getJobCountByTypes('waiting', 'active', 'delayed')) === 0,
          'the queue to drain',
        );
      } finally {
        await worker.close();
      }
    }

    beforeAll(() => {
      queues = queuesFor('reconcile');
      relay = relayWith(queues);
      reconciler = new OutboxReconciler(dataSource, queues, metrics);
      config = loadConfig({
        ...process.env,
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-outbox-reconcile`,
      });
    });

    it('re-drives a dispatched event whose job Redis lost, and it is then delivered once', async () => {
      const id = await relayOne();
      await (await queues.get(QUEUE).getJob(id))!.remove();
      await age(id);

      const result = await reconciler.reconcile(600);
      expect(result.redriven).toBeGreaterThanOrEqual(1);
      const [row] = await rows([id]);
      expect(row.dispatched_at).toBeNull();
      expect(row.redrives).toBe(1);

      expect(await relay.relayBatch()).toBe(1);
      expect(await queues.get(QUEUE).getJob(id)).toBeDefined();
      await processAll();
      const acks = await pool.query('SELECT consumer FROM processed_events WHERE event_id = $1', [
        id,
      ]);
      expect(acks.rows).toEqual([{ consumer: QUEUE }]);

      // Acknowledged now: a later pass leaves it alone.
      await age(id);
      await reconciler.reconcile(600);
      const [after] = await rows([id]);
      expect(after.dispatched_at).not.toBeNull();
      expect(after.redrives).toBe(1);
      expect(after.quarantined_at).toBeNull();
    });

    it('quarantines an event whose job failed for good', async () => {
      const id = await relayOne((eventId) => failOn.add(eventId));
      await processAll();
      expect(await (await queues.get(QUEUE).getJob(id))!.getState()).toBe('failed');
      await age(id);

      await reconciler.reconcile(600);
      const [row] = await rows([id]);
      expect(row.quarantined_at).not.toBeNull();
      expect(row.last_error).toContain(`not acknowledged by ${QUEUE}`);
      // Quarantined events are out of the relay's and the reconciler's way.
      expect(await relay.relayBatch()).toBe(0);
    });

    it('quarantines an event that was re-driven too often instead of looping', async () => {
      const id = await relayOne();
      await (await queues.get(QUEUE).getJob(id))!.remove();
      await pool.query('UPDATE outbox_events SET redrives = 5 WHERE id = $1', [id]);
      await age(id);

      await reconciler.reconcile(600);
      const [row] = await rows([id]);
      expect(row.quarantined_at).not.toBeNull();
      expect(row.dispatched_at).not.toBeNull();
      expect(row.redrives).toBe(5);
    });

    it('leaves recent and still-queued events alone', async () => {
      const id = await relayOne();
      const before = await rows([id]);
      await reconciler.reconcile(600);
      expect(await rows([id])).toEqual(before);

      // Old but its job is still waiting in Redis: not lost, so not re-driven.
      const queued = await relayOne();
      await age(queued);
      await reconciler.reconcile(600);
      const [row] = await rows([queued]);
      expect(row.redrives).toBe(0);
      expect(row.quarantined_at).toBeNull();
      expect(row.dispatched_at).not.toBeNull();
    });
  });
});
