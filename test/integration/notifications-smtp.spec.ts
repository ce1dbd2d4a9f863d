import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestingModule, Test } from '@nestjs/testing';
import { Job, Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { INTERNAL_JOBS, QUEUES, QueuesService, loadConfig } from '@gilde/kernel';
import { DeliverJobData } from '@gilde/notifications';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { QueueWorkersService } from '../../apps/worker/src/queue-workers.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { queueStatus, retryFailed } from '../../scripts/queues-status';
import {
  deliveriesOf,
  seedAssignment,
  seedMatch,
  seedOrganisation,
  seedUser,
  SeededOrganisation,
  setPreference,
  SmtpTestServer,
  startWorker,
} from './notifications.support';
import { createScratchDatabase, eventually, ScratchDatabase } from './support/scratch-database';

describe('notification e-mail over SMTP (a real SMTP server started by the test)', () => {
  let scratch: ScratchDatabase;
  let pool: Pool;
  let smtp: SmtpTestServer;
  let org: SeededOrganisation;
  const saved = { ...process.env };
  const basePrefix = `${process.env.QUEUE_PREFIX}-smtp`;

  /** An interim with instant match e-mail and a match on a fresh assignment: a deliver job's data. */
  async function instantMatch(
    locale: 'en' | 'nl' = 'en',
  ): Promise<{ data: DeliverJobData; email: string; userId: string; title: string }> {
    const a = await seedAssignment(pool, org);
    const u = await seedUser(pool, 'interim', { locale });
    await setPreference(pool, u.id, 'match', ['in_app', 'email'], 'instant');
    await seedMatch(pool, a.id, u.id, { score: 91 });
    return {
      data: {
        template: 'match',
        recipientId: u.id,
        subjectId: a.id,
        eventId: randomUUID(),
        tenantId: org.id,
      },
      email: u.email,
      userId: u.id,
      title: a.title,
    };
  }

  async function emailDelivery(userId: string) {
    return (await deliveriesOf(pool, userId)).find((d) => d.channel === 'email');
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase('notify_smtp');
    smtp = new SmtpTestServer();
    await smtp.start();
    process.env.DATABASE_URL = scratch.url;
    process.env.SMTP_URL = smtp.url;
    pool = new Pool({ connectionString: scratch.url, max: 3 });
    org = await seedOrganisation(pool);
  });

  afterAll(async () => {
    const cleanup = new QueuesService(loadConfig({ ...process.env, QUEUE_PREFIX: basePrefix }));
    for (const q of cleanup.all()) await q.obliterate({ force: true }).catch(() => undefined);
    await cleanup.onApplicationShutdown();
    process.env = saved;
    await smtp?.stop();
    await pool?.end();
    await scratch?.drop();
  });

  describe('with the worker running', () => {
    let worker: TestingModule;
    let notify: Queue;

    beforeAll(async () => {
      process.env.QUEUE_PREFIX = basePrefix;
      worker = await startWorker();
      notify = worker.get(QueuesService).get(QUEUES.notify);
    });
    afterAll(async () => {
      await worker?.close();
    });

    it('on shutdown (SIGTERM) lets the job in flight finish: the e-mail is sent and the job completes', async () => {
      const before = smtp.attempts;
      smtp.answer(() => ({ accept: true, delayMs: 1500 }));
      const m = await instantMatch();
      const job = await notify.add(INTERNAL_JOBS.notificationDeliver, m.data);
      await eventually(async () => smtp.attempts > before, 'the send to be in flight');
      // What enableShutdownHooks does on SIGTERM.
      await worker.close();
      worker = await startWorker();
      notify = worker.get(QueuesService).get(QUEUES.notify);
      expect(await emailDelivery(m.userId)).toMatchObject({ state: 'sent' });
      expect(smtp.to(m.email)).toHaveLength(1);
      expect(await (await notify.getJob(job.id!))?.getState()).toBe('completed');
    });

    it('sends HTML and text in the recipient language, with a link into the web UI and one-click unsubscribe', async () => {
      smtp.answer(() => ({ accept: true }));
      const m = await instantMatch('nl');
      await notify.add(INTERNAL_JOBS.notificationDeliver, m.data);
      const [mail] = await eventually(
        async () => (smtp.to(m.email).length ? smtp.to(m.email) : null),
        'the e-mail',
      );
      expect(mail.subject).toBe(`Nieuwe opdracht die bij je past: ${m.title}`);
      expect(mail.text).toContain(`http://localhost:3000/assignments/${m.data.subjectId}`);
      expect(mail.html).toContain(`href="http://localhost:3000/assignments/${m.data.subjectId}"`);
      expect(mail.html).toContain('lang="nl"');
      expect(mail.headers['list-unsubscribe']).toMatch(
        /^<http:\/\/localhost:3000\/api\/v1\/notifications\/unsubscribe\?token=[^>]+>$/,
      );
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      // A stable Message-ID: a resend after a crash is recognisable as the same message.
      expect(mail.headers['message-id']).toMatch(/^<notification-[0-9a-f-]{36}-email@gilde>$/);
      await eventually(
        async () => (await emailDelivery(m.userId))?.state === 'sent',
        'the delivery marked sent',
      );
    });

    it('retries while the SMTP server fails, with back-off, then sends exactly once', async () => {
      const start = smtp.attempts;
      // The next two attempts are refused as temporary failures; then it recovers.
      smtp.answer((n) =>
        n <= start + 2
          ? { accept: false, code: 451, message: 'Try again later' }
          : { accept: true },
      );
      const m = await instantMatch();
      const job = await notify.add(INTERNAL_JOBS.notificationDeliver, m.data);
      await eventually(
        async () => (await emailDelivery(m.userId))?.state === 'sent',
        'the e-mail sent after retries',
        20_000,
      );
      expect(smtp.to(m.email)).toHaveLength(1);
      const delivery = await emailDelivery(m.userId);
      expect(delivery).toMatchObject({ state: 'sent', attempts: 3 });
      const done = await notify.getJob(job.id!);
      expect(done?.attemptsMade).toBe(3);
      expect(await done?.getState()).toBe('completed');
      // Exponential back-off: the third attempt came at least 1 s + 2 s after the first.
      expect((done!.finishedOn ?? 0) - done!.timestamp).toBeGreaterThanOrEqual(3000);
    });

    it('a permanent refusal fails the job at once and marks the e-mail failed', async () => {
      smtp.answer(() => ({ accept: false, code: 550, message: 'Mailbox unavailable' }));
      const m = await instantMatch();
      const job = await notify.add(INTERNAL_JOBS.notificationDeliver, m.data);
      await eventually(async () => (await job.getState()) === 'failed', 'the job to fail');
      const failed = await notify.getJob(job.id!);
      expect(failed?.attemptsMade).toBe(1);
      expect(await emailDelivery(m.userId)).toMatchObject({ state: 'failed', attempts: 1 });
      // In-app delivery is independent of the e-mail.
      expect((await deliveriesOf(pool, m.userId)).find((d) => d.channel === 'in_app')?.state).toBe(
        'sent',
      );
    });

    it('after the last attempt the job stays failed and the e-mail shows failed; a retry from queues:status sends it', async () => {
      smtp.answer(() => ({ accept: false, code: 451, message: 'Greylisted' }));
      const m = await instantMatch();
      const job = await notify.add(INTERNAL_JOBS.notificationDeliver, m.data, {
        attempts: 2,
        backoff: { type: 'fixed', delay: 100 },
      });
      await eventually(async () => (await job.getState()) === 'failed', 'the job to fail', 10_000);
      expect(await emailDelivery(m.userId)).toMatchObject({ state: 'failed', attempts: 2 });
      const status = await queueStatus(notify);
      expect(status.counts.failed).toBeGreaterThanOrEqual(1);
      expect(status.failed.map((f) => f.id)).toContain(job.id);

      smtp.answer(() => ({ accept: true }));
      expect(await retryFailed(notify)).toBeGreaterThanOrEqual(1);
      await eventually(
        async () => (await emailDelivery(m.userId))?.state === 'sent',
        'the e-mail after the retry',
      );
      expect(smtp.to(m.email)).toHaveLength(1);
      expect(await notify.getJob(job.id!).then((j) => j?.getState())).toBe('completed');
    });
  });

  describe('a worker killed mid-job (BullMQ force close, short lock; a second worker takes over)', () => {
    let moduleRef: TestingModule;
    let notify: Queue;
    const workers: Worker[] = [];
    const prefix = `${basePrefix}-kill`;

    beforeAll(async () => {
      process.env.QUEUE_PREFIX = prefix;
      // The real handlers, but no automatically started workers: the test runs its own.
      moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
        .overrideProvider(QueueWorkersService)
        .useValue({})
        .compile();
      await moduleRef.init();
      notify = moduleRef.get(QueuesService).get(QUEUES.notify);
    });
    afterAll(async () => {
      for (const w of workers) await w.close(true).catch(() => undefined);
      await moduleRef?.close();
    });

    function startNotifyWorker(): Worker {
      const dispatcher = moduleRef.get(JobDispatcher);
      const worker = new Worker(
        QUEUES.notify,
        (job: Job) => dispatcher.handlerFor(QUEUES.notify, job.name)!.handle(job),
        {
          connection: { url: process.env.REDIS_URL },
          prefix,
          concurrency: 5,
          lockDuration: 1000,
          stalledInterval: 300,
          maxStalledCount: 5,
        },
      );
      worker.on('error', () => undefined);
      workers.push(worker);
      return worker;
    }

    async function scenario(
      firstAttempt: (n: number) => import('./notifications.support').SmtpVerdict,
    ) {
      const m = await instantMatch();
      const before = smtp.attempts;
      smtp.answer((n) => (n === before + 1 ? firstAttempt(n) : { accept: true }));
      const a = startNotifyWorker();
      const job = await notify.add(INTERNAL_JOBS.notificationDeliver, m.data, {
        jobId: `kill-${randomUUID()}`,
      });
      // Worker A is in the middle of handing the e-mail to the SMTP server...
      await eventually(async () => smtp.attempts > before, 'worker A to be sending');
      // ...and dies: no more lock renewals, its connection gone.
      await a.close(true);
      startNotifyWorker();
      await eventually(
        async () => (await job.getState()) === 'completed',
        'worker B to finish the job',
        20_000,
      );
      return { m, job: await notify.getJob(job.id!) };
    }

    it('when A completes its send before B looks: one notification, one e-mail', async () => {
      const { m, job } = await scenario(() => ({ accept: true, delayMs: 2500 }));
      // B really ran the job: it was started more than once.
      expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);
      const { rows } = await pool.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [
        m.userId,
      ]);
      expect(rows).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.to(m.email)).toHaveLength(1);
      expect(await emailDelivery(m.userId)).toMatchObject({ state: 'sent' });
    });

    it('when A never completes its send: B sends it, still one notification and one e-mail', async () => {
      const { m, job } = await scenario(() => ({
        accept: false,
        code: 421,
        message: 'Connection lost',
        delayMs: 2500,
      }));
      expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);
      const { rows } = await pool.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [
        m.userId,
      ]);
      expect(rows).toHaveLength(1);
      expect(smtp.to(m.email)).toHaveLength(1);
      expect(await emailDelivery(m.userId)).toMatchObject({ state: 'sent' });
    });
  });
});
