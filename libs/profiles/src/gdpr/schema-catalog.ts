import { EntityManager } from 'typeorm';

export interface TableInfo {
  columns: Map<string, { nullable: boolean }>;
  primaryKey: string[];
}

/** The live tables of the public schema: registry entries for tables not (yet) there are skipped. */
export async function loadSchemaCatalog(db: EntityManager): Promise<Map<string, TableInfo>> {
  const columns: { table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }[] =
    // raw SQL: information_schema is not part of the generated schema types
    await db.query(
      `SELECT c.table_name, c.column_name, c.is_nullable
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    );
  // raw SQL: information_schema is not part of the generated schema types
  const keys: { table_name: string; column_name: string }[] = await db.query(
    `SELECT tc.table_name, kcu.column_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu
         ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name
      WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'
      ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  const catalog = new Map<string, TableInfo>();
  for (const c of columns) {
    const info = catalog.get(c.table_name) ?? { columns: new Map(), primaryKey: [] };
    info.columns.set(c.column_name, { nullable: c.is_nullable === 'YES' });
    catalog.set(c.table_name, info);
  }
  for (const k of keys) catalog.get(k.table_name)?.primaryKey.push(k.column_name);
  return catalog;
}

/** Quotes an identifier from the registry (a constant, never user input) and checks its shape. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
}
