import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { AssignmentsReader } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ProfilesReader, calendarToday } from '@gilde/profiles';
import { PostgresSearchEngine, SearchDocumentSource, SearchIndexerService } from '@gilde/search';
import {
  generateInterims,
  loadEscoCatalogue,
  skillIdsByUri,
  writeGeneratedInterims,
} from '@gilde/test-data';

// This file's own database clone (the environment names it after jest's setup files ran).
process.env.DATABASE_URL = process.env.GILDE_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/**
 * The PostgreSQL engine's set-based rebuild (SQL projection, fresh tables, swap) writes exactly
 * what the per-profile path (TypeScript projection, upsert) writes.
 */
describe('PostgreSQL index rebuild', () => {
  let ds: DataSource;
  let engine: PostgresSearchEngine;
  let indexer: SearchIndexerService;
  let ids: string[];

  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(loadConfig(), { poolMax: 4 }));
    await ds.initialize();
    const generated = generateInterims(loadEscoCatalogue(), 300, {
      // a fresh seed per run: generated ids and e-mail addresses never meet earlier data
      seed: Date.now() % 1_000_000_007,
      today: calendarToday(),
    });
    await ds.transaction((m) =>
      skillIdsByUri(m).then((map) => writeGeneratedInterims(m, generated, map)),
    );
    ids = generated.map((g) => g.id);
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
  }, 60_000);

  afterAll(async () => {
    await ds?.destroy();
  });

  /** Every indexed profile row and skill row, in a comparable form. */
  async function indexRows(): Promise<unknown[]> {
    const profiles = await ds.query(
      `SELECT interim_id, version, visibility, (SELECT array_agg(x ORDER BY x) FROM unnest(skill_ids) x) AS skill_ids,
              sectors, assignment_kinds, languages, remote_preference, rate_band, hours_min, hours_max,
              available_from::text, available_until::text, credentials,
              -- each word with the weights it carries (headline A, skills B, sector and kind
              -- labels C, city D) and how often it occurs
              (SELECT array_agg(lexeme || ':' || array_to_string(weights, '') || ':' || cardinality(positions)
                                ORDER BY lexeme)
                 FROM (SELECT lexeme, positions,
                              ARRAY(SELECT DISTINCT w FROM unnest(weights) w ORDER BY w) AS weights
                         FROM unnest(document)) x) AS lexemes
         FROM search_profiles WHERE interim_id = ANY($1::uuid[]) ORDER BY interim_id`,
      [ids],
    );
    const skills = await ds.query(
      `SELECT skill_id, interim_id, strength FROM search_profile_skills
        WHERE interim_id = ANY($1::uuid[]) ORDER BY interim_id, skill_id`,
      [ids],
    );
    return [profiles, skills];
  }

  /** Index names and definitions: the rebuilt tables must carry exactly the migrated ones. */
  const indexDefinitions = () =>
    ds.query(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE tablename IN ('search_profiles', 'search_profile_skills') ORDER BY indexname`,
    );

  it('builds the same index set-based as profile by profile, and swaps it in', async () => {
    const migrated = await indexDefinitions();
    expect(migrated.length).toBeGreaterThan(0);
    await indexer.syncProfiles(ids);
    const oneByOne = await indexRows();
    const [{ visible, total }] = await ds.query(
      `SELECT count(*) FILTER (WHERE p.user_id = ANY($1::uuid[]))::int AS visible, count(*)::int AS total
         FROM interim_profiles p JOIN users u ON u.id = p.user_id AND u.erased_at IS NULL
        WHERE p.visibility <> 'hidden'`,
      [ids],
    );
    expect((oneByOne[0] as unknown[]).length).toBe(visible);

    await ds.query(`DELETE FROM search_profile_skills`);
    await ds.query(`DELETE FROM search_profiles`);
    const result = await engine.rebuildProfilesFromTables(calendarToday());
    expect(result.documents).toBe(total);
    expect(await indexRows()).toEqual(oneByOne);

    expect(await indexDefinitions()).toEqual(migrated);
  });

  it('catches up with profiles changed while it ran, and can run again', async () => {
    const [target] = await ds.query(
      `SELECT user_id FROM interim_profiles WHERE visibility <> 'hidden' AND user_id = ANY($1::uuid[])
        ORDER BY user_id LIMIT 1`,
      [ids],
    );
    const before = await indexer.rebuild();
    expect(before.profiles.documents).toBeGreaterThan(0);
    const since = new Date(Date.now() - 1000);
    await ds.query(
      `UPDATE interim_profiles SET headline = 'Grondwaterkwartiermaker waterschappen', version = version + 1, updated_at = now()
        WHERE user_id = $1`,
      [target.user_id],
    );
    expect(await engine.profilesChangedSince(since)).toContain(target.user_id);
    await indexer.rebuild();
    const [{ version }] = await ds.query(
      `SELECT version FROM interim_profiles WHERE user_id = $1`,
      [target.user_id],
    );
    expect((await engine.indexedVersions('profiles')).get(target.user_id)).toBe(version);
    const hits = await engine.searchProfiles({
      text: 'grondwaterkwartiermaker',
      offset: 0,
      limit: 50,
    });
    // typo tolerance may also bring in "kwartiermaker" headlines; the changed one ranks first
    expect(hits.ids[0]).toBe(target.user_id);
  });
});
