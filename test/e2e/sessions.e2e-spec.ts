import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { SessionCookiesService } from '@gilde/identity';
import { AppConfig } from '@gilde/kernel';
import {
  ApiHarness,
  PASSWORD,
  registerUser,
  snapshot,
  startApi,
  testPool,
  TestUser,
} from '@gilde/testing';
import { listen, SseClient } from '../integration/notifications.support';

/** name → attributes (lower-cased keys) of each Set-Cookie header. */
function cookiesOf(res: { headers: Record<string, unknown> }): Map<string, Record<string, string>> {
  const raw = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const out = new Map<string, Record<string, string>>();
  for (const line of lines) {
    const [pair, ...attrs] = line.split(';').map((p) => p.trim());
    const at = pair.indexOf('=');
    const fields: Record<string, string> = { value: pair.slice(at + 1) };
    for (const a of attrs) {
      const i = a.indexOf('=');
      fields[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? '' : a.slice(i + 1);
    }
    out.set(pair.slice(0, at), fields);
  }
  return out;
}

/** Resolves once the server has hung up the stream; fails after timeoutMs. */
async function closedWithin(client: SseClient, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!client.closed) {
    if (Date.now() > deadline) throw new Error(`stream still open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function login(api: ApiHarness, email: string) {
  const res = await api.http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
  expect(res.status).toBe(200);
  return res;
}

describe('browser sessions and their streams', () => {
  let api: ApiHarness;
  let other: ApiHarness;
  let url: string;
  let pool: Pool;
  let person: TestUser;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    api = await startApi();
    other = await startApi();
    url = await listen(api.app);
    pool = testPool();
    person = await registerUser(api.http, 'interim', 'session');
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await other.close();
    await api.close();
    await pool.end();
  });

  async function openStream(headers: Record<string, string>, query = ''): Promise<SseClient> {
    const client = await SseClient.open(url, `/api/v1/notifications/stream${query}`, headers);
    streams.push(client);
    return client;
  }

  describe('the refresh token cookie', () => {
    it('sign-in sets an httpOnly, SameSite=Strict refresh cookie scoped to the auth routes, and a readable CSRF cookie', async () => {
      const res = await login(api, person.email);
      const cookies = cookiesOf(res);
      const refresh = cookies.get('gilde_refresh');
      expect(refresh).toMatchObject({
        value: res.body.refreshToken,
        httponly: '',
        samesite: 'Strict',
        path: '/api/v1/auth',
      });
      expect(refresh).not.toHaveProperty('secure');
      const csrf = cookies.get('gilde_csrf');
      expect(csrf).toMatchObject({ samesite: 'Strict', path: '/' });
      expect(csrf).not.toHaveProperty('httponly');
      expect(csrf!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('the cookies are Secure in production', async () => {
      const config = {
        isProduction: true,
        auth: { jwtSecret: 'x'.repeat(40), refreshTtlDays: 30 },
      };
      const cookies = new SessionCookiesService(config as AppConfig);
      const app = Fastify();
      await app.register(cookie);
      app.get('/', (_req, reply) => {
        cookies.set(reply, '0b6f3bba-52ae-4a51-9f59-3b1a1f4b1f00.secret');
        return 'ok';
      });
      const res = await app.inject({ method: 'GET', url: '/' });
      await app.close();
      const set = cookiesOf(res);
      expect(set.get('gilde_refresh')).toMatchObject({
        secure: '',
        httponly: '',
        samesite: 'Strict',
        path: '/api/v1/auth',
      });
      expect(set.get('gilde_csrf')).toMatchObject({ secure: '', samesite: 'Strict' });
    });

    it('refresh through the cookie needs the CSRF header: without it 403 and nothing rotates; with it the session rotates', async () => {
      const signIn = cookiesOf(await login(api, person.email));
      const jar = `gilde_refresh=${signIn.get('gilde_refresh')!.value}; gilde_csrf=${signIn.get('gilde_csrf')!.value}`;
      const before = await snapshot(pool, ['refresh_tokens']);

      const noHeader = await api.http.post('/api/v1/auth/refresh').set('Cookie', jar).send({});
      expect(noHeader.status).toBe(403);
      expect(noHeader.body.message).toMatch(/x-csrf-token/);
      const wrong = await api.http
        .post('/api/v1/auth/refresh')
        .set('Cookie', jar)
        .set('X-CSRF-Token', 'A'.repeat(43))
        .send({});
      expect(wrong.status).toBe(403);
      expect(await snapshot(pool, ['refresh_tokens'])).toBe(before);

      const ok = await api.http
        .post('/api/v1/auth/refresh')
        .set('Cookie', jar)
        .set('X-CSRF-Token', signIn.get('gilde_csrf')!.value)
        .send({});
      expect(ok.status).toBe(200);
      expect(ok.body.accessToken).toEqual(expect.any(String));
      // The browser keeps the refresh token in its cookie only: it is not in the body.
      expect(ok.body).not.toHaveProperty('refreshToken');
      const rotated = cookiesOf(ok);
      expect(rotated.get('gilde_refresh')!.value).not.toBe(signIn.get('gilde_refresh')!.value);
      expect(rotated.get('gilde_csrf')!.value).not.toBe(signIn.get('gilde_csrf')!.value);
      expect(
        (await api.http.get('/api/v1/me').set('Authorization', `Bearer ${ok.body.accessToken}`))
          .status,
      ).toBe(200);
    });

    it('logout through the cookie needs the CSRF header, then ends the session and clears the cookies', async () => {
      const res = await login(api, person.email);
      const signIn = cookiesOf(res);
      const jar = `gilde_refresh=${signIn.get('gilde_refresh')!.value}; gilde_csrf=${signIn.get('gilde_csrf')!.value}`;
      const auth = { Authorization: `Bearer ${res.body.accessToken}` };

      const refused = await api.http
        .post('/api/v1/auth/logout')
        .set(auth)
        .set('Cookie', jar)
        .send({});
      expect(refused.status).toBe(403);

      const out = await api.http
        .post('/api/v1/auth/logout')
        .set(auth)
        .set('Cookie', jar)
        .set('X-CSRF-Token', signIn.get('gilde_csrf')!.value)
        .send({});
      expect(out.status).toBe(204);
      const cleared = cookiesOf(out);
      expect(cleared.get('gilde_refresh')).toMatchObject({ value: '', path: '/api/v1/auth' });
      expect(cleared.get('gilde_csrf')).toMatchObject({ value: '', path: '/' });
      const again = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: res.body.refreshToken });
      expect(again.status).toBe(401);
    });

    it('API clients keep the JSON body flow', async () => {
      const res = await login(api, person.email);
      const next = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: res.body.refreshToken });
      expect(next.status).toBe(200);
      expect(next.body.refreshToken).toEqual(expect.any(String));
    });
  });

  describe('open streams end with their session', () => {
    it('a logout on another API process closes the stream of that session only', async () => {
      const mine = await login(api, person.email);
      const elsewhere = await login(api, person.email);
      const auth = { Authorization: `Bearer ${mine.body.accessToken}` };
      const stream = await openStream(auth);
      await stream.next((e) => e.event === 'ready');
      const otherStream = await openStream({
        Authorization: `Bearer ${elsewhere.body.accessToken}`,
      });
      await otherStream.next((e) => e.event === 'ready');

      const out = await other.http
        .post('/api/v1/auth/logout')
        .set(auth)
        .send({ refreshToken: mine.body.refreshToken });
      expect(out.status).toBe(204);

      const end = await stream.next((e) => e.event === 'end', 5000);
      expect(JSON.parse(end.data)).toEqual({ reason: 'revoked' });
      await closedWithin(stream, 2000);
      // The other sign-in of the same person keeps its stream.
      expect(otherStream.closed).toBe(false);
      expect(otherStream.events.some((e) => e.event === 'end')).toBe(false);

      // The access token still verifies, but its session is over: no new stream.
      const late = await api.http.get('/api/v1/notifications/stream').set(auth);
      expect(late.status).toBe(401);
    });

    it('a reused refresh token revokes the family and closes its streams (opened with a stream token)', async () => {
      const signIn = await login(api, person.email);
      const issued = await api.http
        .post('/api/v1/notifications/stream-token')
        .set('Authorization', `Bearer ${signIn.body.accessToken}`);
      expect(issued.status).toBe(201);
      const stream = await openStream({}, `?token=${encodeURIComponent(issued.body.token)}`);
      await stream.next((e) => e.event === 'ready');

      const rotated = await other.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: signIn.body.refreshToken });
      expect(rotated.status).toBe(200);
      // Rotation alone does not end the session.
      expect(stream.closed).toBe(false);
      const replay = await other.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: signIn.body.refreshToken });
      expect(replay.status).toBe(401);

      const end = await stream.next((e) => e.event === 'end', 5000);
      expect(JSON.parse(end.data)).toEqual({ reason: 'revoked' });
      await closedWithin(stream, 2000);
    });
    it('erasing the account closes every stream it has open', async () => {
      const leaving = await registerUser(api.http, 'interim', 'leaving');
      const second = await login(api, leaving.email);
      const a = await openStream(leaving.auth);
      const b = await openStream({ Authorization: `Bearer ${second.body.accessToken}` });
      await a.next((e) => e.event === 'ready');
      await b.next((e) => e.event === 'ready');

      expect((await other.http.delete('/api/v1/interims/me').set(leaving.auth)).status).toBe(204);

      for (const stream of [a, b]) {
        expect(JSON.parse((await stream.next((e) => e.event === 'end', 5000)).data)).toEqual({
          reason: 'revoked',
        });
        await closedWithin(stream, 2000);
      }
    });
  });

  describe('with a short access-token lifetime', () => {
    let short: ApiHarness;
    let shortUrl: string;
    const saved = process.env.JWT_ACCESS_TTL_SECONDS;

    beforeAll(async () => {
      process.env.JWT_ACCESS_TTL_SECONDS = '2';
      short = await startApi();
      shortUrl = await listen(short.app);
    });
    afterAll(async () => {
      process.env.JWT_ACCESS_TTL_SECONDS = saved;
      await short.close();
    });

    it('a stream ends when the access token it was opened with expires', async () => {
      const signIn = await short.http
        .post('/api/v1/auth/login')
        .send({ email: person.email, password: PASSWORD });
      expect(signIn.body.expiresIn).toBe(2);
      const opened = Date.now();
      const stream = await SseClient.open(shortUrl, '/api/v1/notifications/stream', {
        Authorization: `Bearer ${signIn.body.accessToken}`,
      });
      streams.push(stream);
      await stream.next((e) => e.event === 'ready');
      const end = await stream.next((e) => e.event === 'end', 4000);
      expect(JSON.parse(end.data)).toEqual({ reason: 'expired' });
      await closedWithin(stream, 1000);
      expect(Date.now() - opened).toBeLessThan(3500);
    });
  });
});
