import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AssignmentsReader } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import {
  generateInterims,
  loadEscoCatalogue,
  skillIdsByUri,
  writeGeneratedInterims,
} from '@gilde/test-data';
import { ProfilesReader, calendarToday } from '@gilde/profiles';
import { PostgresSearchEngine, SearchDocumentSource, SearchIndexerService } from '@gilde/search';

// This file's own database clone (the environment names it after jest's setup files ran).
process.env.DATABASE_URL = process.env.GILDE_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/**
 * Deletes win in the search index, against the real PostgreSQL engine: the words only a removed
 * profile contributed leave the typo word list; a document read before an erasure cannot be
 * written back after it; the reconciler removes what PostgreSQL no longer has.
 */
describe('search index: deletes win', () => {
  let ds: DataSource;
  let engine: PostgresSearchEngine;
  let indexer: SearchIndexerService;
  let ids: string[];
  const word = () => `zqword${randomBytes(5).toString('hex')}`;

  const terms = async (list: string[]) =>
    (
      await ds.query<{ term: string }[]>(
        `SELECT term FROM search_terms WHERE term = ANY($1) ORDER BY term`,
        [list],
      )
    ).map((r) => r.term);
  const indexed = async () => new Set((await engine.indexedVersions('profiles')).keys());
  const setHeadline = (id: string, headline: string) =>
    ds.query(
      `UPDATE interim_profiles SET headline = $2, version = version + 1 WHERE user_id = $1`,
      [id, headline],
    );
  /** What ErasureService does to the rows the search index reads. */
  const erase = async (id: string) => {
    await ds.query(`DELETE FROM interim_profiles WHERE user_id = $1`, [id]);
    await ds.query(`UPDATE users SET erased_at = now(), email = NULL WHERE id = $1`, [id]);
  };

  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(loadConfig(), { poolMax: 4 }));
    await ds.initialize();
    const generated = generateInterims(loadEscoCatalogue(), 6, {
      seed: Date.now() % 1_000_000_007,
      today: calendarToday(),
    });
    await ds.transaction((m) =>
      skillIdsByUri(m).then((map) => writeGeneratedInterims(m, generated, map)),
    );
    ids = generated.map((g) => g.id);
    await ds.query(`UPDATE interim_profiles SET visibility = 'clients' WHERE user_id = ANY($1)`, [
      ids,
    ]);
    engine = new PostgresSearchEngine(ds);
    indexer = new SearchIndexerService(
      engine,
      new SearchDocumentSource(
        ds,
        new ProfilesReader(ds, new UserDirectory(ds)),
        new AssignmentsReader(ds, new UserDirectory(ds)),
      ),
      ds,
    );
    await indexer.syncProfiles(ids);
  }, 60_000);

  afterAll(async () => {
    await ds?.destroy();
  });

  it('drops from the word list the words only an erased or edited profile held', async () => {
    const [own, shared, replaced] = [word(), word(), word()];
    await setHeadline(ids[0], `Interim ${own} ${shared} ${replaced}`);
    await setHeadline(ids[1], `Interim ${shared}`);
    await indexer.syncProfiles([ids[0], ids[1]]);
    expect(await terms([own, shared, replaced])).toEqual([own, shared, replaced].sort());
    // the typo correction finds the word while a profile holds it
    expect(
      (await engine.searchProfiles({ text: own.slice(0, -1), offset: 0, limit: 5 })).ids,
    ).toEqual([ids[0]]);

    await setHeadline(ids[0], `Interim ${own} ${shared}`);
    await indexer.syncProfiles([ids[0]]);
    expect(await terms([own, shared, replaced])).toEqual([own, shared].sort());

    await erase(ids[0]);
    await indexer.syncProfiles([ids[0]]); // what the profile.erased job does
    expect(await indexed()).not.toContain(ids[0]);
    // the other profile still holds the shared word
    expect(await terms([own, shared, replaced])).toEqual([shared]);
  });

  it('never writes back a document read before the erasure', async () => {
    const id = ids[2];
    const stale = await indexer.projectProfiles([id]); // a job read the profile...
    expect(stale.docs).toHaveLength(1);
    await erase(id); // ...the person erased their account...
    await indexer.syncProfiles([id]); // ...the erasure job removed the document...
    await indexer.applyProfiles(stale); // ...and the first job writes late
    expect(await indexed()).not.toContain(id);
  });

  it('lets the job holding the lock finish before an erasure job reads', async () => {
    const id = ids[3];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockedNow = new Promise<void>((resolve) => (locked = resolve));
    // A profile.updated job: it holds the entity's lock, has read the profile, and is slow to write.
    const slow = ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`search:profile:${id}`]);
      const projection = await indexer.projectProfiles([id], m);
      locked();
      await held;
      await indexer.applyProfiles(projection, m);
    });
    await lockedNow;
    await erase(id);
    const erasureJob = indexer.syncProfiles([id]); // waits for the lock
    await new Promise((r) => setTimeout(r, 200));
    release();
    await Promise.all([slow, erasureJob]);
    expect(await indexed()).not.toContain(id);
  });

  it('reconciles: documents PostgreSQL no longer has are removed, the rest stay', async () => {
    const ghost = randomUUID();
    const hidden = ids[4];
    // A document left behind (a lost job), and one for a profile hidden since.
    await ds.query(
      `INSERT INTO search_profiles (interim_id, version, visibility, skill_ids, sectors,
              assignment_kinds, languages, remote_preference, rate_band, hours_min, hours_max,
              credentials, document, indexed_at)
       VALUES ($1, 1, 'clients', '{}', '{}', '{}', '{}', 'hybrid', 900, 8, 40, '{}',
               to_tsvector('simple', 'ghost'), now())`,
      [ghost],
    );
    await ds.query(`UPDATE interim_profiles SET visibility = 'hidden' WHERE user_id = $1`, [
      hidden,
    ]);
    expect([...(await indexed())]).toEqual(expect.arrayContaining([ghost, hidden, ids[5]]));

    expect(await indexer.reconcile(2)).toEqual({ profiles: 2, assignments: 0 });
    const after = await indexed();
    expect(after).not.toContain(ghost);
    expect(after).not.toContain(hidden);
    expect(after).toContain(ids[5]);
    expect(await indexer.reconcile(2)).toEqual({ profiles: 0, assignments: 0 });
  });
});
