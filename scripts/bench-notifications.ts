/**
 * npm run bench:notifications [-- --sizes 50,1000,10000 --runs 20,10,3 --database gilde_bench_notifications
 *                               --save FILE --compare FILE]
 *
 * Measures the notification pipeline on this machine, in a bench database of its own
 * (recreated on every run; not the matching bench's gilde_bench, which that bench drops) and
 * under its own queue prefix, with the real worker running in this process:
 *
 *  1. enqueue throughput: per-recipient jobs added with addBulk (worker paused);
 *  2. processing throughput: those jobs handled with the in-app and mailbox e-mail channels
 *     (every recipient wants match e-mail at once, the heaviest path);
 *  3. end to end, for fan-outs of 50, 1,000 and 10,000 recipients: from `POST
 *     /assignments/:id/publish` (through the real HTTP stack, in process) until the first in-app
 *     notification is visible to a matched interim (p50/p95 over several runs): the moment the
 *     live-stream broadcast that carries it arrives, as an open notification stream would hear
 *     it; and until the last one is (the database polled every 10 to 100 ms). Everything in between runs for real: outbox, relay, matching (retrieval and scoring
 *     of every holder of the assignment's must-have skill), stored matches, fan-out, delivery.
 *
 * The interim managers are generated profiles (as in bench:matching) made reciprocal for these
 * assignments; a marker skill nobody else holds is given to the first 50, 1,000 and 10,000 of
 * them, so an assignment asking for it matches exactly that many. MATCH_LIST_SIZE is raised to
 * 10,000 here (default 50): with the default, a published assignment notifies at most its 50
 * best matches, and the larger fan-outs could not happen.
 *
 * It prints the PostgreSQL settings it ran with and each figure also against a fixed PostgreSQL
 * query timed in the same run (scripts/bench); --save FILE keeps the run, --compare FILE prints
 * it beside a kept one and refuses when the settings differ.
 *
 * It counts duplicates itself (a second notification or e-mail for one person and one
 * assignment) and fails when it finds any.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Client, Pool } from 'pg';
import {
  INTERNAL_JOBS,
  QUEUES,
  QueuesService,
  allQueueNames,
  loadConfig,
  runMigrations,
} from '@gilde/kernel';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';
import { DeliverJobData, deliverJobId, streamChannel, unpackBroadcast } from '@gilde/notifications';
import { postgresBaseline } from './bench/bench-baselines';
import {
  type Baselines,
  type Figure,
  formatFigure,
  latencyFigure,
  printBaselines,
  rateFigure,
  saveAndCompare,
} from './bench/bench-figures';
import { captureSettings, printSettings } from './bench/bench-settings';

const PREFIX = `gilde-bench-notify-${process.pid}`;
const RECIPIENTS = 10_000;

function arg(name: string, fallback: number[]): number[] {
  const at = process.argv.indexOf(`--${name}`);
  const raw = at >= 0 ? process.argv[at + 1] : undefined;
  return raw
    ? raw
        .split(',')
        .map((n) => Number(n))
        .filter((n) => n > 0)
    : fallback;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** A fresh, migrated database for this run. */
