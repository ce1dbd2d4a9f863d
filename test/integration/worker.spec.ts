import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test, TestingModule } from '@nestjs/testing';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  EVENTS,
  EventJobData,
  HandlesJob,
  INTERNAL_JOBS,
  JobHandler,
  MetricsModule,
  QUEUE_JOBS,
  QUEUES,
  QueueModule,
  QueueName,
  QueuesService,
  allQueueNames,
  runOnce,
} from '@gilde/kernel';
import { createOrganisation, startApi, uniqueEmail, ApiHarness } from '@gilde/testing';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { QueueWorkersService } from '../../apps/worker/src/queue-workers.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  createScratchDatabase,
  eventually,
  freePort,
  ScratchDatabase,
} from './support/scratch-database';
import { hasRedisServer, RedisServer } from './support/redis-server';

type Behaviour = (queue: QueueName, job: Job) => Promise<unknown>;

/** A handler for the given jobs, with behaviour supplied by the test. */
function handlerFor(queue: QueueName, jobNames: string[], behaviour: Behaviour): Type<JobHandler> {
  @Injectable()
  @HandlesJob(queue, ...jobNames)
  class TestHandler implements JobHandler {
    handle(job: Job): Promise<unknown> {
      return behaviour(queue, job);
    }
  }
  return TestHandler;
}

/** One handler per declared queue, covering every job the registry declares. */
function handlersForEveryJob(behaviour: Behaviour): Type<JobHandler>[] {
  return allQueueNames().map((q) => handlerFor(q, QUEUE_JOBS[q], behaviour));
}

const idle: Behaviour = async () => undefined;

@Injectable()
class DataSourceHandle {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}
}

