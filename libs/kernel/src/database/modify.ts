import type { DataSource, EntityManager } from 'typeorm';

export interface Modified<T> {
  rows: T[];
  count: number;
}

/**
 * Runs an UPDATE or DELETE (with or without RETURNING). TypeORM's raw query answers these
 * with `[rows, rowCount]` instead of rows, which is easy to misread as a row list; this names
 * both parts once.
 */
export async function modify<T = unknown>(
  runner: EntityManager | DataSource,
  sql: string,
  parameters: unknown[] = [],
): Promise<Modified<T>> {
  // raw SQL: SQL text of callers not yet moved to sql(manager); goes when the last one has
  const [rows, count] = await runner.query<[T[], number]>(sql, parameters);
  return { rows, count };
}
