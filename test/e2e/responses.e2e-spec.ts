import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Ajv from 'ajv';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  createPublished,
  ensureTaxonomy,
  futureDate,
  outboxFor,
  quickTenant,
  quickUser,
  respond,
  responseBody,
  transition,
} from './assignments.fixtures';

const CANARY = 'CANARY-7f3c';

/** Per-role allow-lists: anything else in a response body fails the schema. */
const nullable = (type: string) => ({ type: [type, 'null'] });
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const respondent = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'displayName', 'headline'],
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    headline: nullable('string'),
  },
};
const common = {
  id: { type: 'string' },
  assignmentId: { type: 'string' },
  interim: respondent,
  motivation: { type: 'string' },
  availableFrom: date,
  withinBudget: nullable('boolean'),
  status: { enum: ['submitted', 'shortlisted', 'rejected', 'selected', 'withdrawn'] },
  rejectionReason: nullable('string'),
  rejectionNote: nullable('string'),
  decidedAt: nullable('string'),
  matchScore: nullable('number'),
  createdAt: { type: 'string' },
  updatedAt: { type: 'string' },
};
const HIRING_MANAGER_VIEW = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(common),
  properties: common,
};
const PROCUREMENT_VIEW = {
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(common), 'proposedDayRate'],
  properties: { ...common, proposedDayRate: { type: 'integer' } },
};
const OWN_VIEW = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'assignment',
    'motivation',
    'proposedDayRate',
    'availableFrom',
    'status',
    'rejectionReason',
    'rejectionNote',
    'decidedAt',
    'createdAt',
    'updatedAt',
  ],
  properties: {
    id: { type: 'string' },
    assignment: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'status', 'organisationName'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'string' },
        organisationName: { type: 'string' },
      },
    },
    motivation: { type: 'string' },
    proposedDayRate: { type: 'integer' },
    availableFrom: date,
    status: { type: 'string' },
    rejectionReason: nullable('string'),
    rejectionNote: nullable('string'),
    decidedAt: nullable('string'),
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
};
const page = (item: object) => ({
  type: 'object',
  additionalProperties: false,
  required: ['items', 'page', 'pageSize', 'total'],
  properties: {
    items: { type: 'array', items: item },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    total: { type: 'integer' },
  },
});

