/**
 * npm run bench:http [-- --seconds=5 --connections=20 --processes=N --fresh --cpu-prof
 *                       --save=FILE --compare=FILE --database=gilde_bench_http]
 *
 * A load test of the running stack over a real port: the demo world seeded into a database of
 * its own (kept between runs; --fresh recreates it), the worker and the API started as `npm start`
 * starts them (API_PROCESSES=--processes, default one per core), and autocannon keeping
 * --connections connections busy. Each route in turn, then the three roles' reads and writes
 * mixed, each for --seconds. Prints req/s, p50/p95/p99 per route and each route's req/s as a
 * share of a bare Fastify route measured in the same run, under the same load. --cpu-prof writes
 * a CPU profile of each API process to .tmp/cpu-prof when it stops.
 *
 * The rate limits and search quotas are raised for the bench (one person sends everything),
 * every other setting is the development default.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { fastifyBaseline, postgresBaseline } from './bench/bench-baselines';
import {
  type Baselines,
  type Figure,
  formatFigure,
  latencyFigure,
  parseArgs,
  printBaselines,
  saveAndCompare,
  throughputFigure,
} from './bench/bench-figures';
import { captureSettings, printSettings } from './bench/bench-settings';
import { type LoadRequest, type LoadResult, runLoad } from './bench/http-load';
import { cpuMsOfTree } from './bench/process-cpu';
import { DEMO_INTERIM, DEMO_ORGANISATION_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';

const args = parseArgs(process.argv.slice(2));
const SECONDS = Number(args.get('seconds') ?? 5);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const ROOT = join(__dirname, '..');

const baseUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gilde');
baseUrl.pathname = `/${args.get('database') ?? 'gilde_bench_http'}`;
const DATABASE_URL = baseUrl.toString();

/** What the seed (in this process) and the started API and worker read. */
const benchEnv: Record<string, string> = {
  DATABASE_URL,
  NODE_ENV: 'development',
  QUEUE_PREFIX: `gilde-bench-http`,
  RATE_LIMIT_PER_MINUTE: '100000000',
  IP_RATE_LIMIT_PER_MINUTE: '100000000',
  CLIENT_SEARCHES_PER_HOUR: '100000000',
  CLIENT_SEARCHES_PER_DAY: '100000000',
  API_METRICS_PORT: '0',
  WORKER_METRICS_PORT: '0',
  PLATFORM_ADMIN_EMAILS: 'admin@gilde-demo.nl',
  ...(args.has('processes') ? { API_PROCESSES: String(args.get('processes')) } : {}),
};
Object.assign(process.env, benchEnv);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

