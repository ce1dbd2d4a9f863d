import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { ApiHarness, TestUser } from '@gilde/testing';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import { API, Tenant, createPublished, quickTenant, respond } from './assignments.fixtures';
import { quickUser, validProfile } from './profiles.fixtures';

/** Where, in every table of the public schema, a row's text holds `needle` (any column type). */
async function grepTables(pool: Pool, needle: string): Promise<Record<string, number>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const hits: Record<string, number> = {};
  for (const { name } of tables) {
    // The row as text includes every column: text, json/jsonb, arrays, tsvector lexemes.
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${name} x WHERE strpos(lower(x::text), $1) > 0`,
      [needle],
    );
    if (rows[0].n > 0) hits[name] = rows[0].n;
  }
  return hits;
}

/** Every key of the Redis database whose name or value holds `needle`. */
async function grepRedis(redis: Redis, needle: string): Promise<string[]> {
  const hits: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      if (key.toLowerCase().includes(needle)) {
        hits.push(key);
        continue;
      }
      const type = await redis.type(key);
      let values: unknown;
      if (type === 'string') values = await redis.get(key);
      else if (type === 'hash') values = await redis.hgetall(key);
      else if (type === 'list') values = await redis.lrange(key, 0, -1);
      else if (type === 'set') values = await redis.smembers(key);
      else if (type === 'zset') values = await redis.zrange(key, 0, -1);
      else if (type === 'stream') values = await redis.xrange(key, '-', '+');
      if (
        JSON.stringify(values ?? null)
          .toLowerCase()
          .includes(needle)
      )
        hits.push(`${type} ${key}`);
    }
  } while (cursor !== '0');
  return hits;
}

/**
 * Erasure leaves nothing behind, anywhere: an interim manager whose every free text carries a
 * unique canary is indexed, matched, notified and responds through the running worker; after
 * the erasure has been processed by every consumer, no table of the database (every column,
 * the search index and its word list included) and no Redis key or value (queued, completed
 * and failed jobs included) holds the canary. What the law keeps (contracts) is not made here;
 * the consent logs and the audit trail hold ids only, so the canary never reaches them. The same
 * holds for the client user who posted the assignment and heard of the response.
 */
describe('GDPR erasure: the canary is nowhere', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let redis: Redis;
  let tenant: Tenant;
  let interim: TestUser;
  let client: TestUser;
  let assignmentId: string;
  const canary = `zqcanary${randomBytes(6).toString('hex')}`;
  const clientCanary = `zqclient${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    marketplace = await startScratchMarketplace('gdpr_canary', { worker: true });
    ({ api, pool } = marketplace);
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
      maxRetriesPerRequest: 1,
    });
    tenant = await quickTenant(api, pool);
    interim = await quickUser(api, pool, 'interim', canary); // name and e-mail address
    const profile = await api.http
      .put(`${API}/interims/me/profile`)
      .set(interim.auth)
      .send(
        validProfile({
          headline: `Interim CFO ${canary} turnarounds`,
          summary: `Summary of ${canary}`,
          skills: [
            { name: 'manage budgets', level: 5, years: 18 },
            { name: 'lead a team', level: 5, years: 15 },
            { name: `${canary}methode`, level: 4, years: 6 },
          ],
          location: { city: `${canary}dorp`, country: 'NL' },
          credentials: [{ type: 'RQIM', number: `RQIM-${canary}`, validUntil: '2030-01-01' }],
          preferences: { notify: 'instant', sectors: [] },
          visibility: 'clients',
        }),
      );
    expect(profile.status).toBe(200);
    await eventually(
      async () =>
        (await pool.query(`SELECT 1 FROM search_profiles WHERE interim_id = $1`, [interim.id]))
          .rowCount,
      'the profile to be indexed',
      20_000,
    );
    // The hiring manager who posts (and hears of the response) is a client user with a canary.
    client = await quickUser(api, pool, 'client', clientCanary); // name and e-mail address
    await pool.query(
      `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
      [tenant.id, client.id, ['hiring_manager']],
    );
    assignmentId = (await createPublished(api, client, tenant.id)).id;
    await eventually(
      async () =>
        (await pool.query(`SELECT 1 FROM notifications WHERE recipient_id = $1`, [interim.id]))
          .rowCount,
      'the interim to be matched and notified',
      30_000,
    );
    const response = await respond(api, interim, assignmentId, {
      motivation: `My motivation: ${canary}`,
    });
    await eventually(
      async () =>
        (
          await pool.query(
            `SELECT 1 FROM notifications WHERE subject_type = 'response' AND subject_id = $1`,
            [response.id],
          )
        ).rowCount,
      'the hiring manager to hear of the response',
      20_000,
    );
  }, 180_000);

  afterAll(async () => {
    redis?.disconnect();
    await marketplace?.close();
  });

  it('is everywhere before the erasure: in the profile, the index and its word list', async () => {
    const hits = await grepTables(pool, canary);
    expect(hits).toEqual(
      expect.objectContaining({
        users: 1,
        interim_profiles: 1,
        profile_skills: 1,
        credentials: 1,
        responses: 1,
        search_profiles: 1,
        search_terms: expect.any(Number),
      }),
    );
    expect(await grepTables(pool, clientCanary)).toEqual(expect.objectContaining({ users: 1 }));
  });

  it('is nowhere in the database or Redis once every consumer processed the erasure', async () => {
    expect((await api.http.delete(`${API}/interims/me`).set(interim.auth)).status).toBe(204);
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM outbox_events WHERE event_type = 'profile.erased' AND aggregate_id = $1`,
      [interim.id],
    );
    await eventually(
      async () =>
        (await pool.query(`SELECT 1 FROM processed_events WHERE event_id = $1`, [rows[0].id]))
          .rowCount === 4,
      'search, audit, matching and notifications to process the erasure',
      30_000,
    );
    // The withdrawal of the open response and its notifications are processed too.
    await eventually(
      async () =>
        (
          await pool.query(
            `SELECT 1 FROM outbox_events e WHERE e.dispatched_at IS NULL OR NOT EXISTS (
               SELECT 1 FROM processed_events p WHERE p.event_id = e.id)`,
          )
        ).rowCount === 0,
      'every event to be processed',
      30_000,
    );
    expect(await grepTables(pool, canary)).toEqual({});
    expect(await grepRedis(redis, canary)).toEqual([]);
  }, 90_000);

  it("is nowhere once a client user's erasure was processed, while their posting stays", async () => {
    expect((await api.http.delete(`${API}/me`).set(client.auth)).status).toBe(204);
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM outbox_events WHERE event_type = 'account.erased' AND aggregate_id = $1`,
      [client.id],
    );
    await eventually(
      async () =>
        (await pool.query(`SELECT 1 FROM processed_events WHERE event_id = $1`, [rows[0].id]))
          .rowCount === 1,
      'notifications to process the erasure',
      30_000,
    );
    await eventually(
      async () =>
        (
          await pool.query(
            `SELECT 1 FROM outbox_events e WHERE e.dispatched_at IS NULL OR NOT EXISTS (
               SELECT 1 FROM processed_events p WHERE p.event_id = e.id)`,
          )
        ).rowCount === 0,
      'every event to be processed',
      30_000,
    );
    expect(await grepTables(pool, clientCanary)).toEqual({});
    expect(await grepRedis(redis, clientCanary)).toEqual([]);
    const { rows: kept } = await pool.query(`SELECT created_by FROM assignments WHERE id = $1`, [
      assignmentId,
    ]);
    expect(kept).toEqual([{ created_by: client.id }]);
  }, 90_000);
});
