import { DataSource } from 'typeorm';
import { sql as typedSql } from '@gilde/kernel';
import { ASSIGNMENT_KIND_LABELS, SECTOR_LABELS } from '@gilde/taxonomy';
import { RATE_BAND_EUROS } from '../search-documents';
import { MIN_COMPOUND_LENGTH } from '../analysis/decompounder';
import type { TextAnalyzer } from '../analysis/text-analyzer';
import type { RebuildResult } from '../search-engine';
import { MIN_TYPO_WORD_LENGTH } from '../search-text';
import { analysedText, documentVector } from './document-vector';

/** Profiles per statement: large batches keep PostgreSQL busy and round trips few. */
const BATCH = 20_000;

/** Folding as search-text.ts does it: lower case, accents off, only letters and digits. */
const fold = (sql: string) => `regexp_replace(lower(unaccent(${sql})), '[^[:alnum:]]+', ' ', 'g')`;

const HALF = '80000000-0000-0000-0000-000000000000';

/**
 * The analysed, stemmed vector of a folded text; $9 is the word-to-parts map. Both steps name
 * their input several times, so each is computed once behind OFFSET 0 (which keeps the planner
 * from pulling the subquery up and repeating the expression).
 */
const vectorOf = (folded: string) =>
  `(SELECT ${documentVector('a.t')} FROM (SELECT ${analysedText('f.t', '$9::jsonb')} AS t
      FROM (SELECT ${folded} AS t OFFSET 0) f OFFSET 0) a)`;

/**
 * The compound parts of every word the projection will meet (headlines, free-text skills, skill,
 * sector and kind labels), split in TypeScript by the same analyzer as the per-document writes:
 * the statements join words to this map instead of splitting them in SQL.
 */
async function compoundParts(
  dataSource: DataSource,
  analyzer: TextAnalyzer,
  labels: string,
): Promise<Record<string, string>> {
  // raw SQL: a distinct-word scan with unaccent and regexp_split_to_table, no typed form
  const rows = await dataSource.query<{ w: string }[]>(
    `SELECT DISTINCT w FROM (
            SELECT DISTINCT headline AS t FROM interim_profiles WHERE visibility <> 'hidden'
            UNION SELECT DISTINCT name FROM profile_skills WHERE skill_id IS NULL
            UNION SELECT label_en || ' ' || coalesce(label_nl, '') FROM skills
            UNION SELECT value FROM jsonb_each_text($1::jsonb)) x,
            regexp_split_to_table(${fold('x.t')}, ' ') AS w
      WHERE length(w) >= $2`,
    [labels, MIN_COMPOUND_LENGTH],
  );
  return analyzer.partsMap(rows.map((r) => r.w));
}

/** Sector and kind codes → their English and Dutch labels, for the C-weighted part. */
function catalogueLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, l] of Object.entries({ ...SECTOR_LABELS, ...ASSIGNMENT_KIND_LABELS })) {
    out[code] = `${l.en} ${l.nl}`;
  }
  return out;
}

/**
 * The PostgreSQL engine lives beside the profile tables, so a full rebuild projects them in SQL,
 * set-based, into fresh tables without indexes; builds the indexes once; and swaps the tables in
 * one short transaction. Searches read the old tables until the swap. The projection is the same
 * as SearchDocumentSource's (a test compares the two row by row).
 */
