import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestingModule } from '@nestjs/testing';
import { Pool } from 'pg';
import {
  ApiHarness,
  PASSWORD,
  TestUser,
  registerUser,
  startApi,
  testPool,
  uniqueEmail,
} from '@gilde/testing';
import { SseClient, listen, startWorker } from '../integration/notifications.support';
import { eventually } from '../integration/support/scratch-database';

const API = '/api/v1';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const NEW_PASSWORD = 'another-long-passw0rd';

interface Mail {
  subject: string;
  text: string;
}

/**
 * The account flows end to end: the API writes the outbox, the real worker sends the mail into
 * the mailbox, and the tests follow the link in it as a person would.
 */
describe('accounts: verification, password reset and change, sessions', () => {
  let api: ApiHarness;
  let worker: TestingModule;
  let pool: Pool;
  let url: string;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    pool = testPool();
    url = await listen(api.app);
  }, 60_000);
  afterAll(async () => {
    for (const s of streams) s.close();
    await worker.close();
    await api.close();
    await pool.end();
  });

  async function mailsTo(address: string, count = 1, subject?: RegExp): Promise<Mail[]> {
    return eventually(
      async () => {
        const { rows } = await pool.query<Mail>(
          `SELECT subject, text FROM mailbox_messages WHERE to_address = $1 ORDER BY created_at, id`,
          [address],
        );
        const wanted = subject ? rows.filter((r) => subject.test(r.subject)) : rows;
        return wanted.length >= count ? wanted : null;
      },
      `${count} mail(s) to ${address}`,
      15_000,
    );
  }

  function tokenIn(mail: Mail): string {
    const match = /token=([^\s]+)/.exec(mail.text);
    if (!match) throw new Error(`no link in: ${mail.text}`);
    return decodeURIComponent(match[1]);
  }

  async function signIn(email: string, password = PASSWORD, userAgent = FIREFOX) {
    const res = await api.http
      .post(`${API}/auth/login`)
      .set('User-Agent', userAgent)
      .send({ email, password });
    expect(res.status).toBe(200);
    return {
      refreshToken: res.body.refreshToken as string,
      auth: { Authorization: `Bearer ${res.body.accessToken}` },
    };
  }

  async function openStream(auth: Record<string, string>): Promise<SseClient> {
    const client = await SseClient.open(url, `${API}/notifications/stream`, auth);
    streams.push(client);
    await client.next((e) => e.event === 'ready');
    return client;
  }

  async function closed(client: SseClient): Promise<void> {
    const end = await client.next((e) => e.event === 'end', 5000);
    expect(JSON.parse(end.data)).toEqual({ reason: 'revoked' });
  }

  describe('e-mail verification', () => {
    it('registration mails a link that verifies the address once', async () => {
      const user = await registerUser(api.http, 'interim', 'verify', undefined, {
        verified: false,
      });
      const [mail] = await mailsTo(user.email);
      expect(mail.subject).toBe('Confirm your e-mail address for Gilde');
      const token = tokenIn(mail);

      expect((await api.http.get(`${API}/me`).set(user.auth)).body.emailVerified).toBe(false);
      const first = await api.http.post(`${API}/auth/verify-email`).send({ token });
      expect(first.status).toBe(204);
      expect((await api.http.get(`${API}/me`).set(user.auth)).body.emailVerified).toBe(true);

      const again = await api.http.post(`${API}/auth/verify-email`).send({ token });
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 400,
        code: 'token_invalid',
      });
      const { rows } = await pool.query(
        `SELECT token_hash FROM account_tokens WHERE user_id = $1`,
        [user.id],
      );
      // Only a hash is kept: the token itself is nowhere in the database.
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
    });

    it('a link past its 48 hours is refused and verifies nothing', async () => {
      const user = await registerUser(api.http, 'interim', 'late', undefined, { verified: false });
      const token = tokenIn((await mailsTo(user.email))[0]);
      const { rows } = await pool.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes
           FROM account_tokens WHERE user_id = $1`,
        [user.id],
      );
      expect(rows[0].minutes).toBe(48 * 60);
      await pool.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      const res = await api.http.post(`${API}/auth/verify-email`).send({ token });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 410,
        code: 'token_expired',
      });
      expect((await api.http.get(`${API}/me`).set(user.auth)).body.emailVerified).toBe(false);
    });

    it('a forged or tampered token is refused', async () => {
      const user = await registerUser(api.http, 'interim', 'forge', undefined, { verified: false });
      const token = tokenIn((await mailsTo(user.email))[0]);
      const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`;
      const res = await api.http.post(`${API}/auth/verify-email`).send({ token: tampered });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 400,
        code: 'token_invalid',
      });
    });

    it('resend mails a new link in the account language (202), a few times an hour at most', async () => {
      const user = await registerUser(api.http, 'client', 'resend', undefined, { verified: false });
      await mailsTo(user.email);
      expect(
        (await api.http.patch(`${API}/me`).set(user.auth).send({ locale: 'nl' })).body.locale,
      ).toBe('nl');
      expect((await api.http.post(`${API}/auth/verify-email/resend`).set(user.auth)).status).toBe(
        202,
      );
      const [dutch] = await mailsTo(user.email, 1, /Bevestig/);
      expect(dutch.subject).toBe('Bevestig je e-mailadres voor Gilde');
      expect(
        (await api.http.post(`${API}/auth/verify-email`).send({ token: tokenIn(dutch) })).status,
      ).toBe(204);
      const already = await api.http.post(`${API}/auth/verify-email/resend`).set(user.auth);
      expect({ status: already.status, code: already.body.code }).toEqual({
        status: 409,
        code: 'email_already_verified',
      });

      const eager = await registerUser(api.http, 'client', 'eager', undefined, {
        verified: false,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await api.http.post(`${API}/auth/verify-email/resend`).set(eager.auth)).status,
        );
      }
      expect(statuses).toEqual([202, 202, 202, 429]);
    });
  });

  describe('password reset', () => {
    it('answers the same for a known and an unknown address; only the known one gets a link', async () => {
      const user = await registerUser(api.http, 'interim', 'forgot');
      const unknown = uniqueEmail('nobody');
      const known = await api.http.post(`${API}/auth/password-reset`).send({ email: user.email });
      const other = await api.http.post(`${API}/auth/password-reset`).send({ email: unknown });
      expect(known.status).toBe(202);
      expect(other.status).toBe(202);
      expect(other.body).toEqual(known.body);
      const [mail] = await mailsTo(user.email, 1, /new password/);
      expect(mail.text).toContain('/reset-password?token=');
      await new Promise((r) => setTimeout(r, 300));
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM mailbox_messages WHERE to_address = $1`,
        [unknown],
      );
      expect(rows[0].n).toBe(0);
    });

    it('the link sets the password once, ends every session and its streams, and a mail says from where', async () => {
      const user = await registerUser(api.http, 'interim', 'reset');
      const phone = await signIn(user.email, PASSWORD, SAFARI_IPHONE);
      const stream = await openStream(phone.auth);

      await api.http.post(`${API}/auth/password-reset`).send({ email: user.email });
      const token = tokenIn((await mailsTo(user.email, 1, /new password/))[0]);

      const short = await api.http
        .post(`${API}/auth/password-reset/confirm`)
        .send({ token, password: 'short' });
      expect(short.status).toBe(400);
      const same = await api.http
        .post(`${API}/auth/password-reset/confirm`)
        .send({ token, password: PASSWORD });
      expect({ status: same.status, code: same.body.code }).toEqual({
        status: 400,
        code: 'password_unchanged',
      });

      const done = await api.http
        .post(`${API}/auth/password-reset/confirm`)
        .set('User-Agent', FIREFOX)
        .send({ token, password: NEW_PASSWORD });
      expect(done.status).toBe(204);

      await closed(stream);
      for (const refreshToken of [user.refreshToken, phone.refreshToken]) {
        expect((await api.http.post(`${API}/auth/refresh`).send({ refreshToken })).status).toBe(
          401,
        );
      }
      const old = await api.http
        .post(`${API}/auth/login`)
        .send({ email: user.email, password: PASSWORD });
      expect(old.status).toBe(401);
      await signIn(user.email, NEW_PASSWORD);

      const reused = await api.http
        .post(`${API}/auth/password-reset/confirm`)
        .send({ token, password: 'yet-another-passw0rd' });
      expect({ status: reused.status, code: reused.body.code }).toEqual({
        status: 400,
        code: 'token_invalid',
      });

      const [changed] = await mailsTo(user.email, 1, /password was reset/);
      expect(changed.text).toContain('Firefox 128 on Windows');
      expect(changed.text).toMatch(/from IP address (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
    });

    it('a link is good for one hour', async () => {
      const user = await registerUser(api.http, 'interim', 'hour');
      await api.http.post(`${API}/auth/password-reset`).send({ email: user.email });
      const token = tokenIn((await mailsTo(user.email, 1, /new password/))[0]);
      const { rows } = await pool.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes
           FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`,
        [user.id],
      );
      expect(rows[0].minutes).toBe(60);
      await pool.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second'
          WHERE user_id = $1 AND purpose = 'password_reset'`,
        [user.id],
      );
      const res = await api.http
        .post(`${API}/auth/password-reset/confirm`)
        .send({ token, password: NEW_PASSWORD });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 410,
        code: 'token_expired',
      });
      await signIn(user.email, PASSWORD);
    });
  });

  describe('changing the password', () => {
    it('needs the current password, keeps this session, ends the others and their streams', async () => {
      const user = await registerUser(api.http, 'client', 'change');
      const here = await signIn(user.email, PASSWORD, FIREFOX);
      const there = await signIn(user.email, PASSWORD, SAFARI_IPHONE);
      const thereStream = await openStream(there.auth);

      const wrong = await api.http
        .post(`${API}/me/password`)
        .set(here.auth)
        .send({ currentPassword: 'not-my-password', newPassword: NEW_PASSWORD });
      expect({ status: wrong.status, code: wrong.body.code }).toEqual({
        status: 400,
        code: 'password_wrong',
      });
      const same = await api.http
        .post(`${API}/me/password`)
        .set(here.auth)
        .send({ currentPassword: PASSWORD, newPassword: PASSWORD });
      expect(same.body.code).toBe('password_unchanged');

      const ok = await api.http
        .post(`${API}/me/password`)
        .set(here.auth)
        .set('User-Agent', FIREFOX)
        .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
      expect(ok.status).toBe(204);

      await closed(thereStream);
      expect(
        (await api.http.post(`${API}/auth/refresh`).send({ refreshToken: there.refreshToken }))
          .status,
      ).toBe(401);
      expect(
        (await api.http.post(`${API}/auth/refresh`).send({ refreshToken: here.refreshToken }))
          .status,
      ).toBe(200);
      const [mail] = await mailsTo(user.email, 1, /password was changed/);
      expect(mail.text).toContain('Firefox 128 on Windows');
    });
  });

  describe('sessions', () => {
    let user: TestUser;

    beforeAll(async () => {
      user = await registerUser(api.http, 'interim', 'sessions');
    });

    it('lists each sign-in with device, IP, created, last used and which one is this', async () => {
      const laptop = await signIn(user.email, PASSWORD, FIREFOX);
      await signIn(user.email, PASSWORD, SAFARI_IPHONE);
      const res = await api.http.get(`${API}/me/sessions`).set(laptop.auth);
      expect(res.status).toBe(200);
      const devices = res.body.items.map((s: { device: string }) => s.device);
      expect(devices).toEqual(
        expect.arrayContaining(['Firefox 128 on Windows', 'Safari 17 on iOS']),
      );
      const current = res.body.items.filter((s: { current: boolean }) => s.current);
      expect(current).toHaveLength(1);
      expect(current[0]).toMatchObject({
        device: 'Firefox 128 on Windows',
        ip: expect.any(String),
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
      });
    });

    it('ending one session revokes it and closes its stream; someone else cannot end it', async () => {
      const mine = await signIn(user.email);
      const doomed = await signIn(user.email, PASSWORD, SAFARI_IPHONE);
      const stream = await openStream(doomed.auth);
      const list = await api.http.get(`${API}/me/sessions`).set(doomed.auth);
      const id = list.body.items.find((s: { current: boolean }) => s.current).id as string;

      const stranger = await registerUser(api.http, 'interim', 'stranger');
      const foreign = await api.http.delete(`${API}/me/sessions/${id}`).set(stranger.auth);
      expect(foreign.status).toBe(404);
      expect(stream.closed).toBe(false);

      expect((await api.http.delete(`${API}/me/sessions/${id}`).set(mine.auth)).status).toBe(204);
      await closed(stream);
      expect(
        (await api.http.post(`${API}/auth/refresh`).send({ refreshToken: doomed.refreshToken }))
          .status,
      ).toBe(401);
      const after = await api.http.get(`${API}/me/sessions`).set(mine.auth);
      expect(after.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
      expect((await api.http.delete(`${API}/me/sessions/${id}`).set(mine.auth)).status).toBe(404);
    });

    it('logout-all ends every session, this one included', async () => {
      const a = await signIn(user.email);
      const b = await signIn(user.email, PASSWORD, SAFARI_IPHONE);
      const stream = await openStream(b.auth);
      expect((await api.http.post(`${API}/auth/logout-all`).set(a.auth).send({})).status).toBe(204);
      await closed(stream);
      for (const refreshToken of [a.refreshToken, b.refreshToken]) {
        expect((await api.http.post(`${API}/auth/refresh`).send({ refreshToken })).status).toBe(
          401,
        );
      }
    });
  });

  describe('PATCH /me', () => {
    it('changes the display name and language, and refuses a blank name', async () => {
      const user = await registerUser(api.http, 'client', 'patch');
      const res = await api.http
        .patch(`${API}/me`)
        .set(user.auth)
        .send({ displayName: '  Anna de Vries ', locale: 'nl' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ displayName: 'Anna de Vries', locale: 'nl' });
      const blank = await api.http.patch(`${API}/me`).set(user.auth).send({ displayName: '   ' });
      expect(blank.status).toBe(400);
      const wrong = await api.http.patch(`${API}/me`).set(user.auth).send({ locale: 'fr' });
      expect(wrong.status).toBe(400);
      for (const body of [{ displayName: null }, { locale: null }]) {
        expect((await api.http.patch(`${API}/me`).set(user.auth).send(body)).status).toBe(400);
      }
      expect((await api.http.get(`${API}/me`).set(user.auth)).body).toMatchObject({
        displayName: 'Anna de Vries',
        locale: 'nl',
      });
    });
  });
});