async function prepareDatabase(baseUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Bad database name ${name}`);
  const url = new URL(baseUrl);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

interface World {
  orgId: string;
  hmId: string;
  /** Generated interim managers, in generation order. */
  recipients: string[];
  /** Per fan-out size, a skill only the first `size` recipients hold. */
  markers: Map<number, { id: string; label: string }>;
}

/**
 * Generated interim managers (realistic ESCO profiles) who would all take a fully remote,
 * 32-hour assignment within their rate, want match alerts at once in the app and by e-mail,
 * and hold the marker skills of the fan-out sizes.
 */
async function seed(ds: DataSource, sizes: number[]): Promise<World> {
  const testData = await import('@gilde/test-data');
  const { importTaxonomy } = await import('@gilde/taxonomy');
  await importTaxonomy(ds);
  const today = new Date().toISOString().slice(0, 10);
  const generated = testData.generateInterims(testData.loadEscoCatalogue(), RECIPIENTS, {
    seed: 20261127,
    today,
  });
  const skillIds = await testData.skillIdsByUri(ds);
  await ds.transaction((m) => testData.writeGeneratedInterims(m, generated, skillIds));
  const recipients = generated.map((g) => g.id);
  await testData.makeGeneratedInterimsWilling(ds);
  await ds.query(
    `INSERT INTO notification_preferences (user_id, kind, channels, frequency)
     SELECT unnest($1::uuid[]), 'match', ARRAY['in_app', 'email'], 'instant'
     ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels, frequency = EXCLUDED.frequency`,
    [recipients],
  );
  // Marker skills: held by nobody, related to nothing (no occupation lists them), with a label no
  // other skill has, so the assignment's must-have resolves to exactly this skill.
  const candidates = await testData.unusedSkills(ds, sizes.length);
  const markers = new Map<number, { id: string; label: string }>();
  for (const [i, size] of [...sizes].sort((a, b) => a - b).entries()) {
    const marker = candidates[i];
    if (!marker) throw new Error('Not enough unused ESCO skills for the marker skills');
    markers.set(size, marker);
    await testData.giveSkill(ds, recipients.slice(0, size), marker, { position: 100 + i });
  }
  const [{ id: hmId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO users (email, display_name, account_type, email_verified_at) VALUES ('bench-hm@bench.test', 'Bench hiring manager', 'client', now()) RETURNING id`,
  );
  const [{ id: orgId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO organisations (name, created_by) VALUES ('Bench organisation', $1) RETURNING id`,
    [hmId],
  );
  await ds.query(
    `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, '{admin,hiring_manager}')`,
    [orgId, hmId],
  );
  await ds.query('ANALYZE');
  return { orgId, hmId, recipients, markers };
}

/** A published assignment with stored, reciprocal matches for the first `size` recipients. */
async function assignmentWithMatches(
  pool: Pool,
  orgId: string,
  hmId: string,
  recipients: string[],
  size: number,
): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO assignments (organisation_id, created_by, title, status, sector, published_at)
     VALUES ($1, $2, $3, 'published', 'government', now()) RETURNING id`,
    [orgId, hmId, `Bench assignment ${randomUUID().slice(0, 8)}`],
  );
  const id = rows[0].id;
  await pool.query(
    `INSERT INTO assignment_matches (assignment_id, interim_id, rank, score, breakdown, explanation,
                                     rate_within_budget, reciprocal, assignment_version, computed_at)
     SELECT $1, r.id, r.n, 95 - (r.n % 40), '{}'::jsonb,
            '{"en": ["covers 3 of 3 must-have skills"], "nl": ["dekt 3 van 3 vereiste vaardigheden"]}'::jsonb,
            true, true, 1, now()
       FROM unnest($2::uuid[]) WITH ORDINALITY AS r(id, n)`,
    [id, recipients.slice(0, size)],
  );
  return id;
}

