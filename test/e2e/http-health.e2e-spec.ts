import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Redis from 'ioredis';
import { loadConfig } from '@gilde/kernel';
import { ApiHarness, startApi } from '@gilde/testing';
import { checkRedis, checkSearchEngine } from '../../apps/api/src/health/readiness-checks';
import { eventually, freePort } from '../integration/support/scratch-database';
import { hasRedisServer, RedisServer } from '../integration/support/redis-server';
import { TcpProxy } from '../integration/support/tcp-proxy';

/** Boots an API with some variables changed; the configuration is read while booting. */
async function startApiWith(env: Record<string, string>): Promise<ApiHarness> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await startApi();
  } finally {
    process.env = saved;
  }
}

function expectErrorShape(body: unknown, statusCode: number, code: string): void {
  expect(Object.keys(body as object).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
  expect((body as { statusCode: number }).statusCode).toBe(statusCode);
  expect((body as { code: string }).code).toBe(code);
}

describe('health and metrics', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers liveness without touching anything else', async () => {
    const res = await api.http.get('/api/v1/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL, Redis and the search engine are', async () => {
    const res = await api.http.get('/api/v1/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, search: { status: 'up' } },
    });
  });

  it('serves Prometheus text on 127.0.0.1:API_METRICS_PORT, and nothing at /metrics on the public port', async () => {
    const port = await freePort();
    const withMetrics = await startApiWith({ API_METRICS_PORT: String(port) });
    try {
      await withMetrics.http.get('/api/v1/health/live');
      // Anyone reaching the public port: no metrics, under any path.
      for (const path of ['/metrics', '/api/v1/metrics']) {
        const res = await withMetrics.http.get(path);
        expect(res.status).toBe(404);
        expect(res.text).not.toContain('gilde_');
      }
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain('# TYPE gilde_http_request_duration_seconds histogram');
      expect(text).toMatch(
        /gilde_http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/health\/live"[^}]*status="200"/,
      );
      expect(text).toContain('gilde_process_cpu_seconds_total');
    } finally {
      await withMetrics.close();
    }
    // Closed with the app.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  it('reports the search engine down when Meilisearch is configured but unreachable', async () => {
    const config = loadConfig({
      ...process.env,
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: `http://127.0.0.1:${await freePort()}`,
    });
    const started = Date.now();
    expect(await checkSearchEngine(config)).toMatchObject({ status: 'down' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  (hasRedisServer ? describe : describe.skip)('Redis that may evict keys', () => {
    let redis: RedisServer;
    let evicting: ApiHarness;

    beforeAll(async () => {
      redis = new RedisServer(await freePort(), ['--maxmemory-policy', 'allkeys-lru']);
      await redis.start();
      evicting = await startApiWith({ REDIS_URL: redis.url });
    });
    afterAll(async () => {
      await evicting?.close();
      await redis?.kill();
    });

    it('makes the check fail and names the policy', async () => {
      const client = new Redis(redis.url);
      try {
        const result = await checkRedis(client);
        expect(result.status).toBe('down');
        expect(result.detail).toContain('allkeys-lru');
      } finally {
        client.disconnect();
      }
    });

    it('answers 503 on readiness, and 200 again once the policy is noeviction', async () => {
      const res = await evicting.http.get('/api/v1/health/ready');
      expect(res.status).toBe(503);
      expectErrorShape(res.body, 503, 'service_unavailable');
      expect(res.body.message).toBe('Not ready: redis unavailable.');

      const admin = new Redis(redis.url);
      try {
        await admin.config('SET', 'maxmemory-policy', 'noeviction');
      } finally {
        admin.disconnect();
      }
      expect((await evicting.http.get('/api/v1/health/ready')).status).toBe(200);
    });
  });

  describe('PostgreSQL outage', () => {
    let proxy: TcpProxy;
    let cut: ApiHarness;

    beforeAll(async () => {
      const db = new URL(process.env.DATABASE_URL as string);
      proxy = new TcpProxy(await freePort(), { host: db.hostname, port: Number(db.port || 5432) });
      await proxy.start();
      const viaProxy = new URL(db);
      viaProxy.port = String(proxy.port);
      cut = await startApiWith({ DATABASE_URL: viaProxy.toString() });
    });
    afterAll(async () => {
      await cut?.close();
      await proxy?.stop();
    });

    it('goes unready quickly while the database is unreachable and recovers by itself', async () => {
      expect((await cut.http.get('/api/v1/health/ready')).status).toBe(200);

      await proxy.stop();
      const started = Date.now();
      const down = await cut.http.get('/api/v1/health/ready');
      expect(down.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(3000);
      expectErrorShape(down.body, 503, 'service_unavailable');
      expect(down.body.message).toBe('Not ready: database unavailable.');
      // No host names or driver messages for an anonymous caller.
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
      // The process is alive and still answers what does not need the database.
      expect((await cut.http.get('/api/v1/health/live')).status).toBe(200);

      await proxy.start();
      await eventually(
        async () => (await cut.http.get('/api/v1/health/ready')).status === 200,
        'readiness to recover',
        10_000,
        200,
      );
      const login = await cut.http
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.test', password: 'x'.repeat(12) });
      expect(login.status).toBe(401);
    });
  });
});
