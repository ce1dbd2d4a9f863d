import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AssignmentLifecycleService } from '@gilde/assignments';
import { ApiHarness, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  createDraft,
  createPublished,
  ensureTaxonomy,
  outboxFor,
  quickTenant,
  scopedSnapshot,
  transition,
} from './assignments.fixtures';

type Status = 'draft' | 'published' | 'closed' | 'filled';
type Action = 'publish' | 'close' | 'reopen';

/** Every (state, action) pair of the HTTP lifecycle: the target state and event, or refused. */
const TABLE: [Status, Action, { to: Status; event: string } | null][] = [
  ['draft', 'publish', { to: 'published', event: 'assignment.published' }],
  ['draft', 'close', null],
  ['draft', 'reopen', null],
  ['published', 'publish', null],
  ['published', 'close', { to: 'closed', event: 'assignment.closed' }],
  ['published', 'reopen', null],
  ['closed', 'publish', null],
  ['closed', 'close', null],
  ['closed', 'reopen', { to: 'published', event: 'assignment.reopened' }],
  ['filled', 'publish', null],
  ['filled', 'close', null],
  ['filled', 'reopen', null],
];

describe('assignment lifecycle', () => {
  let api: ApiHarness;
  let pool: Pool;
  let t: Tenant;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    t = await quickTenant(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  /** An assignment brought to `status` through the same API and service a user would use. */
  async function inState(status: Status): Promise<{ id: string; version: number }> {
    if (status === 'draft') return createDraft(api, t.hiringManager, t.id);
    const published = await createPublished(api, t.hiringManager, t.id);
    if (status === 'published') return published;
    if (status === 'closed') {
      return await transition(api, t.hiringManager, `/assignments/${published.id}/close`);
    }
    await api.app
      .get(DataSource)
      .transaction((m) =>
        api.app.get(AssignmentLifecycleService).markFilled(m, published.id, t.procurement.id),
      );
    return { id: published.id, version: published.version + 1 };
  }

  it.each(
    TABLE.map(([from, action, outcome]) => [from, action, outcome?.to ?? '409', outcome] as const),
  )('%s --%s--> %s', async (from, action, _label, outcome) => {
    const { id, version } = await inState(from);
    const eventsBefore = await outboxFor(pool, id);
    const before = await scopedSnapshot(pool, [t.id]);
    const res = await api.http
      .post(`${API}/assignments/${id}/${action}`)
      .set(t.hiringManager.auth)
      .send();

    if (!outcome) {
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'state_conflict',
        state: from,
        message: `Cannot ${action} this assignment: it is ${from}.`,
      });
      expect(await scopedSnapshot(pool, [t.id])).toBe(before);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: outcome.to, version: version + 1 });
    const { rows } = await pool.query('SELECT status, version FROM assignments WHERE id = $1', [
      id,
    ]);
    expect(rows[0]).toEqual({ status: outcome.to, version: version + 1 });
    const events = await outboxFor(pool, id);
    expect(events).toHaveLength(eventsBefore.length + 1);
    expect(events[events.length - 1]).toEqual({
      event_type: outcome.event,
      aggregate_type: 'assignment',
      aggregate_id: id,
      tenant_id: t.id,
      // The user whose request made the change, for the audit trail.
      payload: { assignmentId: id, version: version + 1, actorId: t.hiringManager.id },
    });
  });

  it.each<[Status, boolean]>([
    ['draft', false],
    ['published', true],
    ['closed', true],
    ['filled', false],
  ])('markFilled from %s: allowed %s', async (from, allowed) => {
    const { id } = await inState(from);
    const before = await scopedSnapshot(pool, [t.id]);
    const fill = api.app
      .get(DataSource)
      .transaction((m) =>
        api.app.get(AssignmentLifecycleService).markFilled(m, id, t.procurement.id),
      );
    if (!allowed) {
      await expect(fill).rejects.toThrow(`Cannot fill this assignment: it is ${from}.`);
      expect(await scopedSnapshot(pool, [t.id])).toBe(before);
      return;
    }
    await fill;
    const events = await outboxFor(pool, id);
    expect(events[events.length - 1]).toMatchObject({
      event_type: 'assignment.filled',
      payload: { assignmentId: id, actorId: t.procurement.id },
    });
  });

  it('serialises racing transitions: of 10 parallel closes exactly one wins', async () => {
    const { id } = await inState('published');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.http.post(`${API}/assignments/${id}/close`).set(t.hiringManager.auth).send(),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(
      (await outboxFor(pool, id)).filter((e) => e.event_type === 'assignment.closed'),
    ).toHaveLength(1);
  });

  describe('a change and its event commit together', () => {
    it('writes neither the status change nor the event when writing the event fails', async () => {
      const { id } = await inState('draft');
      await failOutboxFor(id, async () => {
        const before = await scopedSnapshot(pool, [t.id]);
        const res = await api.http
          .post(`${API}/assignments/${id}/publish`)
          .set(t.hiringManager.auth)
          .send();
        expect(res.status).toBe(500);
        expect(await scopedSnapshot(pool, [t.id])).toBe(before);
      });
      const { rows } = await pool.query('SELECT status, version FROM assignments WHERE id = $1', [
        id,
      ]);
      expect(rows[0]).toEqual({ status: 'draft', version: 1 });
      expect(await outboxFor(pool, id)).toEqual([]);
      // The same request succeeds once the outbox accepts events again.
      await transition(api, t.hiringManager, `/assignments/${id}/publish`);
      expect((await outboxFor(pool, id)).map((e) => e.event_type)).toEqual([
        'assignment.published',
      ]);
    });

    it('rolls back an edit of a published assignment when assignment.updated cannot be written', async () => {
      const { id } = await inState('published');
      await failOutboxFor(id, async () => {
        const res = await api.http
          .patch(`${API}/assignments/${id}`)
          .set(t.hiringManager.auth)
          .send({ description: 'never stored' });
        expect(res.status).toBe(500);
      });
      const { rows } = await pool.query(
        'SELECT description, version FROM assignments WHERE id = $1',
        [id],
      );
      expect(rows[0].description).not.toBe('never stored');
      expect(rows[0].version).toBe(2);
    });
  });

  /**
   * Makes every outbox insert about `aggregateId` fail (the domain write before it has already
   * happened in the same transaction), only for that aggregate so parallel suites are unaffected.
   */
  async function failOutboxFor(aggregateId: string, run: () => Promise<void>): Promise<void> {
    const name = `fail_outbox_${aggregateId.replace(/-/g, '')}`;
    await pool.query(`
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.aggregate_id = '${aggregateId}' THEN RAISE EXCEPTION 'outbox unavailable'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER ${name} BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION ${name}();`);
    try {
      await run();
    } finally {
      await pool.query(`DROP TRIGGER ${name} ON outbox_events; DROP FUNCTION ${name}();`);
    }
  }
});
