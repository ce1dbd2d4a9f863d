import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Statements go through `sql(manager)` (Kysely, rows typed by db-schema.ts). A `.query(` call
 * runs raw SQL with rows typed by hand, so each one that remains says why on the line directly
 * above: `// raw SQL: <reason>` (COPY, advisory locks, SET LOCAL, a health probe, ...).
 */
const ROOT = join(__dirname, '..', '..');
const RAW_QUERY = /\.query\s*[<(]/;
const REASON = /^\s*\/\/ raw SQL: \S/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `file:line` of every raw query call without a reason directly above it. */
function unexplainedCalls(): { file: string; line: number }[] {
  const roots = ['libs', 'apps'].flatMap((top) =>
    readdirSync(join(ROOT, top), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(ROOT, top, e.name, 'src')),
  );
  return roots
    .flatMap((root) => {
      try {
        return sourceFiles(root);
      } catch {
        return []; // a library without src/
      }
    })
    .flatMap((path) => {
      const lines = readFileSync(path, 'utf8').split('\n');
      const file = relative(ROOT, path);
      return lines.flatMap((text, i) =>
        RAW_QUERY.test(text) && !/^\s*(\/\/|\*)/.test(text) && !REASON.test(lines[i - 1] ?? '')
          ? [{ file, line: i + 1 }]
          : [],
      );
    });
}

describe('raw SQL', () => {
  it('runs every statement through sql(manager) unless a comment says why not', () => {
    expect(
      unexplainedCalls().map(
        (c) => `${c.file}:${c.line} needs sql(manager) or a "// raw SQL:" reason`,
      ),
    ).toEqual([]);
  });
});
