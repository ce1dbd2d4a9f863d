import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AssignmentLifecycleService } from '@gilde/assignments';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  assignmentBody,
  createDraft,
  createPublished,
  ensureTaxonomy,
  futureDate,
  outboxFor,
  pastDate,
  quickTenant,
  quickUser,
  scopedSnapshot,
  transition,
} from './assignments.fixtures';

describe('assignments', () => {
  let api: ApiHarness;
  let pool: Pool;
  let a: Tenant;
  let b: Tenant;
  let interim: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    a = await quickTenant(api, pool);
    b = await quickTenant(api, pool);
    interim = await quickUser(api, pool, 'interim');
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  describe('drafting with skills typed in Dutch or English', () => {
    it('resolves English labels, synonyms and Dutch labels to canonical skills and keeps unknown names as free text with suggestions', async () => {
      const res = await api.http
        .post(`${API}/assignments`)
        .set(a.hiringManager.auth)
        .send(
          assignmentBody(a.id, {
            requiredSkills: [
              { name: 'Manage Budgets', weight: 5, mustHave: true },
              { name: 'change management', weight: 4, mustHave: true },
              { name: 'projectbeheer uitvoeren', weight: 3, mustHave: false },
              { name: 'Kwantumboekhouding', weight: 2, mustHave: false },
            ],
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('draft');
      expect(res.body.version).toBe(1);
      const byInput = Object.fromEntries(
        res.body.skillResolution.map((r: { input: string }) => [r.input, r]),
      );
      expect(byInput['Manage Budgets']).toMatchObject({
        matchedBy: 'exact',
        label: 'manage budgets',
      });
      expect(byInput['change management']).toMatchObject({
        matchedBy: 'synonym',
        label: 'alter management',
      });
      expect(byInput['projectbeheer uitvoeren']).toMatchObject({
        matchedBy: 'exact',
        label: 'perform project management',
      });
      expect(byInput['Kwantumboekhouding']).toMatchObject({
        matchedBy: 'free_text',
        skillId: null,
      });

      const skills = res.body.requiredSkills;
      expect(skills.map((s: { name: string }) => s.name)).toEqual([
        'manage budgets',
        'alter management',
        'perform project management',
        'Kwantumboekhouding',
      ]);
      expect(skills.slice(0, 3).every((s: { skillId: string | null }) => s.skillId)).toBe(true);
      expect(skills[3].skillId).toBeNull();

      const { rows } = await pool.query(
        `SELECT s.position, s.skill_id, k.label_en, s.weight, s.must_have
           FROM assignment_skills s LEFT JOIN skills k ON k.id = s.skill_id
          WHERE s.assignment_id = $1 ORDER BY s.position`,
        [res.body.id],
      );
      expect(rows.map((r) => [r.label_en, r.weight, r.must_have])).toEqual([
        ['manage budgets', 5, true],
        ['alter management', 4, true],
        ['perform project management', 3, false],
        [null, 2, false],
      ]);
      // Drafts are private to the organisation: nothing is announced yet.
      expect(await outboxFor(pool, res.body.id)).toEqual([]);
    });

    it('merges two names of the same skill, keeping the higher weight and must-have', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id, {
        requiredSkills: [
          { name: 'conduct project management', weight: 2, mustHave: false },
          { name: 'projectbeheer uitvoeren', weight: 4, mustHave: true },
        ],
      });
      expect(draft.requiredSkills).toEqual([
        {
          skillId: expect.any(String),
          name: 'perform project management',
          weight: 4,
          mustHave: true,
        },
      ]);
    });

    it('accepts an incomplete draft and keeps unicode titles intact', async () => {
      const title = 'Interim-directeur Zorg — Ærø, São Paulo & 東京 🚀';
      const res = await api.http
        .post(`${API}/assignments`)
        .set(a.hiringManager.auth)
        .send({ organisationId: a.id, title });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title,
        description: '',
        requiredSkills: [],
        assignmentKind: null,
        startDate: null,
        remoteShare: 0,
        status: 'draft',
      });
      const got = await api.http.get(`${API}/assignments/${res.body.id}`).set(a.procurement.auth);
      expect(got.body.title).toBe(title);
    });

    it('refuses an organisation the caller is not a member of (404) and a member without the hiring manager role (403)', async () => {
      const before = await scopedSnapshot(pool, [a.id, b.id]);
      const other = await api.http
        .post(`${API}/assignments`)
        .set(b.owner.auth)
        .send(assignmentBody(a.id));
      expect(other.status).toBe(404);
      const proc = await api.http
        .post(`${API}/assignments`)
        .set(a.procurement.auth)
        .send(assignmentBody(a.id));
      expect(proc.status).toBe(403);
      expect(proc.body.message).toContain('hiring_manager');
      expect(await scopedSnapshot(pool, [a.id, b.id])).toBe(before);
    });
  });

  describe('publishing', () => {
    it('lists everything that is missing, and publishes nothing', async () => {
      const res = await api.http
        .post(`${API}/assignments`)
        .set(a.hiringManager.auth)
        .send({
          organisationId: a.id,
          title: 'Half-written',
          requiredSkills: [{ name: 'lead a team', weight: 3, mustHave: false }],
          startDate: pastDate(3),
        });
      const before = await scopedSnapshot(pool, [a.id]);
      const publish = await api.http
        .post(`${API}/assignments/${res.body.id}/publish`)
        .set(a.hiringManager.auth);
      expect(publish.status).toBe(400);
      const joined = (publish.body.message as string[]).join('\n');
      for (const missing of [
        'description is required',
        'assignmentKind is required',
        'sector is required',
        'at least one must-have skill',
        'startDate must be after today',
        'endDate is required',
        'hoursPerWeek is required',
        'maxDayRate is required',
      ]) {
        expect(joined).toContain(missing);
      }
      expect(publish.body.code).toBe('assignment_incomplete');
      const fields = (publish.body.fields as { field: string; code: string }[]).map(
        ({ field, code }) => ({ field, code }),
      );
      expect(fields).toEqual(
        expect.arrayContaining([
          { field: 'description', code: 'required' },
          { field: 'requiredSkills', code: 'must_have_skill_required' },
          { field: 'startDate', code: 'not_in_future' },
          { field: 'maxDayRate', code: 'required' },
        ]),
      );
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });

    it('publishes a complete draft and writes assignment.published with ids only', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id);
      const res = await api.http
        .post(`${API}/assignments/${draft.id}/publish`)
        .set(a.hiringManager.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'published', version: 2 });
      expect(Date.parse(res.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(await outboxFor(pool, draft.id)).toEqual([
        {
          event_type: 'assignment.published',
          aggregate_type: 'assignment',
          aggregate_id: draft.id,
          tenant_id: a.id,
          payload: { assignmentId: draft.id, version: 2, actorId: a.hiringManager.id },
        },
      ]);
    });

    it('refuses a start date of today: it must be in the future', async () => {
      const today = futureDate(0);
      const draft = await createDraft(api, a.hiringManager, a.id, { startDate: today });
      const res = await api.http
        .post(`${API}/assignments/${draft.id}/publish`)
        .set(a.hiringManager.auth);
      expect(res.status).toBe(400);
      expect(res.body.message.join(' ')).toContain('startDate must be after today');
    });
  });

  describe('editing', () => {
    it('edits every field of a draft and bumps the version without an event', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id);
      const res = await api.http
        .patch(`${API}/assignments/${draft.id}`)
        .set(a.hiringManager.auth)
        .send({
          title: 'Interim COO',
          assignmentKind: 'interim_coo',
          sector: 'logistics',
          requiredSkills: [{ name: 'lead a team', weight: 5, mustHave: true }],
          languages: ['en'],
          location: { city: 'Rotterdam', country: 'NL' },
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title: 'Interim COO',
        assignmentKind: 'interim_coo',
        sector: 'logistics',
        languages: ['en'],
        location: { city: 'Rotterdam', country: 'NL' },
        version: 2,
        requiredSkills: [{ name: 'lead a team', weight: 5, mustHave: true }],
      });
      expect(res.body.skillResolution).toHaveLength(1);
      expect(await outboxFor(pool, draft.id)).toEqual([]);
    });

    it('edits the allowed fields of a published assignment and writes assignment.updated', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      const res = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({
          description: 'Updated scope',
          hoursPerWeek: 24,
          maxDayRate: 1300,
          remoteShare: 60,
          endDate: futureDate(300),
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        description: 'Updated scope',
        hoursPerWeek: 24,
        maxDayRate: 1300,
        remoteShare: 60,
        version: 3,
        status: 'published',
      });
      const events = await outboxFor(pool, published.id);
      expect(events.map((e) => e.event_type)).toEqual([
        'assignment.published',
        'assignment.updated',
      ]);
      // The budget moved: the event names the recorded change (an id), not the amounts.
      expect(events[1].payload).toEqual({
        assignmentId: published.id,
        version: 3,
        actorId: a.hiringManager.id,
        budgetChangeId: expect.any(String),
      });
    });

    it('refuses other fields of a published assignment with 409 naming the state, and changes nothing', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      const before = await scopedSnapshot(pool, [a.id]);
      for (const patch of [
        { title: 'Something else' },
        { requiredSkills: [{ name: 'lead a team', weight: 1, mustHave: true }] },
        { sector: 'retail', description: 'allowed, but not together with sector' },
      ]) {
        const res = await api.http
          .patch(`${API}/assignments/${published.id}`)
          .set(a.hiringManager.auth)
          .send(patch);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ code: 'fields_locked', state: 'published' });
        expect(res.body.message).toContain('it is published');
      }
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });

    it('keeps a published assignment complete: a past start date or an end before the start is 400', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      const before = await scopedSnapshot(pool, [a.id]);
      const past = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({ startDate: pastDate(1) });
      expect(past.status).toBe(400);
      expect(past.body.message.join(' ')).toContain('startDate must be after today');
      const order = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({ endDate: futureDate(10) });
      expect(order.status).toBe(400);
      expect(order.body.message).toEqual(['endDate must not be before startDate']);
      expect(order.body).toMatchObject({
        code: 'validation_failed',
        fields: [{ field: 'endDate', code: 'before_start' }],
      });
      const blank = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({ description: '   ' });
      expect(blank.status).toBe(400);
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });

    it('lets a closed assignment get a new start date so it can be reopened', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      await transition(api, a.hiringManager, `/assignments/${published.id}/close`);
      const edit = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({ startDate: futureDate(60), endDate: futureDate(120) });
      expect(edit.status).toBe(200);
      const reopened = await transition(
        api,
        a.hiringManager,
        `/assignments/${published.id}/reopen`,
      );
      expect(reopened).toMatchObject({
        status: 'published',
        startDate: futureDate(60),
        closedAt: null,
      });
    });
  });

  describe('reading', () => {
    it('lists the organisation’s assignments newest first with a stable order, a status filter and a page cap', async () => {
      const t = await quickTenant(api, pool);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push((await createDraft(api, t.hiringManager, t.id, { title: `A${i}` })).id);
      await transition(api, t.hiringManager, `/assignments/${ids[1]}/publish`);

      const page1 = await api.http
        .get(`${API}/assignments?organisationId=${t.id}&page=1&pageSize=2`)
        .set(t.procurement.auth);
      const page2 = await api.http
        .get(`${API}/assignments?organisationId=${t.id}&page=2&pageSize=2`)
        .set(t.admin.auth);
      const page3 = await api.http
        .get(`${API}/assignments?organisationId=${t.id}&page=3&pageSize=2`)
        .set(t.hiringManager.auth);
      expect(page1.status).toBe(200);
      expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
      const seen = [...page1.body.items, ...page2.body.items, ...page3.body.items].map((x) => x.id);
      expect(seen).toEqual([...ids].reverse());

      const published = await api.http
        .get(`${API}/assignments?organisationId=${t.id}&status=published`)
        .set(t.hiringManager.auth);
      expect(published.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(published.body.items[0].id).toBe(ids[1]);

      const tooBig = await api.http
        .get(`${API}/assignments?organisationId=${t.id}&pageSize=1000`)
        .set(t.hiringManager.auth);
      expect(tooBig.status).toBe(400);
    });

    it('shows interim managers published assignments only, without internal fields', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id);
      const published = await createPublished(api, a.hiringManager, a.id);
      expect((await api.http.get(`${API}/assignments/${draft.id}`).set(interim.auth)).status).toBe(
        404,
      );
      const res = await api.http.get(`${API}/assignments/${published.id}`).set(interim.auth);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'assignmentKind',
          'description',
          'endDate',
          'hoursPerWeek',
          'id',
          'languages',
          'location',
          'maxDayRate',
          'organisationId',
          'organisationName',
          'publishedAt',
          'remoteShare',
          'requiredSkills',
          'sector',
          'startDate',
          'status',
          'title',
          'updatedAt',
        ].sort(),
      );
      await transition(api, a.hiringManager, `/assignments/${published.id}/close`);
      expect(
        (await api.http.get(`${API}/assignments/${published.id}`).set(interim.auth)).status,
      ).toBe(404);
    });

    it('never shows another organisation’s assignment, in any state', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id);
      const published = await createPublished(api, a.hiringManager, a.id);
      for (const id of [draft.id, published.id]) {
        const res = await api.http.get(`${API}/assignments/${id}`).set(b.owner.auth);
        expect(res.status).toBe(404);
        expect(res.body).toEqual({
          statusCode: 404,
          error: 'Not Found',
          code: 'not_found',
          message: 'Assignment not found.',
        });
      }
      const list = await api.http
        .get(`${API}/assignments?organisationId=${a.id}`)
        .set(b.owner.auth);
      expect(list.status).toBe(404);
    });
  });

  describe('invitations', () => {
    it('invites an interim manager once to a published assignment and writes assignment.invitation_sent', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      const invitee = await quickUser(api, pool, 'interim');
      await makeProfile(invitee.id, 'clients');
      const res = await api.http
        .post(`${API}/assignments/${published.id}/invitations`)
        .set(a.hiringManager.auth)
        .send({ interimId: invitee.id, message: 'Your track record fits this one.' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        assignmentId: published.id,
        interimId: invitee.id,
        message: 'Your track record fits this one.',
      });
      const events = await outboxFor(pool, res.body.id);
      expect(events).toEqual([
        {
          event_type: 'assignment.invitation_sent',
          aggregate_type: 'assignment_invitation',
          aggregate_id: res.body.id,
          tenant_id: a.id,
          payload: {
            invitationId: res.body.id,
            assignmentId: published.id,
            interimId: invitee.id,
            actorId: a.hiringManager.id,
          },
        },
      ]);

      const before = await scopedSnapshot(pool, [a.id]);
      const again = await api.http
        .post(`${API}/assignments/${published.id}/invitations`)
        .set(a.owner.auth)
        .send({ interimId: invitee.id });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('already_invited');
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });

    it('does not invite to a draft (409), a client user, an unknown id or a hidden profile (404)', async () => {
      const draft = await createDraft(api, a.hiringManager, a.id);
      const published = await createPublished(api, a.hiringManager, a.id);
      const hidden = await quickUser(api, pool, 'interim');
      await makeProfile(hidden.id, 'hidden');
      const before = await scopedSnapshot(pool, [a.id]);

      const toDraft = await api.http
        .post(`${API}/assignments/${draft.id}/invitations`)
        .set(a.hiringManager.auth)
        .send({ interimId: interim.id });
      expect(toDraft.status).toBe(409);
      expect(toDraft.body.message).toContain('it is draft');
      for (const interimId of [
        a.procurement.id,
        hidden.id,
        '00000000-0000-4000-8000-000000000000',
      ]) {
        const res = await api.http
          .post(`${API}/assignments/${published.id}/invitations`)
          .set(a.hiringManager.auth)
          .send({ interimId });
        expect(res.status).toBe(404);
        expect(res.body.message).toBe('Interim manager not found.');
      }
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });
  });

  describe('filled, by contracts', () => {
    it('markFilled moves a published assignment to filled with assignment.filled, and refuses a draft', async () => {
      const published = await createPublished(api, a.hiringManager, a.id);
      const draft = await createDraft(api, a.hiringManager, a.id);
      const dataSource = api.app.get(DataSource);
      const lifecycle = api.app.get(AssignmentLifecycleService);
      await dataSource.transaction((m) => lifecycle.markFilled(m, published.id, a.procurement.id));
      const got = await api.http
        .get(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth);
      expect(got.body).toMatchObject({ status: 'filled', version: 3 });
      expect(got.body.filledAt).toEqual(expect.any(String));
      expect((await outboxFor(pool, published.id)).map((e) => e.event_type)).toEqual([
        'assignment.published',
        'assignment.filled',
      ]);
      await expect(
        dataSource.transaction((m) => lifecycle.markFilled(m, draft.id, a.procurement.id)),
      ).rejects.toThrow('Cannot fill this assignment: it is draft.');
      const edit = await api.http
        .patch(`${API}/assignments/${published.id}`)
        .set(a.hiringManager.auth)
        .send({ description: 'too late' });
      expect(edit.status).toBe(409);
      expect(edit.body.message).toContain('it is filled');
    });
  });

  /** A minimal profile row, so invitations can check visibility without the profiles API. */
  async function makeProfile(
    userId: string,
    visibility: 'public' | 'clients' | 'hidden',
  ): Promise<void> {
    await pool.query(
      `INSERT INTO interim_profiles (user_id, headline, city, country, remote_preference, day_rate_min,
         day_rate_max, hours_min, hours_max, notify, visibility)
       VALUES ($1, 'Interim CFO', 'Utrecht', 'NL', 'hybrid', 900, 1200, 16, 40, 'daily', $2)`,
      [userId, visibility],
    );
  }
});
