/**
 * Measures matching and search on generated data, in a database of its own (gilde_bench).
 *   npm run bench:matching                      10k and 100k profiles
 *   npm run bench:matching -- --sizes=10000     one size
 *   npm run bench:matching -- --million         also 1M profiles (long: about an hour)
 *   npm run bench:matching -- --runs=300 --seed=7
 *   npm run bench:matching -- --skip-matching    only the reindex and the two searches
 *   npm run bench:matching -- --detail           also profile search per kind of query
 *   npm run bench:matching -- --save=FILE --compare=FILE   keep a run; compare with a kept one
 * Prints p50/p95/p99 for: match computation for one assignment (retrieval, re-ranking, storing),
 * GET /assignments/:id/matches, GET /interims/search and GET /assignments/search (through the real
 * HTTP stack, in process), plus full reindex throughput. Uses the engine SEARCH_ENGINE names.
 * Prints the PostgreSQL settings it ran with, and each figure also as a multiple of a fixed
 * PostgreSQL query timed in the same run (scripts/bench), so runs on other machines compare;
 * --compare refuses a saved run made under other settings.
 */
import 'reflect-metadata';
import { cpus, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { postgresBaseline } from './bench/bench-baselines';
import {
  type Baselines,
  type Figure,
  formatFigure,
  latencyFigure,
  parseArgs,
  printBaselines,
  rateFigure,
  saveAndCompare,
} from './bench/bench-figures';
import { captureSettings, printSettings } from './bench/bench-settings';

const args = parseArgs(process.argv.slice(2));
const SEED = Number(args.get('seed') ?? 20260901);
const RUNS = Number(args.get('runs') ?? 200);
const WARMUP = 20;
const ASSIGNMENTS = Number(args.get('assignments') ?? 200);
const SIZES = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
if (args.has('million') && !SIZES.includes(1_000_000)) SIZES.push(1_000_000);
const SKIP_MATCHING = args.has('skip-matching');
/** Also print profile search per kind of query. */
const DETAIL = args.has('detail');
const MATCH_PHASES = ['assignment', 'retrieval', 'load', 'scoring', 'store'] as const;
const PROFILE_QUERY_KINDS = ['word', 'typo', 'synonym', 'skill + sector', 'word + filters'];

const baseUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gilde');
const benchUrl = new URL(baseUrl.toString());
benchUrl.pathname = `/${args.get('database') ?? 'gilde_bench'}`;
// Everything below (config, API app) reads this environment: set it before loading the apps.
process.env.DATABASE_URL = benchUrl.toString();
process.env.LOG_LEVEL = 'error';
process.env.RATE_LIMIT_PER_MINUTE = '100000000';
// One hiring manager runs every measured search: the per-user quotas would stop the run.
process.env.CLIENT_SEARCHES_PER_HOUR = '100000000';
process.env.CLIENT_SEARCHES_PER_DAY = '100000000';
process.env.QUEUE_PREFIX = `gilde-bench-${process.pid}`;
process.env.WORKER_METRICS_PORT = '0';

async function recreateDatabase(): Promise<void> {
  const admin = new URL(benchUrl.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const name = benchUrl.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

/**
 * Runs a maintenance statement (ANALYZE, VACUUM, CHECKPOINT) on a connection of its own, without
 * the application's statement timeout: at 1M profiles they take longer than any request may.
 */
async function maintain(statement: string): Promise<void> {
  const client = new Client({ connectionString: benchUrl.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: s.length };
}

async function measure(runs: number, run: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(i + WARMUP);
    samples.push(performance.now() - t);
  }
  return samples;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

async function main(): Promise<void> {
  const { loadConfig, runMigrations, buildDataSourceOptions } = await import('@gilde/kernel');
  const { importTaxonomy } = await import('@gilde/taxonomy');
  const matching = await import('@gilde/matching');
  const testData = await import('@gilde/test-data');
  const { SearchIndexerService } = await import('@gilde/search');
  const { TokenService } = await import('@gilde/identity');
  const { createApiApp } = await import('../apps/api/src/bootstrap/create-api-app');

  const config = loadConfig();
  console.log(
    `Gilde matching bench — seed ${SEED}, ${RUNS} runs per figure after ${WARMUP} warm-up`,
  );
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
      `Node ${process.version}, engine ${config.search.engine}; load average at start ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  await recreateDatabase();
  await runMigrations(config);
  const ds = new DataSource(
    buildDataSourceOptions(config, { applicationName: 'gilde-bench', poolMax: 4 }),
  );
  await ds.initialize();
  const rowsOf = (text: string) => ds.query<Record<string, unknown>[]>(text);
  const settings = await captureSettings(rowsOf);
  printSettings(settings);
  const baselines: Baselines = {};
  const figures: Figure[] = [];
  await importTaxonomy(ds);
  const skillIds = await testData.skillIdsByUri(ds);
  const catalogue = testData.loadEscoCatalogue();
  const today = new Date().toISOString().slice(0, 10);

  // A fresh API app per size: every size starts with cold caches, as a first computation does.
  const startApp = async () => {
    const started = await createApiApp({ webDist: '/nonexistent', bufferLogs: true });
    await started.init();
    await started.getHttpAdapter().getInstance().ready();
    return started;
  };
  let app = await startApp();
  const tokens = app.get(TokenService);

  // One client organisation with a hiring manager, one interim who searches assignments.
  const [{ id: hmId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO users (email, display_name, account_type, email_verified_at) VALUES ('hm@bench.gilde.test', 'Bench HM', 'client', now()) RETURNING id`,
  );
  const [{ id: orgId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO organisations (name, created_by) VALUES ('Bench Zorggroep', $1) RETURNING id`,
    [hmId],
  );
  await ds.query(
    `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, '{admin,hiring_manager}')`,
    [orgId, hmId],
  );
  const [{ id: searcherId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO users (email, display_name, account_type, email_verified_at) VALUES ('searcher@bench.gilde.test', 'Bench interim', 'interim', now()) RETURNING id`,
  );
  const hmAuth = { authorization: `Bearer ${tokens.signAccessToken(hmId)}` };
  const interimAuth = { authorization: `Bearer ${tokens.signAccessToken(searcherId)}` };

  const occupations = catalogue.occupations.filter((o) => o.essential.length >= 6);
  const assignments = Array.from({ length: ASSIGNMENTS }, (_, i) =>
    testData.generateAssignment(catalogue, occupations[(i * 7) % occupations.length], i, {
      seed: SEED,
      today,
    }),
  );
  await testData.writeGeneratedAssignments(ds, assignments, orgId, hmId, skillIds);

  // Queries people type: exact words, typos in long words, synonyms, skill filters, filters.
  const skillLabels = [...new Set(assignments.flatMap((a) => a.skills.map((s) => s.name)))];
  const synonyms = assignments
    .flatMap((a) => a.skills.map((s) => catalogue.skills.get(s.uri)?.altLabels[0]))
    .filter((l): l is string => !!l && l.length < 40);
  const typo = (w: string) => (w.length >= 6 ? w.slice(0, 3) + w.slice(4) : w);
  const headWords = [...new Set(occupations.flatMap((o) => o.labelNl.split(/\s+/u)))].filter(
    (w) => w.length >= 6,
  );
  const profileQueries = Array.from({ length: 100 }, (_, i) => {
    switch (i % 5) {
      case 0:
        return `q=${encodeURIComponent(headWords[i % headWords.length])}`;
      case 1:
        return `q=${encodeURIComponent(typo(headWords[(i * 3) % headWords.length]))}`;
      case 2:
        return `q=${encodeURIComponent(synonyms[i % synonyms.length])}`;
      case 3:
        return `skills=${encodeURIComponent(skillLabels[i % skillLabels.length])}&sector=healthcare`;
      default:
        return `q=${encodeURIComponent(headWords[(i * 5) % headWords.length])}&maxDayRate=1000&availableFrom=${today}`;
    }
  });
  const titleWords = [...new Set(assignments.flatMap((a) => a.title.split(/\s+/u)))].filter(
    (w) => w.length >= 6,
  );
  const assignmentQueries = Array.from({ length: 100 }, (_, i) =>
    i % 3 === 1
      ? `q=${encodeURIComponent(typo(titleWords[i % titleWords.length]))}`
      : i % 3 === 2
        ? `q=${encodeURIComponent(synonyms[(i * 7) % synonyms.length])}&remote=true`
        : `q=${encodeURIComponent(titleWords[i % titleWords.length])}`,
  );

  const inject = async (url: string, headers: Record<string, string>): Promise<void> => {
    const res = await app.inject({ method: 'GET', url, headers });
    if (res.statusCode !== 200)
      throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  };

  let written = 0;
  const rows: string[] = [];
  for (const size of SIZES) {
    const started = performance.now();
    const batch = 10_000;
    while (written < size) {
      const count = Math.min(batch, size - written);
      const generated = testData.generateInterims(catalogue, count, {
        seed: SEED,
        today,
        startIndex: written,
      });
      await ds.transaction((m) => testData.writeGeneratedInterims(m, generated, skillIds));
      written += count;
    }
    await maintain('ANALYZE');
    const loadSeconds = (performance.now() - started) / 1000;
    console.log(
      `\n== ${size.toLocaleString('en')} profiles (generated and written in ${loadSeconds.toFixed(1)} s) ==`,
    );

    await app.close();
    app = await startApp();
    const matcher = app.get(matching.MatchingService);
    const rebuilt = await app.get(SearchIndexerService).rebuild();
    // What autovacuum does soon after a rebuild: statistics, and the visibility map that lets
    // retrieval read the skill index without visiting the table.
    await maintain('VACUUM (ANALYZE) search_profiles, search_profile_skills');
    // Write the freshly loaded data out now, so a checkpoint of the bench's own set-up does not
    // land in the middle of the measurements (needs superuser or pg_checkpoint; skipped otherwise).
    await maintain('CHECKPOINT').catch(() =>
      console.log('(no CHECKPOINT: not allowed for this user)'),
    );
    const perSecond = Math.round((rebuilt.profiles.documents * 1000) / rebuilt.profiles.durationMs);
    console.log(
      `Full reindex: ${rebuilt.profiles.documents} profiles in ${(rebuilt.profiles.durationMs / 1000).toFixed(1)} s ` +
        `= ${perSecond.toLocaleString('en')} profiles/s (+ ${rebuilt.assignments.documents} assignments)`,
    );

    console.log(
      `Heap of the bench process (API, worker services and generator): ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
    );
    // Measured beside the figures of this size, under the same conditions.
    baselines.postgresMs = await postgresBaseline(rowsOf);
    printBaselines(baselines);
    figures.push(rateFigure(`${size} full reindex`, perSecond, baselines));
    console.log(`  = ${formatFigure(figures[figures.length - 1])}`);
    const phases = new Map<string, number[]>();
    const compute = SKIP_MATCHING
      ? []
      : await measure(RUNS, async (i) => {
          const computed = await matcher.computeAndStore(assignments[i % assignments.length].id);
          if (i < WARMUP) return;
          for (const phase of MATCH_PHASES) {
            const ms = computed?.timings[phase];
            if (ms === undefined) continue;
            const samples = phases.get(phase) ?? [];
            samples.push(ms);
            phases.set(phase, samples);
          }
        });
    const getMatches = SKIP_MATCHING
      ? []
      : await measure(RUNS, (i) =>
          inject(
            `/api/v1/assignments/${assignments[i % assignments.length].id}/matches?limit=50`,
            hmAuth,
          ),
        );
    const byKind = new Map<string, number[]>();
    const profileSearch = await measure(RUNS, async (i) => {
      const t = performance.now();
      await inject(`/api/v1/interims/search?${profileQueries[i % profileQueries.length]}`, hmAuth);
      const kind = PROFILE_QUERY_KINDS[i % PROFILE_QUERY_KINDS.length];
      byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - t]);
    });
    const assignmentSearch = await measure(RUNS, (i) =>
      inject(
        `/api/v1/assignments/search?${assignmentQueries[i % assignmentQueries.length]}`,
        interimAuth,
      ),
    );
    if (DETAIL) {
      for (const [phase, samples] of phases) {
        const p = percentiles(samples);
        console.log(`  match computation, ${phase.padEnd(11)} p50 ${fmt(p.p50)} p95 ${fmt(p.p95)}`);
      }
      for (const [kind, samples] of byKind) {
        const p = percentiles(samples);
        console.log(`  profile search, ${kind.padEnd(16)} p50 ${fmt(p.p50)} p95 ${fmt(p.p95)}`);
      }
    }
    const [{ avg }] = await ds.query<{ avg: number }[]>(
      `SELECT avg(n)::float AS avg FROM (SELECT count(*) AS n FROM assignment_matches GROUP BY assignment_id) x`,
    );
    if (!SKIP_MATCHING) console.log(`Stored matches per assignment: ${avg.toFixed(1)} on average`);
    console.log(
      `${'figure'.padEnd(44)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}  p95 ÷ PG baseline`,
    );
    for (const [name, samples] of [
      ['match computation (one assignment, stored)', compute],
      ['GET /assignments/:id/matches', getMatches],
      ['GET /interims/search', profileSearch],
      ['GET /assignments/search', assignmentSearch],
    ] as const) {
      if (!samples.length) continue;
      const p = percentiles(samples);
      const p95 = latencyFigure(`${size} ${name} p95`, p.p95, baselines);
      figures.push(p95);
      const line = `${name.padEnd(44)}${fmt(p.p50)}${fmt(p.p95)}${fmt(p.p99)}  ${p95.ratio?.toFixed(2)}×`;
      console.log(line);
      rows.push(
        `| ${size.toLocaleString('en')} | ${name} | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} | ${p.p99.toFixed(1)} | ${p95.ratio?.toFixed(2)}× |`,
      );
    }
    rows.push(
      `| ${size.toLocaleString('en')} | full reindex | ${perSecond.toLocaleString('en')} profiles/s | | | PG baseline ${baselines.postgresMs.toFixed(2)} ms |`,
    );
  }
  console.log(
    `\nLoad average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    '\nMarkdown:\n| profiles | figure | p50 ms | p95 ms | p99 ms | p95 ÷ PG baseline |\n| --- | --- | --- | --- | --- | --- |',
  );
  console.log(rows.join('\n'));
  saveAndCompare(
    { bench: 'matching', recordedAt: new Date().toISOString(), settings, baselines, figures },
    args,
  );
  await app.close();
  await ds.destroy();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
