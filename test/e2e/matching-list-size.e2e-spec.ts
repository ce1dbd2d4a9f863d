import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser } from '@gilde/testing';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import { API, Tenant, createPublished, quickTenant } from './assignments.fixtures';
import { quickUser, validProfile } from './profiles.fixtures';

const LIST_SIZE = 10;
const INTERIMS = 12;

/**
 * MATCH_LIST_SIZE bounds the stored ranking, both when an assignment is matched and when a
 * changed profile is merged into an existing list. Interim i holds the must-have skill at a
 * strength rising with i, and is otherwise identical, so the expected order is known.
 */
describe('matching with MATCH_LIST_SIZE', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let tenant: Tenant;
  let assignmentId: string;
  const interims: TestUser[] = [];

  const profile = (level: number, years: number) =>
    validProfile({
      skills: [{ name: 'manage budgets', level, years }],
      dayRate: { min: 800, max: 1000 },
      preferences: { notify: 'instant', sectors: [] },
    });

  async function stored(): Promise<{ interim_id: string; rank: number }[]> {
    const { rows } = await pool.query<{ interim_id: string; rank: number }>(
      `SELECT interim_id, rank FROM assignment_matches
        WHERE assignment_id = $1 AND rank IS NOT NULL ORDER BY rank`,
      [assignmentId],
    );
    return rows;
  }

  beforeAll(async () => {
    marketplace = await startScratchMarketplace('matching_list_size', {
      env: { MATCH_LIST_SIZE: String(LIST_SIZE) },
      worker: true,
    });
    ({ api, pool } = marketplace);
    tenant = await quickTenant(api, pool);

    for (let i = 0; i < INTERIMS; i++) {
      const user = await quickUser(api, pool, 'interim', `ranked-${i}`);
      const res = await api.http
        .put(`${API}/interims/me/profile`)
        .set(user.auth)
        .send(profile(1 + Math.floor(i / 3), i));
      if (res.status !== 200) throw new Error(`profile ${i}: ${res.status}`);
      interims.push(user);
    }
    await eventually(
      async () => {
        const { rows } = await pool.query(`SELECT count(*)::int AS n FROM search_profiles`);
        return rows[0].n === INTERIMS;
      },
      'every profile to be indexed',
      20_000,
    );
    const published = await createPublished(api, tenant.hiringManager, tenant.id, {
      requiredSkills: [{ name: 'manage budgets', weight: 5, mustHave: true }],
      maxDayRate: 1200,
    });
    assignmentId = published.id;
    await eventually(async () => (await stored()).length > 0, 'matches to be stored', 20_000);
  }, 120_000);

  afterAll(async () => {
    await marketplace?.close();
  });

  it('keeps the best MATCH_LIST_SIZE interims, strongest first', async () => {
    const list = await stored();
    expect(list.map((r) => r.rank)).toEqual(Array.from({ length: LIST_SIZE }, (_, i) => i + 1));
    const expected = interims
      .map((u) => u.id)
      .reverse()
      .slice(0, LIST_SIZE);
    expect(list.map((r) => r.interim_id)).toEqual(expected);
  });

  it('lets a changed profile that now beats the last place in, and drops the last', async () => {
    const [weakest, secondWeakest, lastPlaced] = interims;
    const res = await api.http
      .put(`${API}/interims/me/profile`)
      .set(weakest.auth)
      .send(profile(5, 20));
    expect(res.status).toBe(200);
    await eventually(
      async () => (await stored())[0]?.interim_id === weakest.id,
      'the improved interim to lead the list',
      20_000,
    );
    const ids = (await stored()).map((r) => r.interim_id);
    expect(ids).toHaveLength(LIST_SIZE);
    expect(ids).not.toContain(lastPlaced.id);
    expect(ids).not.toContain(secondWeakest.id);
    // The newcomer is announced, so notifications can tell them.
    const { rows } = await pool.query(
      `SELECT 1 FROM outbox_events
        WHERE event_type = 'assignment.matches_computed' AND aggregate_id = $1
          AND payload->>'interimId' = $2`,
      [assignmentId, weakest.id],
    );
    expect(rows).toHaveLength(1);
  });
});
