import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { NotificationStreamHub } from '@gilde/notifications';
import { TokenService } from '@gilde/identity';
import {
  ApiHarness,
  grantAdmin,
  PLATFORM_ADMIN_EMAIL,
  snapshot,
  startApi,
  testPool,
  TestUser,
} from '@gilde/testing';
import { quickUser } from './assignments.fixtures';
import { NotificationPublisherService } from '../../libs/notifications/src/stream/notification-publisher.service';
import { UnsubscribeTokensService } from '../../libs/notifications/src/tokens/unsubscribe-tokens.service';
import { listen, seedNotification, SseClient } from '../integration/notifications.support';

const ADMIN_EMAIL = PLATFORM_ADMIN_EMAIL;

async function platformAdmin(api: ApiHarness, pool: Pool): Promise<TestUser> {
  // The address PLATFORM_ADMIN_EMAILS names in tests; the row may exist from an earlier run.
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, display_name, account_type, email_verified_at)
     VALUES ($1, 'Platform admin', 'client', now())
     ON CONFLICT (email) DO UPDATE SET email_verified_at = coalesce(users.email_verified_at, now())
     RETURNING id`,
    [ADMIN_EMAIL],
  );
  await grantAdmin(api.app, ADMIN_EMAIL);
  const token = api.app.get(TokenService).signAccessToken(rows[0].id);
  return {
    id: rows[0].id,
    email: ADMIN_EMAIL,
    token,
    refreshToken: '',
    auth: { Authorization: `Bearer ${token}` },
  };
}

describe('notifications API', () => {
  let api: ApiHarness;
  let pool: Pool;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.NOTIFY_SSE_HEARTBEAT_MS = '1000';
    api = await startApi();
    pool = testPool();
  });
  afterAll(async () => {
    await api?.close();
    await pool?.end();
    process.env = saved;
  });

  describe('the inbox', () => {
    let anna: TestUser;
    let other: TestUser;
    const ids: string[] = [];

    beforeAll(async () => {
      anna = await quickUser(api, pool, 'interim', 'anna');
      other = await quickUser(api, pool, 'interim', 'other');
      await pool.query(`UPDATE users SET locale = 'nl' WHERE id = $1`, [anna.id]);
      const now = Date.now();
      for (let i = 0; i < 3; i++) {
        ids.push(
          await seedNotification(pool, anna.id, {
            params: {
              assignmentTitle: `Opdracht ${i}`,
              organisationName: 'Provincie Utrecht',
              score: 80 + i,
            },
            createdAt: new Date(now - (3 - i) * 60_000),
          }),
        );
      }
      // Recorded but not delivered in the app (the person had turned in-app off): never listed.
      await seedNotification(pool, anna.id, { inApp: 'skipped', createdAt: new Date(now) });
      await seedNotification(pool, other.id);
    });

    it('refuses anonymous callers', async () => {
      expect((await api.http.get('/api/v1/notifications')).status).toBe(401);
    });

    it('lists own notifications newest first, in the reader’s language, with the unread count', async () => {
      const res = await api.http.get('/api/v1/notifications').set(anna.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 20, total: 3, unread: 3 });
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([...ids].reverse());
      expect(res.body.items[0]).toEqual({
        id: ids[2],
        kind: 'match',
        type: 'match',
        title: 'Nieuwe opdracht die bij je past: Opdracht 2',
        body: 'Provincie Utrecht heeft een opdracht gepubliceerd die aansluit bij je profiel (matchscore 82).',
        link: expect.stringMatching(/^\/assignments\/[0-9a-f-]{36}$/),
        subject: { type: 'assignment', id: expect.any(String) },
        score: 87,
        createdAt: expect.any(String),
        readAt: null,
      });
    });

    it('validates the query strictly', async () => {
      for (const q of [
        'unread=yes',
        'pageSize=1000',
        'page=0',
        'unread=true&unread=false',
        'sort=id',
      ]) {
        const res = await api.http.get(`/api/v1/notifications?${q}`).set(anna.auth);
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
      }
    });

    it('marks one read; someone else’s is 404 and changes nothing', async () => {
      const before = await snapshot(pool, ['notifications']);
      const theirs = await api.http.post(`/api/v1/notifications/${ids[0]}/read`).set(other.auth);
      expect(theirs.status).toBe(404);
      expect(theirs.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'not_found',
        message: 'Notification not found.',
      });
      expect(await snapshot(pool, ['notifications'])).toBe(before);
      expect(
        (await api.http.post('/api/v1/notifications/not-a-uuid/read').set(anna.auth)).status,
      ).toBe(400);

      const mine = await api.http.post(`/api/v1/notifications/${ids[0]}/read`).set(anna.auth);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({ id: ids[0], readAt: expect.any(String), unread: 2 });
      const unread = await api.http.get('/api/v1/notifications?unread=true').set(anna.auth);
      expect(unread.body.items.map((n: { id: string }) => n.id)).toEqual([ids[2], ids[1]]);
      const read = await api.http.get('/api/v1/notifications?unread=false').set(anna.auth);
      expect(read.body).toMatchObject({ total: 1, unread: 2 });
    });

    it('marks all read', async () => {
      const res = await api.http.post('/api/v1/notifications/read-all').set(anna.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ marked: 2, unread: 0 });
      // The other person's stays unread.
      expect((await api.http.get('/api/v1/notifications').set(other.auth)).body.unread).toBe(1);
    });
  });

  describe('preferences', () => {
    it('starts from sensible defaults per role', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const client = await quickUser(api, pool, 'client');
      const i = await api.http.get('/api/v1/me/notification-preferences').set(interim.auth);
      expect(i.status).toBe(200);
      expect(i.body).toEqual({
        match: { channels: ['in_app', 'email'], frequency: 'daily' },
        invitation: { channels: ['in_app', 'email'], frequency: 'instant' },
        response: { channels: ['in_app', 'email'], frequency: 'instant' },
        contract: { channels: ['in_app', 'email'], frequency: 'instant' },
        review: { channels: ['in_app', 'email'], frequency: 'daily' },
        timeZone: 'Europe/Amsterdam',
        locale: 'en',
      });
      const c = await api.http.get('/api/v1/me/notification-preferences').set(client.auth);
      expect(c.body).toEqual({
        response: { channels: ['in_app', 'email'], frequency: 'instant' },
        contract: { channels: ['in_app', 'email'], frequency: 'instant' },
        review: { channels: ['in_app', 'email'], frequency: 'daily' },
        timeZone: 'Europe/Amsterdam',
        locale: 'en',
      });
    });

    it('changes only the kinds given, with the time zone and language, and logs each change', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const res = await api.http
        .put('/api/v1/me/notification-preferences')
        .set(interim.auth)
        .send({
          match: { channels: ['in_app'], frequency: 'instant' },
          timeZone: 'America/New_York',
          locale: 'nl',
        });
      expect(res.status).toBe(200);
      expect(res.body.match).toEqual({ channels: ['in_app'], frequency: 'instant' });
      expect(res.body.response).toEqual({ channels: ['in_app', 'email'], frequency: 'instant' });
      expect(res.body).toMatchObject({ timeZone: 'America/New_York', locale: 'nl' });
      const again = await api.http.get('/api/v1/me/notification-preferences').set(interim.auth);
      expect(again.body).toEqual(res.body);
      const { rows } = await pool.query(
        `SELECT kind, channels, frequency, source FROM notification_preference_changes WHERE user_id = $1`,
        [interim.id],
      );
      expect(rows).toEqual([
        { kind: 'match', channels: ['in_app'], frequency: 'instant', source: 'settings' },
      ]);
    });

    it('refuses bad input with a clear 400 and changes nothing', async () => {
      const client = await quickUser(api, pool, 'client');
      const before = await snapshot(pool, [
        'notification_preferences',
        'notification_preference_changes',
      ]);
      const cases: [unknown, RegExp][] = [
        [{ response: { channels: ['sms'], frequency: 'instant' } }, /channels/],
        [{ response: { channels: ['email', 'email'], frequency: 'instant' } }, /channels/],
        [{ response: { channels: ['email'], frequency: 'hourly' } }, /frequency/],
        [{ response: { channels: [], frequency: 'instant' } }, /at least one channel/],
        [
          { match: { channels: ['email'], frequency: 'daily' } },
          /client accounts do not receive match/,
        ],
        [{ response: { channels: ['email'], frequency: 'daily', extra: 1 } }, /extra/],
        [{ timeZone: 'Mars/Olympus' }, /timeZone/],
        [{ locale: 'de' }, /locale/],
        [{ kind: 'response' }, /kind/],
        [[{ response: { channels: ['email'], frequency: 'daily' } }], /JSON object/],
      ];
      for (const [body, message] of cases) {
        const res = await api.http
          .put('/api/v1/me/notification-preferences')
          .set(client.auth)
          .send(body as object);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.code).toBe('validation_failed');
        expect(JSON.stringify(res.body.message)).toMatch(message);
      }
      const mixed = await api.http
        .put('/api/v1/me/notification-preferences')
        .set(client.auth)
        .send({
          response: { channels: [], frequency: 'instant' },
          match: { channels: ['email'], frequency: 'daily' },
          timeZone: 'Mars/Olympus',
        });
      expect(
        (mixed.body.fields as { field: string; code: string }[]).map(({ field, code }) => ({
          field,
          code,
        })),
      ).toEqual(
        expect.arrayContaining([
          { field: 'response.channels', code: 'channel_required' },
          { field: 'match', code: 'not_for_account_type' },
          { field: 'timeZone', code: 'invalid_time_zone' },
        ]),
      );
      expect(
        await snapshot(pool, ['notification_preferences', 'notification_preference_changes']),
      ).toBe(before);
    });
  });

  describe('one-click unsubscribe', () => {
    /** Everything an unsubscribe can change for one person. */
    const preferenceState = (userId: string) =>
      Promise.all([
        pool.query(
          `SELECT kind, channels, frequency FROM notification_preferences WHERE user_id = $1 ORDER BY kind`,
          [userId],
        ),
        pool.query(
          `SELECT kind, channels, frequency, source FROM notification_preference_changes WHERE user_id = $1 ORDER BY created_at, id`,
          [userId],
        ),
      ]).then(([a, b]) => JSON.stringify([a.rows, b.rows]));

    it('opening the link only shows a page whose form POSTs; it changes nothing', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const token = api.app.get(UnsubscribeTokensService).sign(interim.id, 'match');
      const before = await preferenceState(interim.id);
      // What a mail scanner or link preview does: follow the link, with or without Accept.
      for (const accept of ['*/*', 'text/html', 'application/json']) {
        const res = await api.http
          .get(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`)
          .set('Accept', accept)
          .set('Accept-Language', 'nl-NL');
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.text).toContain('Afmelden?');
        expect(res.text).toContain(
          `<form method="post" action="/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}">`,
        );
        expect(res.text).toContain('name="List-Unsubscribe" value="One-Click"');
      }
      expect(await preferenceState(interim.id)).toBe(before);
      const prefs = await api.http.get('/api/v1/me/notification-preferences').set(interim.auth);
      expect(prefs.body.match.channels).toContain('email');
    });

    it('the page’s POST turns off e-mail of one kind, keeps in-app, and logs where it came from', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const token = api.app.get(UnsubscribeTokensService).sign(interim.id, 'match');
      // What the browser sends when the person presses the page's button.
      const page = await api.http
        .post(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`)
        .type('form')
        .set('Accept', 'text/html')
        .set('Accept-Language', 'nl-NL')
        .send('List-Unsubscribe=One-Click');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('Afgemeld');
      const prefs = await api.http.get('/api/v1/me/notification-preferences').set(interim.auth);
      expect(prefs.body.match).toEqual({ channels: ['in_app'], frequency: 'daily' });
      expect(prefs.body.response.channels).toContain('email');
      const { rows } = await pool.query(
        `SELECT source FROM notification_preference_changes WHERE user_id = $1`,
        [interim.id],
      );
      expect(rows).toEqual([{ source: 'unsubscribe_link' }]);
    });

    it('accepts the RFC 8058 one-click POST from mail clients, only on this route', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const token = encodeURIComponent(
        api.app.get(UnsubscribeTokensService).sign(interim.id, 'response'),
      );
      const res = await api.http
        .post(`/api/v1/notifications/unsubscribe?token=${token}`)
        .type('form')
        .send('List-Unsubscribe=One-Click');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        kind: 'response',
        email: 'off',
        preference: { channels: ['in_app'], frequency: 'instant' },
      });
      const elsewhere = await api.http
        .post('/api/v1/notifications/read-all')
        .set(interim.auth)
        .type('form')
        .send('a=1');
      expect(elsewhere.status).toBe(415);
    });

    it('answers 404 to a forged or altered token, on GET and POST, and changes nothing', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const token = api.app.get(UnsubscribeTokensService).sign(interim.id, 'match');
      const before = await preferenceState(interim.id);
      for (const bad of [token.replace('.match.', '.review.'), `${token}x`, 'nonsense']) {
        const url = `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(bad)}`;
        expect((await api.http.get(url)).status).toBe(404);
        expect(
          (await api.http.post(url).type('form').send('List-Unsubscribe=One-Click')).status,
        ).toBe(404);
      }
      expect((await api.http.get('/api/v1/notifications/unsubscribe')).status).toBe(400);
      expect((await api.http.post('/api/v1/notifications/unsubscribe')).status).toBe(400);
      expect(await preferenceState(interim.id)).toBe(before);
    });
  });

  describe('the development mailbox', () => {
    it('shows a signed-in person their own mail, and platform admins all of it', async () => {
      const a = await quickUser(api, pool, 'interim');
      const b = await quickUser(api, pool, 'interim');
      for (const u of [a, b]) {
        await pool.query(
          `INSERT INTO mailbox_messages (to_address, subject, text, idempotency_key) VALUES ($1, 'Hello', 'Body', gen_random_uuid()::text)`,
          [u.email],
        );
      }
      expect((await api.http.get('/api/v1/dev/mailbox')).status).toBe(401);
      const own = await api.http.get('/api/v1/dev/mailbox').set(a.auth);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        total: 1,
        items: [{ to: a.email, subject: 'Hello', text: 'Body' }],
      });
      const admin = await platformAdmin(api, pool);
      const all = await api.http.get('/api/v1/dev/mailbox?pageSize=100').set(admin.auth);
      const addresses = all.body.items.map((m: { to: string }) => m.to);
      expect(all.body.total).toBeGreaterThanOrEqual(2);
      expect(addresses).toEqual(expect.arrayContaining([a.email, b.email]));
    });

    // Unset: a server started without NODE_ENV must not expose everyone's mail.
    it.each([['production'], [undefined]])(
      'does not exist with NODE_ENV=%s, for anyone',
      async (nodeEnv) => {
        if (nodeEnv) process.env.NODE_ENV = nodeEnv;
        else delete process.env.NODE_ENV;
        let other: ApiHarness | undefined;
        try {
          other = await startApi();
          const user = await quickUser(other, pool, 'interim');
          for (const headers of [{}, user.auth]) {
            const res = await other.http.get('/api/v1/dev/mailbox').set(headers);
            expect(res.status).toBe(404);
          }
        } finally {
          process.env.NODE_ENV = saved.NODE_ENV;
          await other?.close();
        }
      },
    );
  });

  describe('the live stream (server-sent events)', () => {
    let second: ApiHarness;
    let urlA: string;
    let person: TestUser;
    const clients: SseClient[] = [];

    beforeAll(async () => {
      urlA = await listen(api.app);
      second = await startApi();
      person = await quickUser(api, pool, 'interim', 'streamer');
    });
    afterAll(async () => {
      for (const c of clients) c.close();
      await second?.close();
    });

    async function open(headers: Record<string, string>, query = ''): Promise<SseClient> {
      const client = await SseClient.open(urlA, `/api/v1/notifications/stream${query}`, headers);
      clients.push(client);
      return client;
    }

    it('refuses a stream without credentials, with the usual error shape', async () => {
      const res = await api.http.get('/api/v1/notifications/stream');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({
        statusCode: 401,
        error: 'Unauthorized',
        code: 'unauthenticated',
      });
      expect((await api.http.get('/api/v1/notifications/stream?token=forged.token')).status).toBe(
        401,
      );
    });

    it('accepts a one-time stream token for EventSource, which cannot send headers', async () => {
      const issued = await api.http.post('/api/v1/notifications/stream-token').set(person.auth);
      expect(issued.status).toBe(201);
      expect(issued.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
      const client = await open({}, `?token=${encodeURIComponent(issued.body.token)}`);
      expect(client.status).toBe(200);
      expect(client.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(client.headers['cache-control']).toBe('no-store');
      // The security headers of every other response apply to the stream too.
      expect(client.headers['x-content-type-options']).toBe('nosniff');
      await client.next((e) => e.event === 'ready');
      client.close();
      // Used once: a second stream with the same token is refused.
      const reuse = await api.http.get(
        `/api/v1/notifications/stream?token=${encodeURIComponent(issued.body.token)}`,
      );
      expect(reuse.status).toBe(401);
      expect(reuse.body.code).toBe('stream_token_used');
    });

    it('delivers a notification written by another process within a second, and read changes from a third', async () => {
      const client = await open(person.auth);
      const ready = await client.next((e) => e.event === 'ready');
      expect(JSON.parse(ready.data)).toEqual({ unread: 0 });

      // "Another process": the second API instance publishes, as a worker would.
      const id = await seedNotification(pool, person.id, {
        params: {
          assignmentTitle: 'Kwartiermaker',
          organisationName: 'Rijkswaterstaat',
          score: 90,
        },
      });
      const started = Date.now();
      await second.app
        .get(NotificationPublisherService)
        .created([{ recipientId: person.id, notificationId: id }]);
      const event = await client.next((e) => e.event === 'notification', 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(event.id).toBe(id);
      expect(JSON.parse(event.data)).toMatchObject({
        id,
        title: 'New assignment that fits you: Kwartiermaker',
      });

      // Marking it read on the other instance updates this stream's badge.
      const read = await second.http.post(`/api/v1/notifications/${id}/read`).set(person.auth);
      expect(read.status).toBe(200);
      const unread = await client.next((e) => e.event === 'unread', 1000);
      expect(JSON.parse(unread.data)).toEqual({ unread: 0 });

      // Someone else's notification never reaches this stream.
      const stranger = await quickUser(api, pool, 'interim');
      const theirs = await seedNotification(pool, stranger.id);
      await second.app
        .get(NotificationPublisherService)
        .created([{ recipientId: stranger.id, notificationId: theirs }]);
      await new Promise((r) => setTimeout(r, 300));
      expect(client.events.filter((e) => e.event === 'notification').map((e) => e.id)).toEqual([
        id,
      ]);
      client.close();
    });

    it('sends heartbeats, replays what a reconnecting client missed, and cleans up on disconnect', async () => {
      const hub = api.app.get(NotificationStreamHub);
      const deadline = Date.now() + 3000;
      // The previous scenario's stream is gone once its close was noticed.
      while (hub.listenerCount(person.id) > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const missed = await seedNotification(pool, person.id);
      const since = await seedNotification(pool, person.id, {
        createdAt: new Date(Date.now() + 1000),
      });
      const client = await open({ ...person.auth, 'Last-Event-ID': missed });
      await client.next((e) => e.event === 'ready');
      expect(client.events.filter((e) => e.event === 'notification').map((e) => e.id)).toEqual([
        since,
      ]);
      await new Promise((r) => setTimeout(r, 1300));
      expect(client.comments).toBeGreaterThanOrEqual(1);

      expect(hub.listenerCount(person.id)).toBe(1);
      client.close();
      const redis = new Redis(process.env.REDIS_URL as string);
      try {
        const closing = Date.now() + 3000;
        while (hub.listenerCount(person.id) > 0 && Date.now() < closing)
          await new Promise((r) => setTimeout(r, 50));
        expect(hub.listenerCount(person.id)).toBe(0);
        // No stream left in this process: it no longer listens at all.
        const channel = `${process.env.QUEUE_PREFIX}:notify:stream`;
        await new Promise((r) => setTimeout(r, 100));
        expect(await redis.pubsub('NUMSUB', channel)).toEqual([channel, 0]);
      } finally {
        await redis.quit();
      }
    });
  });
});
