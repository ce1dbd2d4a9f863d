import { RawBuilder, Selectable, sql as expression } from 'kysely';
import type { DB } from '@gilde/kernel';

type SnakeCase<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SnakeCase<T>}`
  : S;

/**
 * Rows shaped like `table`'s, from one JSON parameter (json_populate_recordset): a batch
 * costs one parameter rather than one per column per row, and PostgreSQL gives every column
 * the table's own type. Keys are the table's column names.
 */
export function recordset<T extends keyof DB>(
  table: T,
  rows: { [K in keyof DB[T] & string as SnakeCase<K>]?: unknown }[],
): RawBuilder<Selectable<DB[T]>> {
  const name = String(table).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return expression<
    Selectable<DB[T]>
  >`json_populate_recordset(null::${expression.table(name)}, ${JSON.stringify(rows)}::json)`;
}
