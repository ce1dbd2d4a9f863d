import { describe, expect, it } from '@jest/globals';
import { foreignTableReferences } from './table-ownership';

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

describe('table ownership', () => {
  const references = foreignTableReferences();
  const unexplained = references.filter((r) => !ALLOWED.some((a) => r.file.startsWith(a.file)));

  it('finds the references it is meant to find', () => {
    // The scanner itself: the search rebuild reads profiles' tables, and is allowed to.
    expect(references.some((r) => r.file.endsWith('postgres-profile-rebuild.ts'))).toBe(true);
  });

  it('lets no library reach into another library’s tables beyond the allowed ones', () => {
    expect(
      unexplained.map((r) => `${r.file}:${r.line} ${r.lib} uses ${r.table}, owned by ${r.owner}`),
    ).toEqual([]);
  });
});