describe('worker', () => {
  describe('job dispatcher', () => {
    async function boot(providers: Type<unknown>[]): Promise<TestingModule> {
      const moduleRef = await Test.createTestingModule({
        imports: [DiscoveryModule],
        providers: [JobDispatcher, ...providers],
      }).compile();
      await moduleRef.init();
      return moduleRef;
    }

    it('refuses to start while a declared job has no handler, and names it', async () => {
      await expect(
        boot([handlerFor(QUEUES.maintenance, [INTERNAL_JOBS.outboxReconcile], idle)]),
      ).rejects.toThrow(
        new RegExp(
          `No handler for declared jobs: .*${QUEUES.notifications}/${EVENTS.invitationCreated.replace('.', '\\.')}`,
        ),
      );
    });

    it('refuses two handlers for the same job', async () => {
      await expect(
        boot([
          ...handlersForEveryJob(idle),
          handlerFor(QUEUES.notifications, [EVENTS.invitationCreated], idle),
        ]),
      ).rejects.toThrow(`Two handlers for job ${QUEUES.notifications}/${EVENTS.invitationCreated}`);
    });

    it('starts when every declared job has exactly one handler', async () => {
      const moduleRef = await boot(handlersForEveryJob(idle));
      const dispatcher = moduleRef.get(JobDispatcher);
      for (const queue of allQueueNames()) {
        for (const job of QUEUE_JOBS[queue])
          expect(dispatcher.handlerFor(queue, job)).toBeDefined();
      }
      expect(dispatcher.handlerFor(QUEUES.notifications, 'no.such.job')).toBeUndefined();
      await moduleRef.close();
    });
  });

  describe('with PostgreSQL and Redis', () => {
    let scratch: ScratchDatabase;
    let pool: Pool;
    const basePrefix = process.env.QUEUE_PREFIX as string;
    const saved = { ...process.env };

    beforeAll(async () => {
      scratch = await createScratchDatabase('worker');
      // The relay claims every pending event of its database: this file gets one of its own.
      process.env.DATABASE_URL = scratch.url;
      pool = new Pool({ connectionString: scratch.url, max: 2 });
    });
    afterAll(async () => {
      process.env = saved;
      await pool?.end();
      await scratch?.drop();
    });

    function producer(prefix: string): Queue {
      const queue = new Queue(QUEUES.notifications, {
        connection: { url: process.env.REDIS_URL },
        prefix,
      });
      queue.on('error', () => undefined);
      return queue;
    }

    describe('end to end: an invitation e-mail', () => {
      let api: ApiHarness;
      let worker: TestingModule;
      let queue: Queue;
      const prefix = `${basePrefix}-worker-e2e`;

      beforeAll(async () => {
        process.env.QUEUE_PREFIX = prefix;
        api = await startApi();
        worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
        await worker.init();
        queue = producer(prefix);
      });
      afterAll(async () => {
        await worker?.close();
        await api?.close();
        await queue?.obliterate({ force: true }).catch(() => undefined);
        await queue?.close();
      });

      it('goes from the API through the outbox, the relay and the worker into the mailbox, once', async () => {
        const org = await createOrganisation(api.http, `Waterschap ${Date.now()}`);
        const email = uniqueEmail('invitee');
        const invite = await api.http
          .post(`/api/v1/organisations/${org.id}/invitations`)
          .set(org.admin.auth)
          .send({ email, role: 'procurement' });
        expect(invite.status).toBe(201);

        const mail = await eventually(async () => {
          const { rows } = await pool.query<{ subject: string; text: string }>(
            'SELECT subject, text FROM mailbox_messages WHERE to_address = $1',
            [email],
          );
          return rows[0];
        }, 'the invitation e-mail');
        const config = worker.get(AppConfig);
        expect(mail.subject).toContain('Waterschap');
        expect(mail.text).toContain(
          `${config.publicUrl}/invitations/${encodeURIComponent(invite.body.token as string)}`,
        );
        expect(mail.text).toContain('procurement desk');

        const { rows: events } = await pool.query<{ id: string; dispatched_at: Date | null }>(
          `SELECT id, dispatched_at FROM outbox_events WHERE aggregate_id = $1`,
          [invite.body.id],
        );
        expect(events).toHaveLength(1);
        const eventId = events[0].id;
        expect(events[0].dispatched_at).not.toBeNull();

        // The same event again, under its own id (deduplicated by BullMQ) and under another
        // id (as after a re-drive): the handler's acknowledgement makes both no-ops.
        const original = (await queue.getJob(eventId)) as Job<EventJobData>;
        await eventually(
          async () => (await original.getState()) === 'completed',
          'the job to complete',
        );
        const same = await queue.add(original.name, original.data, { jobId: eventId });
        expect(same.id).toBe(eventId);
        const again = await queue.add(original.name, original.data, { jobId: `${eventId}-again` });
        await eventually(async () => (await again.getState()) === 'completed', 'the repeated job');

        const count = async (sql: string, param: string) =>
          Number((await pool.query<{ n: string }>(sql, [param])).rows[0].n);
        expect(
          await count('SELECT count(*) AS n FROM mailbox_messages WHERE to_address = $1', email),
        ).toBe(1);
        expect(
          await count('SELECT count(*) AS n FROM processed_events WHERE event_id = $1', eventId),
        ).toBe(1);
      });
    });

    describe('shutdown', () => {
      const started = new Set<string>();
      const finished = new Set<string>();

      /** The worker's moving parts, with test handlers: one of them is slow on request. */
      async function bootWorker(): Promise<TestingModule> {
        const ref: { app?: TestingModule } = {};
        const slow: Behaviour = async (queue, job) => {
          const data = job.data as { eventId?: string; slowMs?: number };
          if (!data.slowMs || !data.eventId) return;
          started.add(data.eventId);
          await new Promise((r) => setTimeout(r, data.slowMs));
          // Writes at the very end: the database must still be open.
          const dataSource = ref.app!.get(DataSourceHandle).dataSource;
          await runOnce(dataSource, data.eventId, queue, async () => {});
          finished.add(data.eventId);
        };
        @Module({
          imports: [ConfigModule, DatabaseModule, MetricsModule, QueueModule, DiscoveryModule],
          providers: [
            DataSourceHandle,
            JobDispatcher,
            QueueWorkersService,
            ...handlersForEveryJob(slow),
          ],
        })
        class ShutdownTestModule {}
        const app = await Test.createTestingModule({ imports: [ShutdownTestModule] }).compile();
        ref.app = app;
        await app.init();
        return app;
      }

      it('lets a job that is running finish before the worker closes', async () => {
        const prefix = `${basePrefix}-worker-shutdown`;
        process.env.QUEUE_PREFIX = prefix;
        const app = await bootWorker();
        const queue = producer(prefix);
        try {
          const eventId = crypto.randomUUID();
          await queue.add(EVENTS.invitationCreated, { eventId, slowMs: 1500 }, { jobId: eventId });
          await eventually(async () => started.has(eventId), 'the slow job to start');

          const closing = Date.now();
          await app.close();
          expect(Date.now() - closing).toBeGreaterThanOrEqual(1000);
          expect(finished.has(eventId)).toBe(true);
          const acks = await pool.query('SELECT 1 FROM processed_events WHERE event_id = $1', [
            eventId,
          ]);
          expect(acks.rowCount).toBe(1);
          const job = await queue.getJob(eventId);
          expect(await job!.getState()).toBe('completed');
        } finally {
          await queue.obliterate({ force: true }).catch(() => undefined);
          await queue.close();
        }
      });

      (hasRedisServer ? it : it.skip)(
        'starts while Redis is down, works once it is up, and survives it going away',
        async () => {
          const redis = new RedisServer(await freePort());
          process.env.QUEUE_PREFIX = `${basePrefix}-worker-outage`;
          process.env.REDIS_URL = redis.url;
          process.env.SHUTDOWN_TIMEOUT_MS = '1500';
          const uncaught: unknown[] = [];
          const onUncaught = (err: unknown) => uncaught.push(err);
          process.on('uncaughtException', onUncaught);
          let app: TestingModule | undefined;
          let queue: Queue | undefined;
          try {
            const bootStarted = Date.now();
            app = await bootWorker();
            expect(Date.now() - bootStarted).toBeLessThan(5000);

            // Every queue and worker listens for errors: none becomes an uncaught exception.
            const queues = app.get(QueuesService).all();
            type Listening = { listenerCount(event: string): number };
            const { workers } = app.get<QueueWorkersService, { workers: Listening[] }>(
              QueueWorkersService,
            );
            expect(workers).toHaveLength(allQueueNames().length);
            for (const emitter of [...queues, ...workers]) {
              expect(emitter.listenerCount('error')).toBeGreaterThan(0);
            }

            // Redis arrives: the worker picks up work without a restart.
            await redis.start();
            queue = producer(process.env.QUEUE_PREFIX);
            const first = crypto.randomUUID();
            await queue.add(
              EVENTS.invitationCreated,
              { eventId: first, slowMs: 1 },
              { jobId: first },
            );
            await eventually(async () => finished.has(first), 'a job after Redis came up', 15_000);

            // Redis dies: the process stays up and quiet, and recovers when it is back.
            await redis.kill();
            await new Promise((r) => setTimeout(r, 1000));
            await redis.start();
            const second = crypto.randomUUID();
            await eventually(
              async () => {
                await queue!.add(
                  EVENTS.invitationCreated,
                  { eventId: second, slowMs: 1 },
                  { jobId: second },
                );
                return true;
              },
              'the producer to reconnect',
              10_000,
              250,
            );
            await eventually(
              async () => finished.has(second),
              'a job after Redis restarted',
              15_000,
            );

            const closing = Date.now();
            await app.close();
            app = undefined;
            expect(Date.now() - closing).toBeLessThan(5000);
            expect(uncaught).toEqual([]);
          } finally {
            process.off('uncaughtException', onUncaught);
            await app?.close().catch(() => undefined);
            await queue?.close().catch(() => undefined);
            await redis.kill();
            process.env.REDIS_URL = saved.REDIS_URL;
            delete process.env.SHUTDOWN_TIMEOUT_MS;
          }
        },
        45_000,
      );
    });
  });
});