describe('responses', () => {
  let api: ApiHarness;
  let pool: Pool;
  let a: Tenant;
  let b: Tenant;
  const ajv = new Ajv({ allErrors: true });
  const hmPage = ajv.compile(page(HIRING_MANAGER_VIEW));
  const procurementPage = ajv.compile(page(PROCUREMENT_VIEW));
  const ownPage = ajv.compile(page(OWN_VIEW));
  const hmView = ajv.compile(HIRING_MANAGER_VIEW);
  const procurementView = ajv.compile(PROCUREMENT_VIEW);

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    a = await quickTenant(api, pool);
    b = await quickTenant(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  /** An interim with a profile full of personal canaries that no client view may show. */
  async function interimWithProfile(headline: string): Promise<TestUser> {
    const interim = await quickUser(api, pool, 'interim');
    await pool.query(
      `INSERT INTO interim_profiles (user_id, headline, summary, city, country, remote_preference,
         day_rate_min, day_rate_max, hours_min, hours_max, notify, visibility, kvk_number, vat_id)
       VALUES ($1, $2, $3, 'Utrecht', 'NL', 'hybrid', 900, 1200, 16, 40, 'daily', 'clients', $4, $5)`,
      [interim.id, headline, `${CANARY} summary`, `${CANARY}-kvk`, `${CANARY}-vat`],
    );
    await pool.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
      interim.id,
      `${CANARY}-hash`,
    ]);
    return interim;
  }

  describe('what each role sees', () => {
    let assignmentId: string;
    let interim: TestUser;

    beforeAll(async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id, { maxDayRate: 1000 });
      assignmentId = assignment.id;
      interim = await interimWithProfile('Turnaround CFO, 20 years in care');
      await respond(api, interim, assignmentId, { proposedDayRate: 1150 });
      const cheaper = await quickUser(api, pool, 'interim');
      await respond(api, cheaper, assignmentId, { proposedDayRate: 950 });
    });

    it('shows a hiring manager name, headline and budget fit, but not the rate', async () => {
      const res = await api.http
        .get(`${API}/assignments/${assignmentId}/responses`)
        .set(a.hiringManager.auth);
      expect(res.status).toBe(200);
      expect(hmPage(res.body)).toBe(true);
      expect(res.body.total).toBe(2);
      const [first, second] = res.body.items;
      expect(first.interim).toEqual({
        id: interim.id,
        displayName: expect.any(String),
        headline: 'Turnaround CFO, 20 years in care',
      });
      expect(first.withinBudget).toBe(false);
      expect(second.withinBudget).toBe(true);
      expect(second.interim.headline).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain(CANARY);
      expect(JSON.stringify(res.body)).not.toContain(interim.email);
    });

    it.each(['procurement', 'admin', 'owner'] as const)(
      'shows %s the proposed rate too',
      async (role) => {
        const user = role === 'owner' ? a.owner : a[role];
        const res = await api.http
          .get(`${API}/assignments/${assignmentId}/responses`)
          .set(user.auth);
        expect(res.status).toBe(200);
        expect(procurementPage(res.body)).toBe(true);
        expect(res.body.items.map((r: { proposedDayRate: number }) => r.proposedDayRate)).toEqual([
          1150, 950,
        ]);
        expect(JSON.stringify(res.body)).not.toContain(CANARY);
      },
    );

    it('answers a decision with the same per-role view', async () => {
      const list = await api.http
        .get(`${API}/assignments/${assignmentId}/responses`)
        .set(a.owner.auth);
      const id = list.body.items[1].id;
      const res = await api.http
        .post(`${API}/responses/${id}/shortlist`)
        .set(a.hiringManager.auth)
        .send();
      expect(res.status).toBe(200);
      expect(hmView(res.body)).toBe(true);
      const byOwner = await api.http
        .post(`${API}/responses/${id}/reject`)
        .set(a.owner.auth)
        .send({ reason: 'other', note: 'Budget moved.' });
      expect(byOwner.status).toBe(200);
      expect(procurementView(byOwner.body)).toBe(true);
    });

    it('never answers another organisation with these responses', async () => {
      const res = await api.http
        .get(`${API}/assignments/${assignmentId}/responses`)
        .set(b.owner.auth);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(interim.id);
    });

    it('includes the match score that matching stored, when it has scored the respondent', async () => {
      const unscored = await api.http
        .get(`${API}/assignments/${assignmentId}/responses`)
        .set(a.owner.auth);
      expect(unscored.body.items.map((r: { matchScore: number | null }) => r.matchScore)).toEqual([
        null,
        null,
      ]);
      await pool.query(
        `INSERT INTO assignment_matches (assignment_id, interim_id, rank, score, breakdown, explanation,
           rate_within_budget, reciprocal, assignment_version, computed_at)
         VALUES ($1, $2, 1, 86.6, '{}', '{"en": [], "nl": []}', false, true, 2, now())`,
        [assignmentId, interim.id],
      );
      const res = await api.http
        .get(`${API}/assignments/${assignmentId}/responses`)
        .set(a.owner.auth);
      expect(res.body.items.map((r: { matchScore: number | null }) => r.matchScore)).toEqual([
        87,
        null,
      ]);
    });
  });

  describe('an interim manager’s own responses', () => {
    it('lists them newest first with the assignment, the state, and the reason and note of a rejection', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const first = await createPublished(api, a.hiringManager, a.id, {
        title: 'Interim CFO Zorggroep',
      });
      const second = await createPublished(api, b.owner, b.id, { title: 'Programme director' });
      const r1 = await respond(api, interim, first.id);
      const r2 = await respond(api, interim, second.id);
      await api.http
        .post(`${API}/responses/${r1.id}/reject`)
        .set(a.hiringManager.auth)
        .send({ reason: 'availability', note: 'We need someone from next week.' })
        .expect(200);
      // Someone else's response never shows up.
      await respond(api, await quickUser(api, pool, 'interim'), first.id);

      const res = await api.http.get(`${API}/interims/me/responses`).set(interim.auth);
      expect(res.status).toBe(200);
      expect(ownPage(res.body)).toBe(true);
      expect(res.body.total).toBe(2);
      expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([r2.id, r1.id]);
      expect(res.body.items[1]).toMatchObject({
        status: 'rejected',
        rejectionReason: 'availability',
        rejectionNote: 'We need someone from next week.',
        assignment: { id: first.id, title: 'Interim CFO Zorggroep', status: 'published' },
      });
      const rejected = await api.http
        .get(`${API}/interims/me/responses?status=rejected`)
        .set(interim.auth);
      expect(rejected.body.items.map((r: { id: string }) => r.id)).toEqual([r1.id]);
    });

    it('lets the interim withdraw their own response until it is selected, and nobody else’s', async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id);
      const interim = await quickUser(api, pool, 'interim');
      const other = await quickUser(api, pool, 'interim');
      const r = await respond(api, interim, assignment.id);
      const notTheirs = await api.http
        .post(`${API}/responses/${r.id}/withdraw`)
        .set(other.auth)
        .send();
      expect(notTheirs.status).toBe(404);
      const res = await api.http.post(`${API}/responses/${r.id}/withdraw`).set(interim.auth).send();
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('withdrawn');
    });

    it('refuses an availability date in the past', async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id);
      const interim = await quickUser(api, pool, 'interim');
      const res = await api.http
        .post(`${API}/assignments/${assignment.id}/responses`)
        .set(interim.auth)
        .send(responseBody({ availableFrom: futureDate(-1) }));
      expect(res.status).toBe(400);
      expect(res.body.message[0]).toContain('availableFrom must be today');
      expect(res.body.fields).toEqual([
        { field: 'availableFrom', code: 'in_the_past', message: expect.any(String) },
      ]);
    });
  });

  describe('lists', () => {
    it('pages an assignment’s responses oldest first with a total and a status filter', async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push((await respond(api, await quickUser(api, pool, 'interim'), assignment.id)).id);
      await transition(api, a.hiringManager, `/responses/${ids[2]}/shortlist`);
      const p1 = await api.http
        .get(`${API}/assignments/${assignment.id}/responses?pageSize=2`)
        .set(a.procurement.auth);
      const p2 = await api.http
        .get(`${API}/assignments/${assignment.id}/responses?pageSize=2&page=2`)
        .set(a.procurement.auth);
      expect(p1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect([...p1.body.items, ...p2.body.items].map((r) => r.id)).toEqual(ids);
      const shortlisted = await api.http
        .get(`${API}/assignments/${assignment.id}/responses?status=shortlisted`)
        .set(a.procurement.auth);
      expect(shortlisted.body.items.map((r: { id: string }) => r.id)).toEqual([ids[2]]);
    });
  });

  describe('concurrency', () => {
    it('accepts one of 20 parallel responses by the same interim manager', async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id);
      const interim = await quickUser(api, pool, 'interim');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api.http
            .post(`${API}/assignments/${assignment.id}/responses`)
            .set(interim.auth)
            .send(responseBody({ proposedDayRate: 1000 + i })),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array(19).fill(409)]);
      expect(results.find((r) => r.status === 409)!.body.code).toBe('response_exists');
      expect(results.find((r) => r.status === 409)!.body.message).toBe(
        'You have already responded to this assignment.',
      );
      const { rows } = await pool.query(
        'SELECT count(*)::int AS n FROM responses WHERE assignment_id = $1 AND interim_id = $2',
        [assignment.id, interim.id],
      );
      expect(rows[0].n).toBe(1);
      const created = results.find((r) => r.status === 201)!.body;
      expect(await outboxFor(pool, created.id)).toHaveLength(1);
    });

    it('selects exactly one of 20 shortlisted responses selected in parallel', async () => {
      const assignment = await createPublished(api, a.hiringManager, a.id);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const r = await respond(api, await quickUser(api, pool, 'interim'), assignment.id);
        await transition(api, a.hiringManager, `/responses/${r.id}/shortlist`);
        ids.push(r.id);
      }
      const results = await Promise.all(
        ids.map((id) =>
          api.http.post(`${API}/responses/${id}/select`).set(a.hiringManager.auth).send(),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
      const { rows } = await pool.query(
        `SELECT id FROM responses WHERE assignment_id = $1 AND status = 'selected'`,
        [assignment.id],
      );
      expect(rows).toHaveLength(1);
      const winner = results.findIndex((r) => r.status === 200);
      expect(rows[0].id).toBe(ids[winner]);
      const events = await pool.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE event_type = 'response.selected' AND payload->>'assignmentId' = $1`,
        [assignment.id],
      );
      expect(events.rows[0].n).toBe(1);
    });
  });
});