async function prepareDatabase(): Promise<void> {
  const admin = new URL(DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const name = baseUrl.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (args.has('fresh') && exists.rowCount) {
    await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  if (args.has('fresh') || !exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const { loadConfig, runMigrations } = await import('@gilde/kernel');
  await runMigrations(loadConfig());
  // Seeds the demo world once (a second run finds it there), through the API in this process.
  const { runSeedCommand } = await import('./seed/seed-command');
  const logLevel = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'warn';
  await runSeedCommand({ reset: false });
  if (logLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = logLevel;
}

function startNode(entry: string, env: Record<string, string>, cpuProf: boolean): ChildProcess {
  const profile = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, '.tmp/cpu-prof')}`] : [];
  return spawn(
    process.execPath,
    [
      ...profile,
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(ROOT, entry),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function waitUntilLive(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/v1/health/live`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not come up within 5 minutes');
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

interface Api {
  url: string;
  get<T>(token: string, path: string): Promise<T>;
  login(email: string): Promise<string>;
}

function apiAt(url: string): Api {
  const call = async <T>(token: string | null, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    url,
    get: (token, path) => call(token, 'GET', path),
    login: async (email) =>
      (
        await call<{ accessToken: string }>(null, 'POST', '/auth/login', {
          email,
          password: DEMO_PASSWORD,
        })
      ).accessToken,
  };
}

interface Page<T> {
  items: T[];
}

/** Per route: the request(s) and whether it reads one object (p99 target). */
interface Route {
  name: string;
  requests: LoadRequest[];
  singleObject?: boolean;
}

async function routesFor(api: Api): Promise<Route[]> {
  const organisation = DEMO_ORGANISATION_ACCOUNTS[0];
  const hm = await api.login(organisation.hiringManager.email);
  const procurement = await api.login(organisation.procurement.email);
  const interim = await api.login(DEMO_INTERIM.email);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  const me = await api.get<{ memberships: { organisationId: string }[] }>(hm, '/me');
  const organisationId = me.memberships[0]?.organisationId;
  const list = `/api/v1/assignments?organisationId=${organisationId}`;
  const assignments = await api.get<Page<{ id: string; status: string }>>(
    hm,
    `/assignments?organisationId=${organisationId}&pageSize=50`,
  );
  const published = assignments.items.find((a) => a.status === 'published') ?? assignments.items[0];
  if (!published) throw new Error('the demo world has no assignments');
  const contracts = await api.get<Page<{ id: string }>>(
    procurement,
    `/contracts?organisationId=${organisationId}`,
  );
  const interimContracts = await api.get<Page<{ id: string }>>(interim, '/contracts');
  const a = `/api/v1/assignments/${published.id}`;

  const routes: Route[] = [
    { name: 'GET /health/live', requests: [{ path: '/api/v1/health/live' }], singleObject: true },
    {
      name: 'GET /assignments/:id (hiring manager)',
      requests: [{ path: a, headers: as(hm) }],
      singleObject: true,
    },
    { name: 'GET /assignments (dashboard)', requests: [{ path: list, headers: as(hm) }] },
    { name: 'GET /me', requests: [{ path: '/api/v1/me', headers: as(hm) }], singleObject: true },
    {
      name: 'GET /assignments/:id/matches?limit=20',
      requests: [{ path: `${a}/matches?limit=20`, headers: as(hm) }],
    },
    {
      name: 'GET /assignments/:id/responses',
      requests: [{ path: `${a}/responses`, headers: as(hm) }],
    },
    {
      name: 'GET /interims/search?q=programmamanager',
      requests: [{ path: '/api/v1/interims/search?q=programmamanager', headers: as(hm) }],
    },
    {
      name: 'GET /assignments/search?q=zorg (interim)',
      requests: [{ path: '/api/v1/assignments/search?q=zorg', headers: as(interim) }],
    },
    {
      name: 'GET /interims/me/matches (interim)',
      requests: [{ path: '/api/v1/interims/me/matches', headers: as(interim) }],
    },
    {
      name: 'GET /interims/me/responses (interim)',
      requests: [{ path: '/api/v1/interims/me/responses', headers: as(interim) }],
    },
    {
      name: 'GET /notifications (interim)',
      requests: [{ path: '/api/v1/notifications', headers: as(interim) }],
    },
    {
      name: 'POST /notifications/read-all (interim)',
      requests: [
        {
          method: 'POST',
          path: '/api/v1/notifications/read-all',
          headers: as(interim),
          body: '{}',
        },
      ],
    },
    {
      name: 'GET /contracts (procurement)',
      requests: [
        { path: `/api/v1/contracts?organisationId=${organisationId}`, headers: as(procurement) },
      ],
    },
  ];
  const contract = contracts.items[0] ?? interimContracts.items[0];
  if (contract) {
    routes.push({
      name: 'GET /contracts/:id (procurement)',
      requests: [{ path: `/api/v1/contracts/${contract.id}`, headers: as(procurement) }],
      singleObject: true,
    });
  }
  // Every role at once: each connection goes round all of the above.
  routes.push({ name: 'mix of the three roles', requests: routes.flatMap((r) => r.requests) });
  return routes;
}

async function main(): Promise<void> {
  console.log(
    `Gilde HTTP bench — ${CONNECTIONS} connections, ${SECONDS} s per route; load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await prepareDatabase();
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  const rowsOf = async (sql: string) => (await pg.query(sql)).rows as Record<string, unknown>[];
  const settings = await captureSettings(rowsOf);
  printSettings(settings);

  const cpuProf = args.has('cpu-prof');
  if (cpuProf) mkdirSync(join(ROOT, '.tmp/cpu-prof'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const worker = startNode('apps/worker/src/main.ts', {}, false);
  const api = startNode('apps/api/src/main.ts', { PORT: String(port), PUBLIC_URL: url }, cpuProf);
  try {
    await waitUntilLive(url, api);
    const routes = await routesFor(apiAt(url));
    const load = { connections: CONNECTIONS, seconds: SECONDS };
    // Warm-up: every route once under load, so JIT and pools are settled before measuring.
    await runLoad(url, routes.at(-1)!.requests, { connections: CONNECTIONS, seconds: 2 });

    const baselines: Baselines = {
      fastify: await fastifyBaseline(load),
      postgresMs: await postgresBaseline(rowsOf),
    };
    printBaselines(baselines);
    console.log(
      `API processes: ${process.env.API_PROCESSES ?? 'default (one per core)'}\n\n` +
        `${'route'.padEnd(44)}${'req/s'.padStart(8)}${'of bare'.padStart(9)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'CPU ms'.padStart(9)}${'failures'.padStart(10)}`,
    );
    const figures: Figure[] = [];
    const results: [Route, LoadResult][] = [];
    for (const route of routes) {
      const cpuBefore = cpuMsOfTree(api.pid!);
      const r = await runLoad(url, route.requests, load);
      const cpuPerRequest = (cpuMsOfTree(api.pid!) - cpuBefore) / (r.n || 1);
      results.push([route, r]);
      const throughput = throughputFigure(route.name, r.requestsPerSecond, baselines);
      figures.push(throughput, latencyFigure(`${route.name} p99`, r.p99, baselines));
      figures.push({
        name: `${route.name} API CPU`,
        unit: 'ms',
        value: cpuPerRequest,
        ratio: null,
      });
      console.log(
        `${route.name.padEnd(44)}${Math.round(r.requestsPerSecond).toString().padStart(8)}` +
          `${`${((throughput.ratio ?? 0) * 100).toFixed(1)} %`.padStart(9)}` +
          `${r.p50.toFixed(1).padStart(8)}${r.p95.toFixed(1).padStart(8)}${r.p99.toFixed(1).padStart(8)}` +
          `${cpuPerRequest.toFixed(2).padStart(9)}${String(r.failures).padStart(10)}`,
      );
    }
    printTargets(results, baselines);
    saveAndCompare(
      { bench: 'http', recordedAt: new Date().toISOString(), settings, baselines, figures },
      args,
    );
    console.log(
      `\nLoad average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await stop(api);
    await stop(worker);
    await pg.end();
  }
}

/** The targets, as shares of bare Fastify in this run and p99 of single-object reads. */
function printTargets(results: [Route, LoadResult][], baselines: Baselines): void {
  const base = baselines.fastify?.requestsPerSecond ?? 0;
  const share = (prefix: string) => results.find(([r]) => r.name.startsWith(prefix))?.[1];
  const checks: [string, LoadResult | undefined, number][] = [
    ['GET /health/live', share('GET /health/live'), 0.5],
    ['GET /assignments/:id', share('GET /assignments/:id (hiring'), 0.2],
    ['GET /assignments/:id/matches', share('GET /assignments/:id/matches'), 0.05],
    ['GET /interims/search', share('GET /interims/search'), 0.05],
  ];
  console.log('\nTargets:');
  for (const [name, r, target] of checks) {
    if (!r) continue;
    const ratio = r.requestsPerSecond / base;
    console.log(
      `  ${name.padEnd(32)} ${formatFigure(throughputFigure(name, r.requestsPerSecond, baselines))}, target ≥ ${target * 100} %: ${ratio >= target ? 'met' : 'NOT met'}`,
    );
  }
  for (const [route, r] of results.filter(([route]) => route.singleObject)) {
    console.log(
      `  ${`${route.name} p99`.padEnd(32)} ${r.p99.toFixed(1)} ms, target ≤ 25 ms: ${r.p99 <= 25 ? 'met' : 'NOT met'}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