async function visibleCount(pool: Pool, assignmentId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notifications n
       JOIN notification_deliveries d ON d.notification_id = n.id AND d.channel = 'in_app' AND d.state = 'sent'
      WHERE n.subject_id = $1`,
    [assignmentId],
  );
  return rows[0]?.n ?? 0;
}

/**
 * When the first notification of an assignment reaches the live streams: the moment the
 * Redis broadcast that every API process forwards to open streams (SSE) names one of its
 * notifications. Listening costs the system under test nothing, where polling the database
 * every few milliseconds would take a good part of a core from it.
 */
class FirstNotificationProbe {
  private waiting: { assignmentId: string; resolve: (at: number) => void } | null = null;

  constructor(
    private readonly subscriber: Redis,
    private readonly pool: Pool,
  ) {
    subscriber.on('message', (_channel: string, raw: string) => {
      const at = performance.now();
      const waiting = this.waiting;
      if (!waiting) return;
      const ids = unpackBroadcast(raw).flatMap(([, m]) => (m.t === 'created' ? [m.id] : []));
      if (!ids.length) return;
      void this.pool
        .query(
          `SELECT 1 FROM notifications WHERE id = ANY($1::uuid[]) AND subject_id = $2 LIMIT 1`,
          [ids, waiting.assignmentId],
        )
        .then(({ rows }) => {
          if (rows.length && this.waiting === waiting) {
            this.waiting = null;
            waiting.resolve(at);
          }
        });
    });
  }

  static async start(
    redisUrl: string,
    prefix: string,
    pool: Pool,
  ): Promise<FirstNotificationProbe> {
    const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    await subscriber.subscribe(streamChannel(prefix));
    return new FirstNotificationProbe(subscriber, pool);
  }

  /** Call before the publish: resolves with the arrival time of its first notification. */
  expect(assignmentId: string, timeoutMs: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No notification within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting = {
        assignmentId,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
    });
  }

  async stop(): Promise<void> {
    await this.subscriber.quit();
  }
}

async function waitFor(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

async function duplicates(pool: Pool): Promise<{ notifications: number; emails: number }> {
  const n = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT recipient_id, subject_id, template FROM notifications GROUP BY 1, 2, 3 HAVING count(*) > 1) x`,
  );
  const e = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT to_address, subject FROM mailbox_messages GROUP BY 1, 2 HAVING count(*) > 1) x`,
  );
  return { notifications: n.rows[0]?.n ?? 0, emails: e.rows[0]?.n ?? 0 };
}

/**
 * CPU time (ms) used so far by the PostgreSQL backends serving `database` (Linux /proc), so the
 * database's share of the work can be reported apart from whatever else runs on the machine.
 */
function postgresCpuMs(database: string): number {
  if (!existsSync('/proc')) return NaN;
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres:') || !cmd.includes(` ${database} `)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += ((Number(fields[11]) + Number(fields[12])) / tick) * 1000;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Waits until no queue the publish path uses has work left, so runs do not overlap. */
async function queuesIdle(queues: Queue[]): Promise<void> {
  await waitFor(
    async () => {
      for (const q of queues) {
        // Not 'delayed': the daily digest schedulers always hold one.
        const c = await q.getJobCounts('waiting', 'active', 'prioritized');
        if (c.waiting || c.active || c.prioritized) return false;
      }
      return true;
    },
    120_000,
    10,
  );
}

async function main(): Promise<void> {
  const sizes = arg('sizes', [50, 1000, 10_000]);
  const runs = arg('runs', [20, 10, 3]);
  if (Math.max(...sizes) > RECIPIENTS) throw new Error(`Fan-outs are at most ${RECIPIENTS}`);
  const baseConfig = loadConfig();
  const database = option('database') ?? 'gilde_bench_notifications';
  const url = await prepareDatabase(baseConfig.database.url, database);
  // Everything below reads this environment: its own database and queue prefix, the mailbox.
  Object.assign(process.env, {
    DATABASE_URL: url,
    QUEUE_PREFIX: PREFIX,
    NOTIFY_MAX_INSTANT_MATCH_EMAILS_PER_DAY: '1000',
    MATCH_LIST_SIZE: String(RECIPIENTS),
    RATE_LIMIT_PER_MINUTE: '100000000',
    WORKER_METRICS_PORT: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  });
  delete process.env.SMTP_URL;
  const config = loadConfig();
  console.log(`Migrating ${database}...`);
  await runMigrations(config);

  const pool = new Pool({ connectionString: url, max: 3 });
  const ds = await new DataSource({
    ...(await import('@gilde/kernel')).buildDataSourceOptions(config, {
      applicationName: 'gilde-bench',
      poolMax: 2,
    }),
    logging: false,
  }).initialize();
  const rowsOf = (text: string) => ds.query<Record<string, unknown>[]>(text);
  const settings = await captureSettings(rowsOf);
  printSettings(settings);
  const baselines: Baselines = { postgresMs: await postgresBaseline(rowsOf) };
  printBaselines(baselines);
  const figures: Figure[] = [];
  const cleanup = new QueuesService(config);
  for (const name of allQueueNames())
    await cleanup
      .get(name)
      .obliterate({ force: true })
      .catch(() => undefined);
  await cleanup.onApplicationShutdown();

  console.log(`Generating ${RECIPIENTS} interim managers...`);
  const { orgId, hmId, recipients, markers } = await seed(ds, sizes);

  const { WorkerModule } = await import('../apps/worker/src/worker.module');
  const { createApiApp } = await import('../apps/api/src/bootstrap/create-api-app');
  const { TokenService } = await import('@gilde/identity');
  const { SearchIndexerService } = await import('@gilde/search');
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, {
    logger: ['error', 'warn'],
  });
  worker.enableShutdownHooks();
  await worker.init();
  const api = await createApiApp({ webDist: '/nonexistent', bufferLogs: true });
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const hmAuth = { authorization: `Bearer ${api.get(TokenService).signAccessToken(hmId)}` };
  const indexed = await api.get(SearchIndexerService).rebuild();
  console.log(`Indexed ${indexed.profiles.documents} profiles for matching.`);
  const probe = await FirstNotificationProbe.start(
    config.redis.url,
    config.redis.queuePrefix,
    pool,
  );

  const service = worker.get(QueuesService);
  const notify: Queue = service.get(QUEUES.notify);
  const publishPath = [
    QUEUES.matching,
    QUEUES.notifications,
    QUEUES.notify,
    QUEUES.searchIndex,
  ].map((q) => service.get(q));
  const results: string[] = [];
  try {
    // 1 + 2: enqueue, then process, 10,000 per-recipient jobs.
    const subject = await assignmentWithMatches(pool, orgId, hmId, recipients, RECIPIENTS);
    const eventId = randomUUID();
    const jobs: DeliverJobData[] = recipients.map((recipientId) => ({
      template: 'match',
      recipientId,
      subjectId: subject,
      eventId,
      tenantId: orgId,
    }));
    await queuesIdle(publishPath);
    await notify.pause();
    const enqueueStart = performance.now();
    for (let i = 0; i < jobs.length; i += 1000) {
      await notify.addBulk(
        jobs.slice(i, i + 1000).map((data) => ({
          name: INTERNAL_JOBS.notificationDeliver,
          data,
          opts: { jobId: deliverJobId(data) },
        })),
      );
    }
    const enqueueMs = performance.now() - enqueueStart;
    const processStart = performance.now();
    const cpuStart = process.cpuUsage();
    const pgStart = postgresCpuMs(database);
    await notify.resume();
    // Progress is read from Redis: counting rows in PostgreSQL every few milliseconds would take
    // a fifth of the database's time away from the work being measured. A job completes only
    // after its notification committed, so an idle queue means all are written; checked below.
    await waitFor(
      async () => {
        const c = await notify.getJobCounts('waiting', 'active', 'prioritized', 'completed');
        return !c.waiting && !c.active && !c.prioritized && c.completed >= RECIPIENTS;
      },
      120_000,
      10,
    );
    const processMs = performance.now() - processStart;
    const written = await visibleCount(pool, subject);
    if (written !== RECIPIENTS)
      throw new Error(`${written} of ${RECIPIENTS} in-app notifications were written`);
    const cpu = process.cpuUsage(cpuStart);
    const cpuPer1000 = ((cpu.user + cpu.system) / 1000 / RECIPIENTS) * 1000;
    const pgPer1000 = ((postgresCpuMs(database) - pgStart) / RECIPIENTS) * 1000;
    const mails = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mailbox_messages`,
    );
    const enqueued = rateFigure('enqueue jobs', RECIPIENTS / (enqueueMs / 1000), baselines);
    const processed = rateFigure(
      'notifications processed',
      RECIPIENTS / (processMs / 1000),
      baselines,
    );
    figures.push(enqueued, processed);
    results.push(
      `enqueue (addBulk, ${RECIPIENTS} jobs):        ${formatFigure(enqueued)} (${Math.round(enqueueMs)} ms)`,
      `processing (in-app + mailbox e-mail):     ${formatFigure(processed)} (${Math.round(processMs)} ms, ${mails.rows[0]?.n} e-mails; CPU per 1,000: worker ${Math.round(cpuPer1000)} ms, PostgreSQL ${Math.round(pgPer1000)} ms)`,
    );
    console.log(results.join('\n'));

    // 3: end to end, from the publish request.
    const inFuture = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    for (const [i, size] of sizes.entries()) {
      const count = runs[i] ?? runs[runs.length - 1] ?? 3;
      const marker = markers.get(size) as { id: string; label: string };
      const first: number[] = [];
      const all: number[] = [];
      for (let r = 0; r < count; r++) {
        const created = await api.inject({
          method: 'POST',
          url: '/api/v1/assignments',
          headers: hmAuth,
          payload: {
            organisationId: orgId,
            title: `Bench assignment ${size}-${r}`,
            description: 'Lead the programme through its next phase; fully remote.',
            assignmentKind: 'project_programme_management',
            sector: 'government',
            requiredSkills: [{ name: marker.label, weight: 5, mustHave: true }],
            languages: ['nl'],
            location: { city: 'Utrecht', country: 'NL' },
            remoteShare: 100,
            startDate: inFuture(30),
            endDate: inFuture(210),
            hoursPerWeek: 32,
            maxDayRate: 1500,
          },
        });
        const draft = created.json<{ id: string; requiredSkills: { skillId: string | null }[] }>();
        if (created.statusCode !== 201 || draft.requiredSkills[0]?.skillId !== marker.id)
          throw new Error(`Creating the assignment: ${created.statusCode} ${created.body}`);
        const firstSeen = probe.expect(draft.id, 30_000);
        const t0 = performance.now();
        const published = await api.inject({
          method: 'POST',
          url: `/api/v1/assignments/${draft.id}/publish`,
          headers: hmAuth,
        });
        if (published.statusCode !== 200)
          throw new Error(`Publishing: ${published.statusCode} ${published.body}`);
        first.push((await firstSeen) - t0);
        await waitFor(
          async () => (await visibleCount(pool, draft.id)) >= size,
          120_000,
          // Counting is itself work for the database: less often for the large fan-outs.
          size > 1000 ? 100 : 10,
        );
        all.push(performance.now() - t0);
        await queuesIdle(publishPath);
      }
      const firstP95 = latencyFigure(`fan-out ${size} first p95`, percentile(first, 95), baselines);
      figures.push(firstP95);
      const line =
        `fan-out ${String(size).padStart(6)}: publish → first in-app p50 ${Math.round(percentile(first, 50))} ms, ` +
        `p95 ${formatFigure(firstP95)}; all ${size} visible p50 ${Math.round(percentile(all, 50))} ms, ` +
        `max ${Math.round(Math.max(...all))} ms (${count} runs)`;
      results.push(line);
      console.log(line);
    }

    const dup = await duplicates(pool);
    const dupLine = `duplicates counted: ${dup.notifications} notifications, ${dup.emails} e-mails`;
    results.push(dupLine);
    console.log(
      `\n=== bench:notifications on ${cpus().length} CPU(s), ${cpus()[0]?.model ?? ''}; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} (other processes share the machine)`,
    );
    console.log(results.join('\n'));
    const save = option('save');
    const compare = option('compare');
    saveAndCompare(
      {
        bench: 'notifications',
        recordedAt: new Date().toISOString(),
        settings,
        baselines,
        figures,
      },
      new Map([
        ...(save ? [['save', save] as const] : []),
        ...(compare ? [['compare', compare] as const] : []),
      ]),
    );
    if (dup.notifications || dup.emails) process.exitCode = 1;
  } finally {
    await probe.stop();
    await api.close();
    await worker.close();
    const q = new QueuesService(config);
    for (const name of allQueueNames())
      await q
        .get(name)
        .obliterate({ force: true })
        .catch(() => undefined);
    await q.onApplicationShutdown();
    await ds.destroy();
    await pool.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
