import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type Redis from 'ioredis';
import { Pool } from 'pg';
import { REDIS } from '@gilde/kernel';
import { ApiHarness, startApi, testPool, uniqueEmail } from '@gilde/testing';
import { quickUser } from './assignments.fixtures';
import { call, draftContract } from './contracts.fixtures';

const FORGED = '198.51.100.66';
const PROXY_APPENDED = '203.0.113.7';
/** What a client writes itself, followed by what one reverse proxy appends. */
const XFF = `${FORGED}, ${PROXY_APPENDED}`;

const saved = { ...process.env };

/** An API with its own Redis key prefix, so counters of other apps in this process do not count. */
async function apiWith(env: Record<string, string>): Promise<ApiHarness> {
  Object.assign(process.env, env, {
    QUEUE_PREFIX: `${saved.QUEUE_PREFIX}-ip-${Math.random().toString(36).slice(2, 8)}`,
  });
  return startApi();
}

/** The addresses the failed-login limiter counts for, read from its Redis keys. */
async function loginLimiterAddresses(api: ApiHarness): Promise<string[]> {
  const prefix = `${process.env.QUEUE_PREFIX}:login-fail:ip:`;
  const keys = await api.app.get<Redis>(REDIS).keys(`${prefix}*`);
  return keys.map((k) => k.slice(prefix.length));
}

async function failLogin(api: ApiHarness): Promise<void> {
  const res = await api.http
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', XFF)
    .send({ email: uniqueEmail(), password: 'wrong-password-123' });
  expect(res.status).toBe(401);
}

/** Drafts and sends a contract, then the interim accepts through a proxy; returns the stored IP. */
async function acceptanceIp(api: ApiHarness, pool: Pool): Promise<string | null> {
  const drafted = await draftContract(api, pool);
  const id = drafted.contract.id as string;
  await call(api, drafted.tenant.procurement, 'post', `/contracts/${id}/send`);
  const res = await api.http
    .post(`/api/v1/contracts/${id}/accept`)
    .set(drafted.interim.auth)
    .set('X-Forwarded-For', XFF)
    .send();
  expect(res.status).toBe(200);
  const { rows } = await pool.query<{ ip: string | null }>(
    `SELECT ip FROM contract_acceptances WHERE contract_id = $1 AND party = 'interim'`,
    [id],
  );
  return rows[0].ip;
}

describe('the client IP behind a proxy', () => {
  let api: ApiHarness | undefined;
  let pool: Pool;

  beforeAll(() => {
    pool = testPool();
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
    process.env = { ...saved };
  });
  afterAll(async () => {
    await pool.end();
  });

  it('with TRUST_PROXY=1 is the address the proxy appended, never the forged left-most one', async () => {
    api = await apiWith({ TRUST_PROXY: '1' });
    await failLogin(api);
    expect(await loginLimiterAddresses(api)).toEqual([PROXY_APPENDED]);
    expect(await acceptanceIp(api, pool)).toBe(PROXY_APPENDED);
  });

  it('with a trusted proxy address list is the address that proxy appended', async () => {
    api = await apiWith({ TRUST_PROXY: '127.0.0.1/8,::1,::ffff:127.0.0.1' });
    await failLogin(api);
    expect(await loginLimiterAddresses(api)).toEqual([PROXY_APPENDED]);
  });

  it('with TRUST_PROXY=false ignores X-Forwarded-For', async () => {
    api = await apiWith({ TRUST_PROXY: 'false' });
    await failLogin(api);
    const [address, ...more] = await loginLimiterAddresses(api);
    expect(more).toEqual([]);
    expect(address).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    const stored = await acceptanceIp(api, pool);
    expect(stored).toBe(address);
  });
});

describe('the per-user rate limit', () => {
  let api: ApiHarness;
  let pool: Pool;

  beforeAll(async () => {
    api = await apiWith({ TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '5' });
    pool = testPool();
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
    process.env = { ...saved };
  });

  it('answers 429 to a user past the limit from any address, while another user behind the same address is served', async () => {
    const anna = await quickUser(api, pool, 'client', 'anna');
    const bert = await quickUser(api, pool, 'client', 'bert');
    const statuses: number[] = [];
    for (let i = 1; i <= 7; i++) {
      // A fresh address each time, as a client rotating proxies or forging the header would.
      const res = await api.http
        .get(i % 2 ? '/api/v1/me' : '/api/v1/me/notification-preferences')
        .set(anna.auth)
        .set('X-Forwarded-For', `192.0.2.${i}`);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Bert shares Anna's last address (one NAT), and has a bucket of his own.
    const other = await api.http
      .get('/api/v1/me')
      .set(bert.auth)
      .set('X-Forwarded-For', '192.0.2.7');
    expect(other.status).toBe(200);
  });

  it('keys on the IP when the token is not valid, so a made-up token buys no bucket of its own', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await api.http
        .get('/api/v1/health/live')
        .set('Authorization', `Bearer made-up-${i}`)
        .set('X-Forwarded-For', '192.0.2.200');
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
