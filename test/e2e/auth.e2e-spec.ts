import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  PASSWORD,
  registerUser,
  snapshot,
  startApi,
  testPool,
  uniqueEmail,
} from '@gilde/testing';

describe('authentication', () => {
  let api: ApiHarness;
  let pool: Pool;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('registers, normalises the e-mail and stores an argon2id hash, never the password', async () => {
    const email = uniqueEmail('Mixed.Case').replace('mixed', 'MiXeD');
    const res = await api.http.post('/api/v1/auth/register').send({
      email: `  ${email.toUpperCase()} `.trim(),
      password: PASSWORD,
      displayName: 'Anna',
      accountType: 'interim',
    });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe(email.toLowerCase());
    expect(res.body.accessToken).toEqual(expect.any(String));
    const { rows } = await pool.query('SELECT password_hash FROM users WHERE email = $1', [
      email.toLowerCase(),
    ]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('refuses a duplicate e-mail (any case) with 409', async () => {
    const user = await registerUser(api.http, 'client');
    const res = await api.http.post('/api/v1/auth/register').send({
      email: user.email.toUpperCase(),
      password: PASSWORD,
      displayName: 'Again',
      accountType: 'client',
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'state_conflict',
      message: expect.stringContaining('already exists'),
    });
  });

  it.each([
    [{ password: 'short' }, 'password must be at least 12 characters'],
    [{ accountType: 'admin' }, 'accountType must be one of the following values: interim, client'],
    [{ email: 'not-an-email' }, 'email must be a valid e-mail address'],
    [{ isPlatformAdmin: true }, 'property isPlatformAdmin should not exist'],
  ])('refuses bad registration input %j and writes nothing', async (patch, message) => {
    const before = await snapshot(pool, ['users']);
    const res = await api.http.post('/api/v1/auth/register').send({
      email: uniqueEmail(),
      password: PASSWORD,
      displayName: 'X',
      accountType: 'client',
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
    expect(await snapshot(pool, ['users'])).toBe(before);
  });

  it('refuses a password equal to the e-mail address', async () => {
    const email = `longenoughlocalpart${Date.now()}@example.test`;
    const res = await api.http
      .post('/api/v1/auth/register')
      .send({ email, password: email, displayName: 'X', accountType: 'client' });
    expect(res.status).toBe(400);
  });

  it('logs in and answers unknown e-mail and wrong password the same way', async () => {
    const user = await registerUser(api.http, 'interim');
    const ok = await api.http
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: PASSWORD });
    expect(ok.status).toBe(200);
    const me = await api.http
      .get('/api/v1/me')
      .set({ Authorization: `Bearer ${ok.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: user.id, accountType: 'interim', memberships: [] });

    const wrong = await api.http
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'wrong-password-123' });
    const unknown = await api.http
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail(), password: 'wrong-password-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('limits failed logins per account with 429', async () => {
    const user = await registerUser(api.http, 'client');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await api.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: `wrong-password-${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Even the right password is refused while the account is locked.
    const locked = await api.http
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const user = await registerUser(api.http, 'client');
    const first = await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);

    const reuse = await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken });
    expect(reuse.status).toBe(401);
    // The stolen-token scenario: the legitimate newest token is now dead too.
    const afterReuse = await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.body.refreshToken });
    expect(afterReuse.status).toBe(401);
  });

  it('refuses tampered, expired-looking and unsigned tokens', async () => {
    const user = await registerUser(api.http, 'client');
    const [h, p] = user.token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 9999 })).toString('base64url')}.${user.token.split('.')[2]}`;
    for (const token of [none, forged, 'garbage', `${user.token}x`]) {
      const res = await api.http.get('/api/v1/me').set({ Authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
    }
    expect((await api.http.get('/api/v1/me')).status).toBe(401);
  });
});

describe('auth rate limit', () => {
  const saved = { limit: process.env.AUTH_RATE_LIMIT_PER_MINUTE, prefix: process.env.QUEUE_PREFIX };
  let api: ApiHarness;

  beforeAll(async () => {
    // A fresh key prefix so counters from other tests in this process do not count.
    process.env.AUTH_RATE_LIMIT_PER_MINUTE = '3';
    process.env.QUEUE_PREFIX = `${saved.prefix}-authlimit`;
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
    process.env.AUTH_RATE_LIMIT_PER_MINUTE = saved.limit;
    process.env.QUEUE_PREFIX = saved.prefix;
  });

  it('answers 429 once an IP exceeds the auth limit, per route, while other routes stay available', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await api.http
        .post('/api/v1/auth/login')
        .send({ email: uniqueEmail(), password: 'whatever-password' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await api.http
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail(), password: 'whatever-password' });
    expect(limited.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'rate_limited',
    });
    expect((await api.http.get('/api/v1/health/live')).status).toBe(200);
  });
});
