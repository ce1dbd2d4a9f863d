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
const PENDING: Record<string, number> = {
  'libs/assignments/src/assignments/assignment-budget.ts: users': 1,
  'libs/assignments/src/assignments/assignments.reader.ts: organisations': 2,
  'libs/assignments/src/invitations/invitations.service.ts: interim_profiles': 1,
  'libs/assignments/src/invitations/invitations.service.ts: users': 1,
  'libs/assignments/src/responses/responses.reader.ts: assignment_matches': 1,
  'libs/assignments/src/responses/responses.reader.ts: interim_profiles': 1,
  'libs/assignments/src/responses/responses.reader.ts: organisations': 1,
  'libs/assignments/src/responses/responses.reader.ts: users': 1,
  'libs/contracts/src/audit/contract-records.service.ts: assignments': 1,
  'libs/contracts/src/audit/contract-records.service.ts: users': 1,
  'libs/contracts/src/audit/domain-event-audit.handler.ts: assignment_budget_changes': 1,
  'libs/contracts/src/audit/domain-event-audit.handler.ts: response_outcomes': 1,
  'libs/contracts/src/audit/domain-event-audit.handler.ts: responses': 1,
  'libs/contracts/src/audit/interim-erasure.handler.ts: users': 1,
  'libs/contracts/src/audit/purged-response-audit.handler.ts: response_outcomes': 1,
  'libs/contracts/src/audit/purged-response-audit.handler.ts: responses': 1,
  'libs/contracts/src/contracts/contract-lifecycle.service.ts: assignments': 1,
  'libs/contracts/src/contracts/contract-rules.service.ts: assignments': 1,
  'libs/contracts/src/contracts/contracts.service.ts: responses': 1,
  'libs/contracts/src/documents/contract-documents.service.ts: assignments': 1,
  'libs/contracts/src/documents/contract-documents.service.ts: organisations': 1,
  'libs/contracts/src/documents/contract-documents.service.ts: users': 1,
  'libs/contracts/src/rate-cards/rate-cards.service.ts: assignments': 2,
  'libs/contracts/src/rate-cards/rate-cards.service.ts: organisations': 1,
  'libs/contracts/src/reputation/client-reputation.reader.ts: organisations': 1,
  'libs/contracts/src/reputation/client-reputation.reader.ts: response_outcomes': 1,
  'libs/contracts/src/reputation/client-reputation.reader.ts: responses': 1,
  'libs/contracts/src/reputation/track-record.source.ts: assignments': 1,
  'libs/matching/src/matches/matches.reader.ts: assignments': 1,
  'libs/matching/src/matches/matches.service.ts: assignments': 1,
  'libs/matching/src/matches/matching.service.ts: assignment_skills': 1,
  'libs/matching/src/matches/matching.service.ts: assignments': 1,
  'libs/matching/src/track-records/track-records.service.ts: users': 1,
  'libs/notifications/src/pipeline/fan-out-reconciler.service.ts: outbox_events': 1,
  'libs/profiles/src/browsing/profile-views.service.ts: organisations': 1,
  'libs/profiles/src/credentials/credentials.service.ts: users': 2,
  'libs/profiles/src/profiles/contact-access.ts: contracts': 1,
  'libs/profiles/src/profiles/contact-access.ts: responses': 2,
  'libs/profiles/src/profiles/profiles.service.ts: users': 1,
  'libs/profiles/src/reader/profiles.reader.ts: users': 2,
};

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
