import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { DomainEventAuditHandler } from '@gilde/contracts';
import { EventJobData } from '@gilde/kernel';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  createDraft,
  createPublished,
  ensureTaxonomy,
  quickTenant,
  quickUser,
  respond,
  scopedSnapshot,
  transition,
} from './assignments.fixtures';

/**
 * A hiring manager sees whether each response is within budget. Moving the budget after
 * responses arrived would reveal an interim's proposed rate step by step, so it is locked then;
 * before that, every move of a published budget is on record and their number is capped.
 */
describe('assignments: the budget after publication', () => {
  let api: ApiHarness;
  let pool: Pool;
  let t: Tenant;
  let interim: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    t = await quickTenant(api, pool);
    interim = await quickUser(api, pool, 'interim');
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  const patch = (user: TestUser, id: string, body: Record<string, unknown>) =>
    api.http.patch(`${API}/assignments/${id}`).set(user.auth).send(body);
  const withinBudget = async (id: string): Promise<boolean[]> =>
    (
      await api.http.get(`${API}/assignments/${id}/responses`).set(t.hiringManager.auth)
    ).body.items.map((r: { withinBudget: boolean }) => r.withinBudget);

  it('refuses a budget change once an interim responded (409 naming why) and changes nothing', async () => {
    const published = await createPublished(api, t.hiringManager, t.id, { maxDayRate: 1200 });
    await respond(api, interim, published.id, { proposedDayRate: 1100 });
    expect(await withinBudget(published.id)).toEqual([true]);
    const before = await scopedSnapshot(pool, [t.id]);

    // Each probe of a binary search over the proposed rate is refused, alone or with other fields.
    for (const body of [
      { maxDayRate: 1099 },
      { maxDayRate: 1150, description: 'Allowed alone, but not with the budget' },
    ]) {
      const res = await patch(t.hiringManager, published.id, body);
      expect(res.status).toBe(409);
      expect(res.body.message).toContain('Cannot change maxDayRate of this assignment');
      expect(res.body.message).toContain('interim managers have responded');
    }
    expect(await scopedSnapshot(pool, [t.id])).toBe(before);
    expect(await withinBudget(published.id)).toEqual([true]);

    const got = await api.http.get(`${API}/assignments/${published.id}`).set(t.procurement.auth);
    expect(got.body).toMatchObject({ maxDayRate: 1200, maxDayRateLock: 'responses' });

    // The other fields stay editable, and sending the stored rate along is no change.
    const edit = await patch(t.hiringManager, published.id, {
      description: 'A wider scope',
      hoursPerWeek: 24,
      maxDayRate: 1200,
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      description: 'A wider scope',
      hoursPerWeek: 24,
      maxDayRate: 1200,
      maxDayRateLock: 'responses',
      budgetChanges: [],
    });

    // Closing does not open the lock: the responses are still there.
    await transition(api, t.hiringManager, `/assignments/${published.id}/close`);
    const closed = await patch(t.hiringManager, published.id, { maxDayRate: 900 });
    expect(closed.status).toBe(409);
  });

  it('records each change of a published budget with who, when and the old and new rate, for members only', async () => {
    const draft = await createDraft(api, t.hiringManager, t.id, { maxDayRate: 1000 });
    // A draft is seen by nobody outside the organisation: its edits are not budget changes.
    expect((await patch(t.hiringManager, draft.id, { maxDayRate: 1100 })).status).toBe(200);
    const published = await transition(api, t.hiringManager, `/assignments/${draft.id}/publish`);
    expect(published).toMatchObject({ maxDayRateLock: null, budgetChanges: [] });

    const raised = await patch(t.hiringManager, draft.id, { maxDayRate: 1250 });
    expect(raised.status).toBe(200);
    const again = await patch(t.owner, draft.id, { maxDayRate: 1250, description: 'Same rate' });
    expect(again.status).toBe(200);

    const got = await api.http.get(`${API}/assignments/${draft.id}`).set(t.procurement.auth);
    expect(got.body.budgetChanges).toEqual([
      {
        at: expect.any(String),
        changedBy: t.hiringManager.id,
        changedByName: expect.stringContaining('hm'),
        fromMaxDayRate: 1100,
        toMaxDayRate: 1250,
      },
    ]);
    const listed = await api.http
      .get(`${API}/assignments?organisationId=${t.id}`)
      .set(t.hiringManager.auth);
    const item = listed.body.items.find((a: { id: string }) => a.id === draft.id);
    expect(item.budgetChanges).toHaveLength(1);

    // Interim managers see the current budget, not its history.
    const seen = await api.http.get(`${API}/assignments/${draft.id}`).set(interim.auth);
    expect(seen.status).toBe(200);
    expect(seen.body.maxDayRate).toBe(1250);
    expect(seen.body).not.toHaveProperty('budgetChanges');
    expect(seen.body).not.toHaveProperty('maxDayRateLock');

    // The audit trail shows the move, from the edit's event.
    const { rows } = await pool.query(
      `SELECT id, event_type, tenant_id, aggregate_type, aggregate_id, payload, created_at
         FROM outbox_events WHERE aggregate_id = $1 AND payload ? 'budgetChangeId'`,
      [draft.id],
    );
    expect(rows).toHaveLength(1);
    const r = rows[0];
    await new DomainEventAuditHandler(
      api.app.get(DataSource),
      new AssignmentSummaries(api.app.get(DataSource)),
    ).handle({
      name: r.event_type,
      data: {
        eventId: r.id,
        eventType: r.event_type,
        tenantId: r.tenant_id,
        aggregateType: r.aggregate_type,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        occurredAt: new Date(r.created_at).toISOString(),
      },
    } as Job<EventJobData<'assignment.updated'>>);
    const { rows: audit } = await pool.query(
      `SELECT actor_id, before, after FROM audit_events WHERE event_id = $1`,
      [r.id],
    );
    expect(audit).toEqual([
      {
        actor_id: t.hiringManager.id,
        before: { maxDayRate: 1100 },
        after: expect.objectContaining({ maxDayRate: 1250 }),
      },
    ]);
  });

  it('allows three budget changes after publication, then refuses with 409 and changes nothing', async () => {
    const published = await createPublished(api, t.hiringManager, t.id, { maxDayRate: 1000 });
    for (const rate of [1100, 1050, 1075]) {
      expect((await patch(t.hiringManager, published.id, { maxDayRate: rate })).status).toBe(200);
    }
    const before = await scopedSnapshot(pool, [t.id]);
    const res = await patch(t.hiringManager, published.id, { maxDayRate: 1080 });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('it has changed 3 times since it was published');
    expect(await scopedSnapshot(pool, [t.id])).toBe(before);
    const got = await api.http.get(`${API}/assignments/${published.id}`).set(t.hiringManager.auth);
    expect(got.body).toMatchObject({ maxDayRate: 1075, maxDayRateLock: 'change_limit' });
    expect(got.body.budgetChanges.map((c: { toMaxDayRate: number }) => c.toMaxDayRate)).toEqual([
      1100, 1050, 1075,
    ]);
  });
});
