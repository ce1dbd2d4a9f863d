import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, snapshot } from '@gilde/testing';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import { API, Tenant, createPublished, quickTenant, transition } from './assignments.fixtures';
import { quickUser, validProfile } from './profiles.fixtures';

interface MatchBody {
  interim: { id: string };
  rank: number | null;
  score: number;
  explanation: string[];
  flags: string[];
  reciprocal: boolean;
  rateWithinBudget: boolean;
}

/**
 * Publishing an assignment, end to end: API → outbox → worker (search index, matching) → stored,
 * explained matches read back through the API. The file's own database (a clone of the test
 * template) keeps the worker's relay to this file's events.
 */
describe('matching', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let tenant: Tenant;
  let other: Tenant;
  const interims: Record<string, TestUser> = {};
  let assignmentId: string;
  let publishToMatchesMs = 0;

  async function interim(label: string, overrides: Record<string, unknown>): Promise<TestUser> {
    const user = await quickUser(api, pool, 'interim', label);
    const res = await api.http
      .put(`${API}/interims/me/profile`)
      .set(user.auth)
      .send(validProfile(overrides));
    if (res.status !== 200)
      throw new Error(`profile ${label}: ${res.status} ${JSON.stringify(res.body)}`);
    interims[label] = user;
    return user;
  }

  const strongSkills = [
    { name: 'manage budgets', level: 5, years: 18 },
    { name: 'lead a team', level: 5, years: 15 },
    { name: 'financial management', level: 5, years: 15 },
  ];

  beforeAll(async () => {
    // A fresh database of its own: the worker's relay must see this file's events only, and
    // nothing left pending by anyone else.
    marketplace = await startScratchMarketplace('matching', { worker: true });
    ({ api, pool } = marketplace);

    tenant = await quickTenant(api, pool);
    other = await quickTenant(api, pool);
    await interim('strong', {
      skills: strongSkills,
      dayRate: { min: 950, max: 1150 },
      preferences: { notify: 'instant', sectors: [] },
    });
    await interim('cheaper', {
      skills: [
        { name: 'manage budgets', level: 2, years: 2 },
        { name: 'lead a team', level: 2, years: 1 },
      ],
      dayRate: { min: 500, max: 600 },
      credentials: [],
      preferences: { notify: 'instant', sectors: [] },
    });
    await interim('noMustHave', {
      skills: [{ name: 'lead a team', level: 5, years: 20 }],
      preferences: { notify: 'instant', sectors: [] },
    });
    await interim('expensive', {
      skills: strongSkills,
      dayRate: { min: 1500, max: 1800 },
      preferences: { notify: 'instant', sectors: [] },
    });
    await interim('partTime', {
      skills: strongSkills,
      hoursPerWeek: { min: 8, max: 16 },
      preferences: { notify: 'instant', sectors: [] },
    });
    await interim('hidden', { skills: strongSkills, visibility: 'hidden' });
    // The strong interim's IM-register certification is verified by the platform.
    await pool.query(
      `UPDATE credentials SET status = 'verified', verified_at = now() WHERE user_id = $1`,
      [interims.strong.id],
    );
    const visibleIds = ['strong', 'cheaper', 'noMustHave', 'expensive', 'partTime'].map(
      (label) => interims[label].id,
    );
    await eventually(
      async () => {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM search_profiles WHERE interim_id = ANY($1::uuid[])`,
          [visibleIds],
        );
        return rows[0].n === visibleIds.length;
      },
      'the five visible profiles to be indexed',
      20_000,
    );

    const published = await createPublished(api, tenant.hiringManager, tenant.id, {
      title: 'Interim financieel directeur voor een zorggroep',
      requiredSkills: [
        { name: 'manage budgets', weight: 5, mustHave: true },
        { name: 'lead a team', weight: 3, mustHave: false },
        { name: 'financial management', weight: 4, mustHave: false },
      ],
      maxDayRate: 1200,
      hoursPerWeek: 32,
    });
    assignmentId = published.id;
    const started = Date.now();
    await eventually(
      async () => {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM assignment_matches WHERE assignment_id = $1`,
          [assignmentId],
        );
        return rows[0].n > 0;
      },
      'matches to be stored',
      20_000,
      10,
    );
    publishToMatchesMs = Date.now() - started;
  }, 120_000);

  afterAll(async () => {
    await marketplace?.close();
  });

  const matchesOf = (user: TestUser, id = assignmentId) =>
    api.http.get(`${API}/assignments/${id}/matches?limit=20`).set(user.auth);

  it('stores ranked, explained matches soon after publishing', async () => {
    console.log(`Publish to stored matches: ${publishToMatchesMs} ms`);
    expect(publishToMatchesMs).toBeLessThan(5000);
    const { rows } = await pool.query(
      `SELECT event_type FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'assignment.matches_computed'`,
      [assignmentId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('shows the hiring manager the ranking with breakdown, explanation and flags', async () => {
    const res = await matchesOf(tenant.hiringManager);
    expect(res.status).toBe(200);
    const byId = new Map<string, MatchBody>(res.body.map((m: MatchBody) => [m.interim.id, m]));
    const strong = byId.get(interims.strong.id)!;
    const cheaper = byId.get(interims.cheaper.id)!;
    expect(strong).toEqual({
      interim: {
        id: interims.strong.id,
        headline: expect.any(String),
        city: 'Utrecht',
        sectors: expect.any(Array),
        assignmentKinds: expect.any(Array),
        languages: expect.any(Array),
        availableFrom: expect.any(String),
      },
      rank: 1,
      score: expect.any(Number),
      breakdown: {
        skills: expect.any(Number),
        trackRecord: expect.any(Number),
        credentials: 100,
        availability: expect.any(Number),
        fit: expect.any(Number),
      },
      explanation: expect.arrayContaining([
        'covers 1 of 1 must-have skills',
        'covers 3 of 3 requested skills',
        expect.stringMatching(/^IM-register certified until \d{4}-\d{2}$/),
        'rate within budget',
      ]),
      rateWithinBudget: true,
      reciprocal: true,
      flags: [],
      computedAt: expect.any(String),
    });
    // cheaper but less qualified never ranks above the better qualified
    expect(cheaper.rank).toBeGreaterThan(strong.rank as number);
    expect(cheaper.score).toBeLessThan(strong.score);
    // a missing must-have excludes; a hidden profile is never matched
    expect(byId.has(interims.noMustHave.id)).toBe(false);
    expect(byId.has(interims.hidden.id)).toBe(false);
    // over budget: shown flagged, not ranked
    const expensive = byId.get(interims.expensive.id)!;
    expect(expensive).toMatchObject({ rank: null, rateWithinBudget: false, reciprocal: false });
    expect(expensive.flags).toContain('rate');
    expect(expensive.explanation).toContain('minimum day rate above the budget: not ranked');
    expect(res.body[res.body.length - 1].interim.id).toBe(interims.expensive.id);
    // the interim's own hours rule it out: a flag, not a silent drop
    const partTime = byId.get(interims.partTime.id)!;
    expect(partTime).toMatchObject({ reciprocal: false, flags: ['hours'] });
    expect(typeof partTime.rank).toBe('number');
    expect(partTime.explanation).toContain('wants 8–16 hours a week; the assignment asks 32');
    // No rates or contact data; 950 (the strong interim's minimum rate) as a JSON value, since
    // the digits alone also turn up inside ids and timestamps.
    expect(JSON.stringify(res.body)).not.toMatch(/dayRate|[:,[]950[,}\]]|kvk|vat|@example/iu);
  });

  it('explains in Dutch to a Dutch-speaking member', async () => {
    await pool.query(`UPDATE users SET locale = 'nl' WHERE id = $1`, [tenant.procurement.id]);
    const res = await matchesOf(tenant.procurement);
    expect(res.status).toBe(200);
    const strong = res.body.find((m: MatchBody) => m.interim.id === interims.strong.id);
    expect(strong.explanation).toEqual(
      expect.arrayContaining(['heeft 1 van de 1 must-have-vaardigheden', 'tarief binnen budget']),
    );
  });

  it('answers 404 to another organisation, 403 to interims and 401 without a token', async () => {
    expect((await matchesOf(other.hiringManager)).status).toBe(404);
    expect(
      (await matchesOf(tenant.hiringManager, '00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await matchesOf(interims.strong)).status).toBe(403);
    expect((await api.http.get(`${API}/assignments/${assignmentId}/matches`)).status).toBe(401);
    const bad = await api.http
      .get(`${API}/assignments/${assignmentId}/matches?limit=1000`)
      .set(tenant.hiringManager.auth);
    expect(bad.status).toBe(400);
  });

  it('shows interims the assignments matched to them', async () => {
    const res = await api.http.get(`${API}/interims/me/matches`).set(interims.strong.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 20, total: expect.any(Number) });
    const ids = (body: { items: { assignment: { id: string } }[] }) =>
      body.items.map((i) => i.assignment.id);
    const mine = res.body.items.find(
      (i: { assignment: { id: string } }) => i.assignment.id === assignmentId,
    );
    expect(mine).toMatchObject({
      assignment: { id: assignmentId, title: 'Interim financieel directeur voor een zorggroep' },
      rateWithinBudget: true,
      reciprocal: true,
    });
    expect(mine.explanation).toContain('covers 1 of 1 must-have skills');
    // the interim without the must-have is not matched to it
    const none = await api.http.get(`${API}/interims/me/matches`).set(interims.noMustHave.auth);
    expect(ids(none.body)).not.toContain(assignmentId);
    expect((await api.http.get(`${API}/interims/me/matches`).set(tenant.owner.auth)).status).toBe(
      403,
    );
  });

  it('re-scores an interim whose profile changes', async () => {
    const res = await api.http
      .put(`${API}/interims/me/profile`)
      .set(interims.noMustHave.auth)
      .send(
        validProfile({ skills: strongSkills, preferences: { notify: 'instant', sectors: [] } }),
      );
    expect(res.status).toBe(200);
    await eventually(
      async () => {
        const list = await matchesOf(tenant.hiringManager);
        return list.body.some((m: MatchBody) => m.interim.id === interims.noMustHave.id);
      },
      'the interim to enter the ranking',
      20_000,
    );
    const list = (await matchesOf(tenant.hiringManager)).body;
    const ranks = list.filter((m: MatchBody) => m.rank !== null).map((m: MatchBody) => m.rank);
    expect(ranks).toEqual(ranks.map((_: number, i: number) => i + 1));
    // A newcomer to the ranking is announced once, so notifications can tell them.
    const { rows } = await pool.query(
      `SELECT payload FROM outbox_events
        WHERE event_type = 'assignment.matches_computed' AND aggregate_id = $1
          AND payload->>'interimId' = $2`,
      [assignmentId, interims.noMustHave.id],
    );
    expect(rows).toHaveLength(1);
  });

  describe('match weights', () => {
    const weightsUrl = () => `${API}/assignments/${assignmentId}/match-weights`;
    const custom = { skills: 30, trackRecord: 10, credentials: 30, availability: 15, fit: 15 };
    const weightsSnapshot = () =>
      snapshot(pool, [
        `(SELECT * FROM assignment_match_weights WHERE assignment_id = '${assignmentId}')`,
      ]);

    it('starts from the documented defaults, without price', async () => {
      const res = await api.http.get(weightsUrl()).set(tenant.procurement.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        skills: 40,
        trackRecord: 20,
        credentials: 10,
        availability: 15,
        fit: 15,
        isDefault: true,
      });
    });

    it.each([
      [{ ...custom, skills: 10, fit: 35 }, 'skills must not be less than 20'],
      [{ ...custom, fit: 20 }, 'the weights must add up to 100 (they add up to 105)'],
      [{ ...custom, price: 10 }, 'property price should not exist'],
      [{ ...custom, fit: 'a lot' }, 'fit must be an integer number'],
    ])('refuses %j with 400 and stores nothing', async (body, message) => {
      const before = await weightsSnapshot();
      const res = await api.http.put(weightsUrl()).set(tenant.hiringManager.auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.message).toContain(message);
      expect(await weightsSnapshot()).toBe(before);
    });

    it('names every weight when they do not add up to 100', async () => {
      const res = await api.http
        .put(weightsUrl())
        .set(tenant.hiringManager.auth)
        .send({ ...custom, fit: 20 });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['the weights must add up to 100 (they add up to 105)']);
      expect(
        res.body.fields.map((f: { field: string; code: string }) => [f.field, f.code]),
      ).toEqual(
        ['skills', 'trackRecord', 'credentials', 'availability', 'fit'].map((f) => [
          f,
          'weights_total',
        ]),
      );
    });

    it('lets only the organisation’s hiring managers change them', async () => {
      const before = await weightsSnapshot();
      expect(
        (await api.http.put(weightsUrl()).set(tenant.procurement.auth).send(custom)).status,
      ).toBe(403);
      expect(
        (await api.http.put(weightsUrl()).set(other.hiringManager.auth).send(custom)).status,
      ).toBe(404);
      expect((await api.http.put(weightsUrl()).set(interims.strong.auth).send(custom)).status).toBe(
        403,
      );
      expect(await weightsSnapshot()).toBe(before);
    });

    it('matches the assignment again with the new weights', async () => {
      const {
        rows: [before],
      } = await pool.query(
        `SELECT max(computed_at) AS at FROM assignment_matches WHERE assignment_id = $1`,
        [assignmentId],
      );
      const res = await api.http.put(weightsUrl()).set(tenant.hiringManager.auth).send(custom);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...custom, isDefault: false });
      await eventually(
        async () => {
          const { rows } = await pool.query(
            `SELECT max(computed_at) AS at FROM assignment_matches WHERE assignment_id = $1`,
            [assignmentId],
          );
          return rows[0].at > before.at;
        },
        'the matches to be computed again',
        20_000,
      );
      const list = (await matchesOf(tenant.hiringManager)).body;
      const strong = list.find((m: MatchBody) => m.interim.id === interims.strong.id);
      // credentials weigh 30 now: the certified interim's lead grows
      expect(strong.rank).toBe(1);
      expect((await api.http.get(weightsUrl()).set(tenant.hiringManager.auth)).body.isDefault).toBe(
        false,
      );
    });

    it('refuses to change the weights of a closed assignment', async () => {
      await transition(api, tenant.hiringManager, `/assignments/${assignmentId}/close`);
      const res = await api.http.put(weightsUrl()).set(tenant.hiringManager.auth).send(custom);
      expect(res.status).toBe(409);
      const mine = await api.http.get(`${API}/interims/me/matches`).set(interims.strong.auth);
      expect(
        mine.body.items.map((i: { assignment: { id: string } }) => i.assignment.id),
      ).not.toContain(assignmentId);
      await transition(api, tenant.hiringManager, `/assignments/${assignmentId}/reopen`);
    });
  });

  describe('search', () => {
    it('finds visible profiles for client users, never hidden ones', async () => {
      const res = await api.http
        .get(`${API}/interims/search?skills=manage budgets&pageSize=50`)
        .set(tenant.hiringManager.auth);
      expect(res.status).toBe(200);
      const ids = res.body.items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(expect.arrayContaining([interims.strong.id, interims.cheaper.id]));
      expect(ids).not.toContain(interims.hidden.id);
      expect(res.body.items[0]).not.toHaveProperty('dayRate');
      const cheap = await api.http
        .get(`${API}/interims/search?skills=manage budgets&maxDayRate=700`)
        .set(tenant.hiringManager.auth);
      const cheapIds = cheap.body.items.map((i: { id: string }) => i.id);
      expect(cheapIds).toContain(interims.cheaper.id);
      expect(cheapIds).not.toContain(interims.strong.id);
    });

    it('finds published assignments for interims, with a typo', async () => {
      const search = () =>
        api.http.get(`${API}/assignments/search?q=financeel directeur`).set(interims.strong.auth);
      // The weights tests closed and reopened the assignment: wait until it is indexed again.
      await eventually(
        async () => (await search()).body.items?.some((i: { id: string }) => i.id === assignmentId),
        'the reopened assignment to be searchable again',
        20_000,
      );
      const res = await search();
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(assignmentId);
      expect(res.body.items[0]).toMatchObject({
        organisationName: expect.any(String),
        sector: 'healthcare',
      });
    });

    it('keeps each search to its audience and refuses bad input', async () => {
      expect((await api.http.get(`${API}/interims/search`).set(interims.strong.auth)).status).toBe(
        403,
      );
      expect((await api.http.get(`${API}/assignments/search`).set(tenant.owner.auth)).status).toBe(
        403,
      );
      for (const q of [
        'sector=moon',
        'pageSize=1000',
        'maxDayRate=abc',
        'availableFrom=2026-02-30',
        'q=' + 'x'.repeat(201),
        'unknown=1',
      ]) {
        const res = await api.http.get(`${API}/interims/search?${q}`).set(tenant.owner.auth);
        expect([q, res.status]).toEqual([q, 400]);
      }
      const remote = await api.http
        .get(`${API}/assignments/search?remote=maybe`)
        .set(interims.strong.auth);
      expect(remote.status).toBe(400);
    });
  });

  it('removes an erased interim from the index and the matches', async () => {
    const res = await api.http.delete(`${API}/interims/me`).set(interims.cheaper.auth);
    expect([200, 204]).toContain(res.status);
    await eventually(
      async () => {
        const { rows } = await pool.query(
          `SELECT (SELECT count(*) FROM search_profiles WHERE interim_id = $1)
              + (SELECT count(*) FROM assignment_matches WHERE interim_id = $1) AS n`,
          [interims.cheaper.id],
        );
        return Number(rows[0].n) === 0;
      },
      'the erased interim to leave search and matches',
      20_000,
    );
  });
});
