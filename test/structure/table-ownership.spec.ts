import { describe, expect, it } from '@jest/globals';
import { foreignTableReferences, TableReference } from './table-ownership';

/**
 * A library reads and writes only its own tables; another library's data comes through what
 * that library exports (typed readers and commands) or through events. These places may read
 * other libraries' tables, each for the reason given.
 */
const ALLOWED: { file: string; reason: string }[] = [
  {
    file: 'libs/search/src/postgres/postgres-profile-rebuild.ts',
    reason:
      'the search index is a read model of profiles: the rebuild reads their sources set-based, ' +
      'one statement per batch of 20,000 (a reader call per profile would be far too slow)',
  },
  {
    file: 'libs/search/src/indexing/search-document.source.ts',
    reason: 'the same read model, for the one document an event asks to re-index',
  },
  {
    file: 'libs/profiles/src/gdpr/',
    reason:
      'the personal-data registry names every table that holds personal data, so that export ' +
      'and erasure cover all of them; it is the one place that must know every schema',
  },
];

/**
 * References still to move behind the owning library's readers and commands, counted per
 * file and table. The counts may only go down: the test fails when a file adds one, and when a
 * count here is higher than what is left (lower it, or remove the line).
 */
const PENDING: Record<string, number> = {};

function key(r: TableReference): string {
  return `${r.file}: ${r.table}`;
}

describe('table ownership', () => {
  const references = foreignTableReferences();
  const unexplained = references.filter((r) => !ALLOWED.some((a) => r.file.startsWith(a.file)));

  it('finds the references it is meant to find', () => {
    // The scanner itself: the search rebuild reads profiles' tables, and is allowed to.
    expect(references.some((r) => r.file.endsWith('postgres-profile-rebuild.ts'))).toBe(true);
  });

  it('lets no library reach into another library’s tables beyond the allowed and pending ones', () => {
    const counts = new Map<string, TableReference[]>();
    for (const r of unexplained) counts.set(key(r), [...(counts.get(key(r)) ?? []), r]);
    const added = [...counts]
      .filter(([k, refs]) => refs.length > (PENDING[k] ?? 0))
      .map(([, refs]) =>
        refs.map((r) => `${r.file}:${r.line} ${r.lib} uses ${r.table}, owned by ${r.owner}`),
      );
    expect(added).toEqual([]);
  });

  it('keeps the pending list no longer than what is left', () => {
    const left = new Map<string, number>();
    for (const r of unexplained) left.set(key(r), (left.get(key(r)) ?? 0) + 1);
    const stale = Object.entries(PENDING)
      .filter(([k, n]) => n > (left.get(k) ?? 0))
      .map(([k, n]) => `${k}: listed ${n}, left ${left.get(k) ?? 0}`);
    expect(stale).toEqual([]);
  });
});
