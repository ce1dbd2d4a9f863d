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

/**
 * Calls without a reason still to convert, per file. The counts may only go down: the test
 * fails when a file adds one, and when a count here is higher than what is left.
 */
const PENDING: Record<string, number> = {};

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
  const calls = unexplainedCalls();
  const left = new Map<string, number>();
  for (const c of calls) left.set(c.file, (left.get(c.file) ?? 0) + 1);

  it('runs every statement through sql(manager) unless a comment says why not', () => {
    const added = calls.filter((c) => (left.get(c.file) ?? 0) > (PENDING[c.file] ?? 0));
    expect(
      added.map((c) => `${c.file}:${c.line} needs sql(manager) or a "// raw SQL:" reason`),
    ).toEqual([]);
  });

  it('keeps the pending list no longer than what is left', () => {
    const stale = Object.entries(PENDING)
      .filter(([file, n]) => n > (left.get(file) ?? 0))
      .map(([file, n]) => `${file}: listed ${n}, left ${left.get(file) ?? 0}`);
    expect(stale).toEqual([]);
  });
});
