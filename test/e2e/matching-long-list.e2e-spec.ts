import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ApiHarness } from '@gilde/testing';
import { CANDIDATE_LIMIT, ComputedMatches, MatchingService } from '@gilde/matching';
import { SearchIndexerService } from '@gilde/search';
import {
  generateInterims,
  giveSkill,
  loadEscoCatalogue,
  makeGeneratedInterimsWilling,
  skillIdsByUri,
  unusedSkills,
  writeGeneratedInterims,
} from '@gilde/test-data';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import { Tenant, createPublished, quickTenant } from './assignments.fixtures';
import { futureDate } from './profiles.fixtures';

const LIST_SIZE = 1000;
const INTERIMS = CANDIDATE_LIMIT + 70;

/**
 * A list longer than the candidates scored at once (MATCH_LIST_SIZE above CANDIDATE_LIMIT): the
 * certain head is stored and announced before the whole list is ranked, so the first
 * notifications do not wait for it. Generated interims all hold one marker skill at strengths
 * that vary, want match alerts at once, and would take the assignment.
 */
describe('a long match list', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let tenant: Tenant;
  let assignmentId: string;
  let interims: string[];

  const matchEvents = async () =>
    (
      await pool.query<{ payload: Record<string, unknown> }>(
        `SELECT payload FROM outbox_events
          WHERE event_type = 'assignment.matches_computed' AND aggregate_id = $1
          ORDER BY created_at`,
        [assignmentId],
      )
    ).rows.map((r) => r.payload);

  beforeAll(async () => {
    marketplace = await startScratchMarketplace('matching_long_list', {
      env: { MATCH_LIST_SIZE: String(LIST_SIZE) },
      worker: true,
    });
    ({ api, pool } = marketplace);
    const ds = api.app.get(DataSource);
    const generated = generateInterims(loadEscoCatalogue(), INTERIMS, {
      seed: 20261127,
      today: new Date().toISOString().slice(0, 10),
    });
    const skillIds = await skillIdsByUri(ds);
    await ds.transaction((m) => writeGeneratedInterims(m, generated, skillIds));
    interims = generated.map((g) => g.id);
    await makeGeneratedInterimsWilling(ds);
    // A skill nobody holds and no occupation lists, at strengths that vary.
    const [marker] = await unusedSkills(ds, 1);
    await giveSkill(ds, interims, marker, { position: 100, varied: true });
    await api.app.get(SearchIndexerService).rebuild();
    tenant = await quickTenant(api, pool);
    const published = await createPublished(api, tenant.hiringManager, tenant.id, {
      sector: 'government',
      requiredSkills: [{ name: marker.label, weight: 5, mustHave: true }],
      languages: ['nl'],
      remoteShare: 100,
      startDate: futureDate(30),
      endDate: futureDate(210),
      hoursPerWeek: 32,
      maxDayRate: 1500,
    });
    assignmentId = published.id;
    await eventually(
      async () => (await matchEvents()).length >= 2,
      'the head and the whole list to be stored',
      60_000,
    );
  }, 180_000);

  afterAll(async () => {
    await marketplace?.close();
  });

  it('stores and announces the certain head first, then the whole list', async () => {
    const events = await matchEvents();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ head: true, matches: CANDIDATE_LIMIT });
    expect(events[1]).toMatchObject({ matches: INTERIMS });
    expect(events[1]).not.toHaveProperty('head');
    const { rows } = await pool.query<{ rank: number }>(
      `SELECT rank FROM assignment_matches WHERE assignment_id = $1 ORDER BY rank`,
      [assignmentId],
    );
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: INTERIMS }, (_, i) => i + 1));
  });

  it('hands over a head that is part of the final list, and ranks the same list as without it', async () => {
    const matching = api.app.get(MatchingService);
    const heads: ComputedMatches[] = [];
    const withHead = await matching.compute(assignmentId, {
      onHead: async (head) => {
        heads.push(head);
      },
    });
    const without = await matching.compute(assignmentId);
    const ids = (c: ComputedMatches | null) => c?.ranking.ranked.map((m) => m.interimId) ?? [];
    expect(heads).toHaveLength(1);
    expect(ids(heads[0])).toHaveLength(CANDIDATE_LIMIT);
    expect(ids(withHead)).toEqual(ids(without));
    expect(ids(without)).toHaveLength(INTERIMS);
    const final = new Set(ids(without));
    expect(ids(heads[0]).filter((id) => !final.has(id))).toEqual([]);
  });

  it('notifies every matched interim once, though two events announced the head', async () => {
    await eventually(
      async () => {
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notifications WHERE subject_id = $1 AND kind = 'match'`,
          [assignmentId],
        );
        return rows[0].n === INTERIMS;
      },
      'every interim to be notified',
      60_000,
    );
    // No one is mailed twice about it either (the mailbox stands in for SMTP here).
    const { rows } = await pool.query<{ to_address: string; n: number }>(
      `SELECT to_address, count(*)::int AS n FROM mailbox_messages
        WHERE text LIKE '%' || $1 || '%' GROUP BY to_address`,
      [assignmentId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
  });
});
