import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which library owns which table, and where a library's code touches a table it does not own.
 * A table belongs to the library whose entity maps it (`@Entity('name')`); the few tables no
 * entity maps are listed in UNMAPPED_OWNERS.
 */
export const ROOT = join(__dirname, '..', '..');

/** Tables written only with SQL (no entity), by owner. */
const UNMAPPED_OWNERS: Record<string, string> = {
  search_profiles: 'search',
  search_profile_skills: 'search',
  search_assignments: 'search',
  search_terms: 'search',
};

export interface TableReference {
  lib: string;
  table: string;
  owner: string;
  file: string;
  line: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : walk(path);
    return e.name.endsWith('.ts') && !/\.spec\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Tooling libraries write whatever a test or a bench needs; they are no bounded context. */
const TOOLING = ['test-data', 'testing'];

export function libraries(): string[] {
  return readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !TOOLING.includes(e.name))
    .map((e) => e.name);
}

/** table → owning library, and entity class → owning library. */
export function ownership(): {
  tables: Map<string, string>;
  entities: Map<string, string>;
  entityTables: Map<string, string>;
} {
  const tables = new Map<string, string>(Object.entries(UNMAPPED_OWNERS));
  const entities = new Map<string, string>();
  const entityTables = new Map<string, string>();
  for (const lib of libraries()) {
    for (const file of walk(join(ROOT, 'libs', lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      // The table an @Entity names, and the class the next `export class` declares (other
      // decorators, one-line or not, may stand between them).
      for (const m of text.matchAll(/@Entity\(\s*(?:'([a-z_]+)'|\{[^}]*name:\s*'([a-z_]+)')/g)) {
        const cls = /export class (\w+)/.exec(text.slice(m.index ?? 0));
        if (!cls) continue;
        tables.set(m[1] ?? m[2], lib);
        entities.set(cls[1], lib);
        entityTables.set(cls[1], m[1] ?? m[2]);
      }
    }
  }
  return { tables, entities, entityTables };
}

/** Comments removed, line breaks kept, so line numbers still point at the code. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\w])\/\/[^\n]*/g, '$1');
}

const SQL_TABLE =
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+"?([a-z_][a-z0-9_]*)"?(?!\s*\()/gi;
const BUILDER_TABLE =
  /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'([a-zA-Z_]+)/g;

const TYPEORM_ACCESS = [
  'getRepository',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'insert',
  'update',
  'upsert',
  'delete',
  'save',
  'remove',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'increment',
  'decrement',
  'createQueryBuilder',
  'into',
  'from',
].join('|');

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Every reference of a library's code to a table another library owns. */
export function foreignTableReferences(): TableReference[] {
  const { tables, entities, entityTables } = ownership();
  const out: TableReference[] = [];
  for (const lib of libraries()) {
    for (const file of walk(join(ROOT, 'libs', lib, 'src'))) {
      const text = withoutComments(readFileSync(file, 'utf8'));
      const lineAt = (index: number) => text.slice(0, index).split('\n').length;
      const add = (table: string, index: number) => {
        const owner = tables.get(table);
        if (owner && owner !== lib) {
          out.push({ lib, table, owner, file: relative(ROOT, file), line: lineAt(index) });
        }
      };
      for (const m of text.matchAll(SQL_TABLE)) add(m[1].toLowerCase(), m.index ?? 0);
      for (const m of text.matchAll(BUILDER_TABLE)) add(snake(m[1]), m.index ?? 0);
      // Another library's entity used for data access through TypeORM is its table too
      // (a relation in an entity file is a foreign key, which is fine).
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@gilde\/[\w-]+'/g)) {
        for (const name of m[1].split(',').map(
          (n) =>
            n
              .trim()
              .split(/\s+as\s+/)
              .pop() ?? '',
        )) {
          const owner = entities.get(name);
          if (!owner || owner === lib) continue;
          const use = new RegExp(`\\.(?:${TYPEORM_ACCESS})\\(\\s*${name}\\b`, 'g');
          for (const u of text.matchAll(use)) add(entityTables.get(name) ?? name, u.index ?? 0);
        }
      }
    }
  }
  return out;
}
