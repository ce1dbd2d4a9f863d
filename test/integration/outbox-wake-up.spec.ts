import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  EVENTS,
  MetricsRegistry,
  OutboxEvent,
  OutboxRelay,
  OutboxWakeUp,
  ProcessedEvent,
  QUEUES,
  QueuesService,
  appendToOutbox,
  buildDataSourceOptions,
  loadConfig,
} from '@gilde/kernel';
import { OutboxMetrics } from '../../libs/kernel/src/outbox/outbox.metrics';
import { OutboxRelayRunner } from '../../apps/worker/src/outbox-relay.runner';
import { eventually } from './support/scratch-database';

/** Longer than any test here waits: whatever happens sooner was not the poll. */
const POLL_MS = 60_000;

describe('outbox wake-up (LISTEN/NOTIFY)', () => {
  const config = loadConfig({ ...process.env, OUTBOX_POLL_MS: String(POLL_MS) });
  let dataSource: DataSource;
  let pool: Pool;
  const wakeUps: OutboxWakeUp[] = [];

  function listener(): OutboxWakeUp {
    const wakeUp = new OutboxWakeUp(config);
    wakeUps.push(wakeUp);
    wakeUp.start();
    return wakeUp;
  }

  async function append(): Promise<string> {
    const [id] = await dataSource.transaction((manager) =>
      appendToOutbox(manager, {
        eventType: EVENTS.invitationCreated,
        tenantId: null,
        aggregateType: 'invitation',
        aggregateId: randomUUID(),
      }),
    );
    return id;
  }

  /** Resolves to 'woken' or 'timed out', telling the two apart without timing anything. */
  function waitOutcome(wakeUp: OutboxWakeUp, ms: number): Promise<'woken' | 'timed out'> {
    const started = Date.now();
    return wakeUp.wait(ms).then(() => (Date.now() - started < ms - 5 ? 'woken' : 'timed out'));
  }

  beforeAll(async () => {
    dataSource = await new DataSource({
      ...buildDataSourceOptions(config, { applicationName: 'gilde-wake-up-test' }),
      logging: false,
      entities: [OutboxEvent, ProcessedEvent],
    }).initialize();
    pool = new Pool({ connectionString: config.database.url, max: 2 });
  });

  // Each test's listener stops with it, so the one killed on purpose is the only one.
  afterEach(async () => {
    for (const wakeUp of wakeUps.splice(0)) await wakeUp.onApplicationShutdown();
  });

  afterAll(async () => {
    await pool.end();
    await dataSource.destroy();
  });

  it('wakes a waiting relay when an event is committed, not when a write is rolled back', async () => {
    const wakeUp = listener();
    await eventually(async () => wakeUp.isListening, 'the listener to connect');
    await wakeUp.wait(0); // the wake-up it gives itself on connecting

    const rolledBack = waitOutcome(wakeUp, 1500);
    await dataSource
      .transaction(async (manager) => {
        await appendToOutbox(manager, {
          eventType: EVENTS.invitationCreated,
          tenantId: null,
          aggregateType: 'invitation',
          aggregateId: randomUUID(),
        });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await rolledBack).toBe('timed out');

    const committed = waitOutcome(wakeUp, POLL_MS);
    await append();
    expect(await committed).toBe('woken');
  });

  it('remembers a commit that came while the relay was busy', async () => {
    const wakeUp = listener();
    await eventually(async () => wakeUp.isListening, 'the listener to connect');
    await wakeUp.wait(0);
    await append();
    await eventually(
      async () => (await waitOutcome(wakeUp, 50)) === 'woken',
      'the pending wake-up',
    );
  });

  it('reconnects after its connection is killed, and events from the gap wake it', async () => {
    const wakeUp = listener();
    await eventually(async () => wakeUp.isListening, 'the listener to connect');
    await wakeUp.wait(0);
    await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'gilde-outbox-listener' AND datname = current_database()`,
    );
    await eventually(async () => !wakeUp.isListening, 'the listener to notice');
    await append(); // committed while nobody listens
    await eventually(async () => wakeUp.isListening, 'the listener to reconnect', 15_000);
    expect(await waitOutcome(wakeUp, POLL_MS)).toBe('woken');
    // And it hears new commits again.
    const next = waitOutcome(wakeUp, POLL_MS);
    await append();
    expect(await next).toBe('woken');
  });

  it('lets the worker relay a committed event without waiting for the poll interval', async () => {
    const queues = new QueuesService(
      loadConfig({ ...process.env, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-wake-up` }),
    );
    const relay = new OutboxRelay(dataSource, queues, new OutboxMetrics(new MetricsRegistry()));
    const wakeUp = new OutboxWakeUp(config);
    wakeUps.push(wakeUp);
    const runner = new OutboxRelayRunner(relay, wakeUp, config);
    runner.onApplicationBootstrap();
    try {
      await eventually(async () => wakeUp.isListening, 'the listener to connect');
      // The first pass found nothing and now sleeps for a minute unless woken.
      await new Promise((r) => setTimeout(r, 300));
      const id = await append();
      const queue = queues.get(QUEUES.notifications);
      const job = await eventually(() => queue.getJob(id), 'the relayed job', 10_000, 20);
      expect(job.data).toMatchObject({ eventId: id, eventType: EVENTS.invitationCreated });
      await eventually(async () => {
        const { rows } = await pool.query<{ dispatched: boolean }>(
          `SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox_events WHERE id = $1`,
          [id],
        );
        return rows[0]?.dispatched;
      }, 'the row to be marked dispatched');
    } finally {
      await runner.onApplicationShutdown();
      await wakeUp.onApplicationShutdown();
      await queues
        .get(QUEUES.notifications)
        .obliterate({ force: true })
        .catch(() => undefined);
      await queues.onApplicationShutdown();
    }
  });
});
