import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Test, TestingModule } from '@nestjs/testing';
import { Pool } from 'pg';
import {
  ConfigModule,
  DatabaseModule,
  MetricsModule,
  OutboxModule,
  OutboxRelay,
  QueueModule,
  buildDataSourceOptions,
} from '@gilde/kernel';
import { SEARCH_ENGINE, SearchEngine } from '@gilde/search';
import { DataSource } from 'typeorm';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { ApiHarness, TestUser, startApi } from '@gilde/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { API, createPublished, quickTenant, transition } from '../e2e/assignments.fixtures';
import { quickUser, validProfile } from '../e2e/profiles.fixtures';
import {
  createScratchDatabase,
  eventually,
  freePort,
  ScratchDatabase,
} from './support/scratch-database';

/**
 * The index converges to PostgreSQL after the sync was interrupted: changes made while the worker
 * was stopped, and while the relay could only reach a dead Redis, all arrive once it is back.
 */
describe('search index sync through the outbox', () => {
  let scratch: ScratchDatabase;
  let api: ApiHarness;
  let pool: Pool;
  let engine: SearchEngine;
  const saved = { ...process.env };

  async function bootWorker(): Promise<TestingModule> {
    const worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await worker.init();
    return worker;
  }

  async function putProfile(
    user: TestUser,
    overrides: Record<string, unknown> = {},
  ): Promise<void> {
    const res = await api.http
      .put(`${API}/interims/me/profile`)
      .set(user.auth)
      .send(validProfile(overrides));
    if (res.status !== 200) throw new Error(`profile: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Entities this test owns: the comparison ignores whatever else the database holds. */
  const owned = { interims: [] as string[], organisationId: '' };

  /** What the index must hold of them: visible profiles of live accounts, published assignments. */
  async function projection(): Promise<{
    profiles: Map<string, number>;
    assignments: Map<string, number>;
  }> {
    const profiles = await pool.query<{ id: string; version: number }>(
      `SELECT p.user_id AS id, p.version FROM interim_profiles p JOIN users u ON u.id = p.user_id
        WHERE p.visibility <> 'hidden' AND u.erased_at IS NULL AND p.user_id = ANY($1::uuid[])`,
      [owned.interims],
    );
    const assignments = await pool.query<{ id: string; version: number }>(
      `SELECT id, version FROM assignments WHERE status = 'published' AND organisation_id = $1`,
      [owned.organisationId],
    );
    return {
      profiles: new Map(profiles.rows.map((r) => [r.id, r.version])),
      assignments: new Map(assignments.rows.map((r) => [r.id, r.version])),
    };
  }

  async function indexEqualsDatabase(): Promise<boolean> {
    const expected = await projection();
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM assignments WHERE organisation_id = $1`,
      [owned.organisationId],
    );
    const ourAssignments = new Set(rows.map((r) => r.id));
    const ours = async (kind: 'profiles' | 'assignments', keep: (id: string) => boolean) =>
      new Map([...(await engine.indexedVersions(kind))].filter(([id]) => keep(id)));
    const profiles = await ours('profiles', (id) => owned.interims.includes(id));
    const assignments = await ours('assignments', (id) => ourAssignments.has(id));
    const same = (a: Map<string, number>, b: Map<string, number>) =>
      a.size === b.size && [...a].every(([id, v]) => b.get(id) === v);
    return same(expected.profiles, profiles) && same(expected.assignments, assignments);
  }

  beforeAll(async () => {
    // A fresh database of its own: the relay must see this file's events only.
    scratch = await createScratchDatabase('search_sync');
    process.env.DATABASE_URL = scratch.url;
    process.env.QUEUE_PREFIX = `${saved.QUEUE_PREFIX}-search-sync`;
    process.env.SHUTDOWN_TIMEOUT_MS = '1500';
    const ds = new DataSource(buildDataSourceOptions(scratch.config, { poolMax: 2 }));
    await ds.initialize();
    await ensureTaxonomyImported(ds);
    await ds.destroy();
    pool = new Pool({ connectionString: scratch.url, max: 3 });
    api = await startApi();
    engine = api.app.get<SearchEngine>(SEARCH_ENGINE);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await pool?.end();
    process.env = saved;
    await scratch?.drop();
  });

  it('converges after the worker was stopped and the relay pointed at a dead Redis', async () => {
    const tenant = await quickTenant(api, pool);
    const interims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => quickUser(api, pool, 'interim', `sync${i}`)),
    );
    owned.interims = interims.map((u) => u.id);
    owned.organisationId = tenant.id;

    // 1. Running normally.
    let worker = await bootWorker();
    for (const user of interims.slice(0, 4)) await putProfile(user);
    const first = await createPublished(api, tenant.hiringManager, tenant.id);
    const second = await createPublished(api, tenant.hiringManager, tenant.id, {
      title: 'Interim COO',
    });
    await eventually(indexEqualsDatabase, 'the index to follow the database', 20_000);
    expect((await projection()).profiles.size).toBe(4);

    // 2. The worker is stopped: changes pile up in the outbox.
    await worker.close();
    for (const user of interims.slice(4, 6)) await putProfile(user);
    await putProfile(interims[0], { headline: 'Changed while the worker was down' });
    await putProfile(interims[1], { visibility: 'hidden' });
    expect((await api.http.delete(`${API}/interims/me`).set(interims[2].auth)).status).toBeLessThan(
      300,
    );
    await transition(api, tenant.hiringManager, `/assignments/${first.id}/close`);
    const third = await createPublished(api, tenant.hiringManager, tenant.id, {
      title: 'Interim CIO',
    });
    expect(await indexEqualsDatabase()).toBe(false);

    // 3. The outbox relay against a dead Redis: it cannot enqueue, the events stay pending.
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
    const relayOnly = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, MetricsModule, QueueModule, OutboxModule],
    }).compile();
    await relayOnly.init();
    for (const user of interims.slice(6, 8)) await putProfile(user);
    await putProfile(interims[3], { headline: 'Changed while Redis was down' });
    expect(await relayOnly.get(OutboxRelay).relayBatch()).toBe(0);
    const { rows: failed } = await pool.query(
      `SELECT count(*)::int AS n FROM outbox_events
        WHERE dispatched_at IS NULL AND attempts > 0 AND aggregate_id = ANY($1::uuid[])`,
      [owned.interims],
    );
    expect(failed[0].n).toBeGreaterThan(0);
    await relayOnly.close();
    process.env.REDIS_URL = saved.REDIS_URL;
    expect(await indexEqualsDatabase()).toBe(false);

    // 4. Back to normal: everything arrives, nothing is missing, nothing stale stays.
    worker = await bootWorker();
    try {
      await eventually(indexEqualsDatabase, 'the index to converge', 60_000, 200);
      const expected = await projection();
      expect(expected.profiles.size).toBe(6); // 8 written, one hidden, one erased
      expect([...expected.assignments.keys()].sort()).toEqual([second.id, third.id].sort());
      const { rows: pending } = await pool.query(
        `SELECT count(*)::int AS n FROM outbox_events
          WHERE dispatched_at IS NULL AND (aggregate_id = ANY($1::uuid[]) OR tenant_id = $2)`,
        [owned.interims, owned.organisationId],
      );
      expect(pending[0].n).toBe(0);
      const changed = await engine.searchProfiles({ text: 'changed', offset: 0, limit: 100 });
      expect(changed.ids.filter((id) => owned.interims.includes(id)).sort()).toEqual(
        [interims[0].id, interims[3].id].sort(),
      );
    } finally {
      await worker.close();
    }
  }, 120_000);
});