export async function rebuildProfileTables(
  dataSource: DataSource,
  today: string,
  analyzer: TextAnalyzer,
): Promise<RebuildResult & { startedAt: Date }> {
  const started = performance.now();
  // raw SQL: DDL of the rebuild's table swap
  const [{ now: startedAt }] = await dataSource.query<{ now: Date }[]>(`SELECT now() AS now`);
  // raw SQL: DDL of the rebuild's table swap
  await dataSource.query(`DROP TABLE IF EXISTS search_profiles_next, search_profile_skills_next`);
  // raw SQL: DDL of the rebuild's table swap
  await dataSource.query(
    `CREATE TABLE search_profiles_next (LIKE search_profiles INCLUDING DEFAULTS)`,
  );
  // raw SQL: DDL of the rebuild's table swap
  await dataSource.query(
    `CREATE TABLE search_profile_skills_next (LIKE search_profile_skills INCLUDING DEFAULTS)`,
  );
  const labels = JSON.stringify(catalogueLabels());
  // The sector and kind labels are the same few words for every profile: they join the
  // typo-correction word list once, not once per batch.
  // raw SQL: a set-based INSERT … SELECT over regexp_split_to_table and unaccent
  await dataSource.query(
    `INSERT INTO search_terms (term)
     SELECT DISTINCT w FROM jsonb_each_text($1::jsonb) AS l,
            regexp_split_to_table(${fold('l.value')}, ' ') AS w
      WHERE length(w) BETWEEN $2 AND 40
      ORDER BY w
     ON CONFLICT DO NOTHING`,
    [labels, MIN_TYPO_WORD_LENGTH],
  );
  const parts = JSON.stringify(await compoundParts(dataSource, analyzer, labels));
  // Two halves of the id space at once: the work is CPU-bound, one statement uses one core.
  const halves: [string | null, string | null][] = [
    [null, HALF],
    [HALF, null],
  ];
  const counts = await Promise.all(
    halves.map(([from, to]) => projectRange(dataSource, from, to, today, labels, parts)),
  );
  const documents = counts.reduce((a, b) => a + b, 0);
  // Indexes are built once, on full tables: much cheaper than maintaining them row by row. Each
  // statement has its own short transaction, so no lock waits for another statement's commit. The
  // profile table is analysed first (ANALYZE cannot run beside CREATE INDEX on the same table),
  // while the skill table is indexed; then the profile indexes are built side by side.
  // A rebuild is maintenance, not a request: the requests' statement timeout does not bound it
  // (at a million profiles one index takes longer than that).
  const run = (sql: string) =>
    dataSource.transaction(async (m) => {
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL statement_timeout = 0`);
      // raw SQL: one of the CREATE INDEX and ANALYZE statements of this rebuild (DDL)
      await m.query(sql);
    });
  const chain = async (statements: string[]) => {
    for (const sql of statements) await run(sql);
  };
  const profileIndexes = async () => {
    await run(`ANALYZE search_profiles_next`);
    await Promise.all([
      run(
        `CREATE INDEX search_profiles_next_document_idx ON search_profiles_next USING gin (document)`,
      ),
      chain([
        `CREATE UNIQUE INDEX search_profiles_next_pkey ON search_profiles_next (interim_id)`,
        `CREATE INDEX search_profiles_next_skill_ids_idx ON search_profiles_next USING gin (skill_ids)`,
        `CREATE INDEX search_profiles_next_order_idx ON search_profiles_next (available_from ASC NULLS FIRST, interim_id)`,
        `CREATE INDEX search_profiles_next_sectors_idx ON search_profiles_next USING gin (sectors)`,
        `CREATE INDEX search_profiles_next_kinds_idx ON search_profiles_next USING gin (assignment_kinds)`,
      ]),
    ]);
  };
  await Promise.all([
    profileIndexes(),
    chain([
      `CREATE INDEX search_profile_skills_next_rank_idx ON search_profile_skills_next (skill_id, strength DESC, interim_id)`,
      `CREATE INDEX search_profile_skills_next_interim_idx ON search_profile_skills_next (interim_id)`,
      `ANALYZE search_profile_skills_next`,
    ]),
  ]);
  // The unique index built above becomes the primary key without another scan.
  await run(
    `ALTER TABLE search_profiles_next ADD CONSTRAINT search_profiles_next_pkey PRIMARY KEY USING INDEX search_profiles_next_pkey`,
  );
  await dataSource.transaction(async (m) => {
    // raw SQL: DDL of the rebuild's table swap
    await m.query(`LOCK TABLE search_profiles, search_profile_skills IN ACCESS EXCLUSIVE MODE`);
    // raw SQL: DDL of the rebuild's table swap
    await m.query(`DROP TABLE search_profile_skills`);
    // raw SQL: DDL of the rebuild's table swap
    await m.query(`DROP TABLE search_profiles`);
    // raw SQL: DDL of the rebuild's table swap
    await m.query(`ALTER TABLE search_profiles_next RENAME TO search_profiles`);
    // raw SQL: DDL of the rebuild's table swap
    await m.query(`ALTER TABLE search_profile_skills_next RENAME TO search_profile_skills`);
    for (const [from, to] of [
      ['search_profiles_next_pkey', 'search_profiles_pkey'],
      ['search_profiles_next_document_idx', 'search_profiles_document_idx'],
      ['search_profiles_next_skill_ids_idx', 'search_profiles_skill_ids_idx'],
      ['search_profiles_next_order_idx', 'search_profiles_order_idx'],
      ['search_profiles_next_sectors_idx', 'search_profiles_sectors_idx'],
      ['search_profiles_next_kinds_idx', 'search_profiles_kinds_idx'],
      ['search_profile_skills_next_rank_idx', 'search_profile_skills_rank_idx'],
      ['search_profile_skills_next_interim_idx', 'search_profile_skills_interim_idx'],
    ]) {
      // raw SQL: DDL of the rebuild's table swap
      await m.query(`ALTER INDEX ${from} RENAME TO ${to}`);
    }
  });
  return { documents, durationMs: Math.round(performance.now() - started), startedAt };
}

/** Projects the profiles with ids in [from, to) in batches; returns how many it wrote. */
async function projectRange(
  dataSource: DataSource,
  from: string | null,
  to: string | null,
  today: string,
  labels: string,
  parts: string,
): Promise<number> {
  let after: string | null = null;
  let documents = 0;
  for (;;) {
    const rows = await dataSource.transaction(async (m) => {
      // The planner overestimates this statement by orders of magnitude, so JIT would compile it
      // (about a second per batch, longer than the work); sorts of a batch fit in memory; a lost
      // batch after a crash only means running the rebuild again.
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL jit = off`);
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL work_mem = '64MB'`);
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL synchronous_commit = off`);
      // raw SQL: a setting for this transaction only (SET LOCAL)
      await m.query(`SET LOCAL statement_timeout = 0`);
      // raw SQL: the set-based projection of a batch of profiles (to_tsvector, unaccent, jsonb aggregates); only the batch's count and last id come back
      return m.query<{ last: string | null; n: number }[]>(
        `WITH batch AS MATERIALIZED (
         -- every profile has its user row, so "no erased user" reads the profiles in id order
         -- and stops at the batch size, instead of hashing all users for every batch
         SELECT p.* FROM interim_profiles p
          WHERE p.visibility <> 'hidden'
            AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id AND u.erased_at IS NOT NULL)
            AND ($1::uuid IS NULL OR p.user_id > $1::uuid)
            AND ($7::uuid IS NULL OR p.user_id >= $7::uuid)
            AND ($8::uuid IS NULL OR p.user_id < $8::uuid)
          ORDER BY p.user_id LIMIT $2),
       -- sector and kind labels as vectors, once per statement: a profile's C-weighted part is
       -- their concatenation, the same vector as parsing the joined labels, at a fraction of it
       codes AS MATERIALIZED (
         SELECT key AS code, ${vectorOf(fold('value'))} AS v FROM jsonb_each_text($4::jsonb)),
       -- the batch's id range: with it the planner reads a batch's skills, periods and
       -- credentials by index, instead of hashing each whole table for every batch
       span AS MATERIALIZED (
         SELECT (SELECT user_id FROM batch ORDER BY user_id LIMIT 1) AS lo,
                (SELECT user_id FROM batch ORDER BY user_id DESC LIMIT 1) AS hi),
       sk AS MATERIALIZED (
         SELECT ps.user_id, ps.skill_id, ps.name,
                (round((0.7 * least(greatest(ps.level, 1), 5) / 5.0
                      + 0.3 * least(greatest(ps.years, 0), 15) / 15.0)::numeric, 3))::real AS strength
           FROM profile_skills ps JOIN batch b ON b.user_id = ps.user_id
          WHERE ps.user_id BETWEEN (SELECT lo FROM span) AND (SELECT hi FROM span)),
       -- each skill's labels are folded and parsed once per batch, not once per profile
       lab AS MATERIALIZED (
         SELECT s.id, ${fold(`s.label_en || ' ' || coalesce(s.label_nl, '')`)} AS folded
           FROM skills s WHERE s.id IN (SELECT DISTINCT skill_id FROM sk WHERE skill_id IS NOT NULL)),
       labv AS MATERIALIZED (SELECT id, folded, ${vectorOf('folded')} AS v FROM lab),
       -- free-text skills and headlines repeat across profiles ("Verpleegkundige"): each distinct
       -- text is analysed and parsed once per batch
       freev AS MATERIALIZED (
         SELECT n.name, ${vectorOf(fold('n.name'))} AS v
           FROM (SELECT DISTINCT name FROM sk WHERE skill_id IS NULL) n),
       -- a profile holds a canonical skill once (unique index), so no grouping is needed
       ins_skills AS (
         INSERT INTO search_profile_skills_next (skill_id, interim_id, strength)
         SELECT skill_id, user_id, strength FROM sk WHERE skill_id IS NOT NULL),
       skagg AS (
         SELECT sk.user_id,
                coalesce(array_agg(sk.skill_id) FILTER (WHERE sk.skill_id IS NOT NULL), '{}') AS ids,
                search_tsvector_agg(coalesce(l.v, f.v)) AS vector
           FROM sk LEFT JOIN labv l ON l.id = sk.skill_id
           LEFT JOIN freev f ON sk.skill_id IS NULL AND f.name = sk.name
          GROUP BY sk.user_id),
       av AS (
         SELECT a.user_id, min(a.from_date) AS f, max(a.to_date) AS t
           FROM availability_periods a JOIN batch b ON b.user_id = a.user_id
          WHERE a.to_date >= $3::date
            AND a.user_id BETWEEN (SELECT lo FROM span) AND (SELECT hi FROM span)
          GROUP BY a.user_id),
       cr AS (
         SELECT c.user_id, array_agg(DISTINCT c.type ORDER BY c.type) AS types
           FROM credentials c JOIN batch b ON b.user_id = c.user_id
          WHERE c.status = 'verified' AND c.valid_until >= $3::date
            AND c.user_id BETWEEN (SELECT lo FROM span) AND (SELECT hi FROM span)
          GROUP BY c.user_id),
       doc AS MATERIALIZED (
         SELECT b.*, coalesce(k.ids, '{}') AS skill_ids, coalesce(k.vector, ''::tsvector) AS skill_vector,
                CASE WHEN av.user_id IS NOT NULL THEN av.f ELSE b.available_from END AS first_day,
                av.t AS last_day, coalesce(cr.types, '{}') AS credential_types,
                ${fold('b.headline')} AS folded_headline,
                coalesce((SELECT search_tsvector_agg(c.v ORDER BY u.ord)
                            FROM unnest(b.sectors || b.assignment_kinds) WITH ORDINALITY AS u(code, ord)
                            JOIN codes c ON c.code = u.code), ''::tsvector) AS label_vector
           FROM batch b LEFT JOIN skagg k ON k.user_id = b.user_id
           LEFT JOIN av ON av.user_id = b.user_id LEFT JOIN cr ON cr.user_id = b.user_id),
       heads AS MATERIALIZED (
         SELECT h.t, setweight(${vectorOf('h.t')}, 'A') AS v
           FROM (SELECT DISTINCT folded_headline AS t FROM doc) h),
       ins_terms AS (
         INSERT INTO search_terms (term)
         SELECT DISTINCT w FROM (
                  SELECT folded_headline AS t FROM doc
                  UNION ALL SELECT folded FROM lab
                  UNION ALL SELECT ${fold('name')} FROM sk WHERE skill_id IS NULL) x,
                regexp_split_to_table(x.t, ' ') AS w
          WHERE length(w) BETWEEN $5 AND 40
          ORDER BY w -- the same lock order in both halves: no deadlock on the word list
         ON CONFLICT DO NOTHING),
       ins AS (
         INSERT INTO search_profiles_next (interim_id, version, visibility, skill_ids, sectors,
                assignment_kinds, languages, remote_preference, rate_band, hours_min, hours_max,
                available_from, available_until, credentials, document, indexed_at)
         SELECT d.user_id, d.version, d.visibility, d.skill_ids, d.sectors, d.assignment_kinds,
                d.languages, d.remote_preference, (d.day_rate_min / $6) * $6, d.hours_min, d.hours_max,
                CASE WHEN d.first_day > $3::date THEN d.first_day END, d.last_day, d.credential_types,
                h.v || setweight(d.skill_vector, 'B') ||
                setweight(d.label_vector, 'C') ||
                setweight(to_tsvector('simple', ${fold("coalesce(d.city, '')")}), 'D'),
                clock_timestamp()
           FROM doc d LEFT JOIN heads h ON h.t = d.folded_headline
         RETURNING interim_id)
       SELECT max(interim_id::text) AS last, count(*)::int AS n FROM ins`,
        [after, BATCH, today, labels, MIN_TYPO_WORD_LENGTH, RATE_BAND_EUROS, from, to, parts],
      );
    });
    const { last, n } = rows[0];
    if (!n || !last) break;
    documents += n;
    after = last;
    if (n < BATCH) break;
  }
  return documents;
}

/** Profiles that changed after `since`: written to the old tables while the new ones were built. */
export async function profilesChangedSince(dataSource: DataSource, since: Date): Promise<string[]> {
  const rows = await typedSql(dataSource)
    .selectFrom('interimProfiles')
    .select('userId as id')
    .where('updatedAt', '>=', since)
    .union((db) =>
      db.selectFrom('credentials').select('userId as id').where('updatedAt', '>=', since),
    )
    .union((db) =>
      db
        .selectFrom('users')
        .select('id')
        .where('erasedAt', '>=', since)
        .where('accountType', '=', 'interim'),
    )
    .execute();
  return rows.map((r) => r.id);
}
