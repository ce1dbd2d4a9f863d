import { Pool } from 'pg';

/** A plain connection for assertions about what is (and is not) in the database. */
export function testPool(): Pool {
  return new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
}

/** A fingerprint of every row of the given tables, to prove a refused request changed nothing. */
export async function snapshot(pool: Pool, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const t of tables) {
    const { rows } = await pool.query(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h, count(*) AS n FROM ${t} x`,
    );
    parts.push(`${t}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(',');
}
