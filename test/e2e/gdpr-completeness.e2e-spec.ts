import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { testPool } from '@gilde/testing';
import { EXCLUDED_COLUMNS, PERSONAL_DATA_SOURCES } from '@gilde/profiles';

/**
 * Schema-driven completeness of the GDPR export and erasure: every column of
 * the migrated schema that refers to a person must be listed in the personal-data registry,
 * as a source or as an exclusion with its reason. A new table with a user_id, interim_id,
 * recipient_id, *_by or e-mail column fails here until someone decides what happens to it.
 */

/** Column names that, by convention, point at a person. */
const PERSON_COLUMN =
  /^(id_user|user_id|interim_id|subject_user_id|[a-z_]+_user_id|recipient_id|reviewer_id|reviewee_id|author_id|actor_id|owner_id|[a-z_]+_by|email|[a-z_]+_email|to_address)$/;

type Column = { table: string; column: string };
const key = (c: Column) => `${c.table}.${c.column}`;

type Queryable = Pick<Pool, 'query'>;

async function loadColumns(db: Queryable): Promise<Map<string, Set<string>>> {
  const all = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
  );
  const columns = new Map<string, Set<string>>();
  for (const r of all.rows) {
    columns.set(r.table_name, (columns.get(r.table_name) ?? new Set()).add(r.column_name));
  }
  return columns;
}

/** Columns named like a reference to a person, plus every foreign key to users or profiles. */
async function findPersonColumns(db: Queryable): Promise<Column[]> {
  const found = new Map<string, Column>();
  const add = (table: string, column: string) => found.set(`${table}.${column}`, { table, column });
  for (const [table, names] of await loadColumns(db)) {
    for (const column of names) if (PERSON_COLUMN.test(column)) add(table, column);
  }
  const fks = await db.query<{ table_name: string; column_name: string }>(
    `SELECT cl.relname AS table_name, a.attname AS column_name
       FROM pg_constraint c
       JOIN pg_class cl ON cl.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
       JOIN unnest(c.conkey) AS k(attnum) ON true
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'f'
        AND c.confrelid IN ('public.users'::regclass, 'public.interim_profiles'::regclass)`,
  );
  for (const r of fks.rows) add(r.table_name, r.column_name);
  add('users', 'id');
  return [...found.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

function unlisted(personColumns: Column[]): string[] {
  const listed = new Set([...PERSONAL_DATA_SOURCES.map(key), ...EXCLUDED_COLUMNS.map(key)]);
  return personColumns.map(key).filter((k) => !listed.has(k));
}

describe('personal-data registry', () => {
  let pool: Pool;
  let columns: Map<string, Set<string>>;
  let personColumns: Column[];

  beforeAll(async () => {
    pool = testPool();
    columns = await loadColumns(pool);
    personColumns = await findPersonColumns(pool);
  });
  afterAll(async () => {
    await pool.end();
  });

  it('finds the person columns it is meant to find', () => {
    const keys = personColumns.map(key);
    for (const expected of [
      'users.id',
      'users.email',
      'interim_profiles.user_id',
      'credentials.verified_by',
      'refresh_tokens.user_id',
    ]) {
      expect(keys).toContain(expected);
    }
  });

  it('lists every column that refers to a person, as exported or excluded with a reason', () => {
    expect(unlisted(personColumns)).toEqual([]);
  });

  it('would catch a new table that refers to a person', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `CREATE TABLE gdpr_probe (id uuid PRIMARY KEY, owner uuid REFERENCES users(id), reviewer_id uuid, contact_email text)`,
      );
      expect(
        unlisted(await findPersonColumns(client)).filter((k) => k.startsWith('gdpr_probe.')),
      ).toEqual(['gdpr_probe.contact_email', 'gdpr_probe.owner', 'gdpr_probe.reviewer_id']);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('names only columns that exist, in tables that exist', () => {
    const stale: string[] = [];
    for (const source of PERSONAL_DATA_SOURCES) {
      const table = columns.get(source.table);
      if (!table) continue; // a table another library has not created yet
      const named = [source.column, ...(source.omit ?? [])];
      if (source.erasure.action === 'blank') named.push(...source.erasure.columns);
      for (const column of named) if (!table.has(column)) stale.push(`${source.table}.${column}`);
    }
    for (const excluded of EXCLUDED_COLUMNS) {
      const table = columns.get(excluded.table);
      if (table && !table.has(excluded.column)) stale.push(key(excluded));
    }
    expect(stale).toEqual([]);
  });

  it('gives every exclusion and kept table a reason, and every section one source', () => {
    for (const excluded of EXCLUDED_COLUMNS) expect(excluded.reason.length).toBeGreaterThan(10);
    for (const source of PERSONAL_DATA_SOURCES) {
      if (source.erasure.action === 'keep')
        expect(source.erasure.reason.length).toBeGreaterThan(10);
    }
    const sections = PERSONAL_DATA_SOURCES.map((s) => s.section);
    expect(new Set(sections).size).toBe(sections.length);
    const both = PERSONAL_DATA_SOURCES.map(key).filter((k) =>
      EXCLUDED_COLUMNS.some((e) => key(e) === k),
    );
    expect(both).toEqual([]);
  });
});
