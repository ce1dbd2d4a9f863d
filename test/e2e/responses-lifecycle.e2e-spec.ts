import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  createDraft,
  createPublished,
  ensureTaxonomy,
  outboxFor,
  quickTenant,
  quickUser,
  respond,
  responseBody,
  scopedSnapshot,
  transition,
} from './assignments.fixtures';

type Status = 'submitted' | 'shortlisted' | 'rejected' | 'selected' | 'withdrawn';
type Action = 'shortlist' | 'select' | 'reject' | 'withdraw';

const EVENT: Record<Action, string> = {
  shortlist: 'response.shortlisted',
  select: 'response.selected',
  reject: 'response.rejected',
  withdraw: 'response.withdrawn',
};

/** Every (state, action) pair: the state it leads to, or null when it is refused with 409. */
const TABLE: [Status, Action, Status | null][] = [
  ['submitted', 'shortlist', 'shortlisted'],
  ['submitted', 'select', null],
  ['submitted', 'reject', 'rejected'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['shortlisted', 'shortlist', null],
  ['shortlisted', 'select', 'selected'],
  ['shortlisted', 'reject', 'rejected'],
  ['shortlisted', 'withdraw', 'withdrawn'],
  ['rejected', 'shortlist', null],
  ['rejected', 'select', null],
  ['rejected', 'reject', null],
  ['rejected', 'withdraw', null],
  ['selected', 'shortlist', null],
  ['selected', 'select', null],
  ['selected', 'reject', null],
  ['selected', 'withdraw', null],
  ['withdrawn', 'shortlist', null],
  ['withdrawn', 'select', null],
  ['withdrawn', 'reject', null],
  ['withdrawn', 'withdraw', null],
];

describe('response lifecycle', () => {
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

  interface Setup {
    assignmentId: string;
    responseId: string;
    interim: TestUser;
  }

  /** A response on a fresh published assignment, brought to `status` through the API. */
  async function inState(status: Status): Promise<Setup> {
    const assignment = await createPublished(api, t.hiringManager, t.id);
    const interim = await quickUser(api, pool, 'interim');
    const response = await respond(api, interim, assignment.id);
    const r = `/responses/${response.id}`;
    if (status === 'shortlisted' || status === 'selected')
      await transition(api, t.hiringManager, `${r}/shortlist`);
    if (status === 'selected') await transition(api, t.hiringManager, `${r}/select`);
    if (status === 'withdrawn') await transition(api, interim, `${r}/withdraw`);
    if (status === 'rejected') {
      const res = await api.http
        .post(`${API}${r}/reject`)
        .set(t.hiringManager.auth)
        .send({ reason: 'rate' });
      expect(res.status).toBe(200);
    }
    return { assignmentId: assignment.id, responseId: response.id, interim };
  }

  function call(action: Action, s: Setup) {
    const req = api.http
      .post(`${API}/responses/${s.responseId}/${action}`)
      .set(action === 'withdraw' ? s.interim.auth : t.hiringManager.auth);
    return action === 'reject'
      ? req.send({ reason: 'experience_mismatch', note: 'We need hospital experience.' })
      : req.send();
  }

  it('writes response.submitted with ids only when an interim responds', async () => {
    const s = await inState('submitted');
    expect(await outboxFor(pool, s.responseId)).toEqual([
      {
        event_type: 'response.submitted',
        aggregate_type: 'response',
        aggregate_id: s.responseId,
        tenant_id: t.id,
        payload: {
          responseId: s.responseId,
          assignmentId: s.assignmentId,
          interimId: s.interim.id,
          actorId: s.interim.id,
        },
      },
    ]);
  });

  it.each(TABLE.map(([from, action, to]) => [from, action, to ?? '409', to] as const))(
    '%s --%s--> %s',
    async (from, action, _label, to) => {
      const s = await inState(from);
      const eventsBefore = await outboxFor(pool, s.responseId);
      const before = await scopedSnapshot(pool, [t.id]);
      const res = await call(action, s);

      if (!to) {
        expect(res.status).toBe(409);
        expect(res.body).toEqual({
          statusCode: 409,
          error: 'Conflict',
          code: 'state_conflict',
          state: from,
          message: `Cannot ${action} this response: it is ${from}.`,
        });
        expect(await scopedSnapshot(pool, [t.id])).toBe(before);
        return;
      }
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: s.responseId, status: to });
      const { rows } = await pool.query(
        'SELECT status, decided_by, rejection_reason, rejection_note FROM responses WHERE id = $1',
        [s.responseId],
      );
      expect(rows[0].status).toBe(to);
      if (action === 'withdraw') {
        // Withdrawing is the interim's own act, not a decision about them.
        expect(rows[0].decided_by).toBe(from === 'shortlisted' ? t.hiringManager.id : null);
      } else {
        // Every decision names the person who took it: no response is rejected by a job.
        expect(rows[0].decided_by).toBe(t.hiringManager.id);
      }
      if (action === 'reject') {
        expect(rows[0]).toMatchObject({
          rejection_reason: 'experience_mismatch',
          rejection_note: 'We need hospital experience.',
        });
      }
      const events = await outboxFor(pool, s.responseId);
      expect(events).toHaveLength(eventsBefore.length + 1);
      expect(events[events.length - 1]).toEqual({
        event_type: EVENT[action],
        aggregate_type: 'response',
        aggregate_id: s.responseId,
        tenant_id: t.id,
        payload: {
          responseId: s.responseId,
          assignmentId: s.assignmentId,
          interimId: s.interim.id,
          // Who acted: the interim withdraws, a hiring manager decides.
          actorId: action === 'withdraw' ? s.interim.id : t.hiringManager.id,
        },
      });
    },
  );

  it('selects at most one response per assignment: selecting a second is 409', async () => {
    const assignment = await createPublished(api, t.hiringManager, t.id);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const interim = await quickUser(api, pool, 'interim');
      const r = await respond(api, interim, assignment.id);
      await transition(api, t.hiringManager, `/responses/${r.id}/shortlist`);
      ids.push(r.id);
    }
    await transition(api, t.hiringManager, `/responses/${ids[0]}/select`);
    const before = await scopedSnapshot(pool, [t.id]);
    const second = await api.http
      .post(`${API}/responses/${ids[1]}/select`)
      .set(t.hiringManager.auth)
      .send();
    expect(second.status).toBe(409);
    expect(second.body.message).toBe('Another response to this assignment is already selected.');
    expect(await scopedSnapshot(pool, [t.id])).toBe(before);
  });

  it('refuses to respond to a closed (409) or draft (404) assignment', async () => {
    const closed = await createPublished(api, t.hiringManager, t.id);
    await transition(api, t.hiringManager, `/assignments/${closed.id}/close`);
    const draft = await createDraft(api, t.hiringManager, t.id);
    const interim = await quickUser(api, pool, 'interim');
    const before = await scopedSnapshot(pool, [t.id]);
    const toClosed = await api.http
      .post(`${API}/assignments/${closed.id}/responses`)
      .set(interim.auth)
      .send(responseBody());
    expect(toClosed.status).toBe(409);
    expect(toClosed.body.message).toBe('Cannot respond to this assignment: it is closed.');
    const toDraft = await api.http
      .post(`${API}/assignments/${draft.id}/responses`)
      .set(interim.auth)
      .send(responseBody());
    expect(toDraft.status).toBe(404);
    expect(toDraft.body.message).toBe('Assignment not found.');
    expect(await scopedSnapshot(pool, [t.id])).toBe(before);
  });

  describe('a transition and its event commit together', () => {
    it('leaves the response shortlisted and writes no event when response.selected cannot be written', async () => {
      const s = await inState('shortlisted');
      const name = `fail_outbox_${s.responseId.replace(/-/g, '')}`;
      await pool.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.aggregate_id = '${s.responseId}' THEN RAISE EXCEPTION 'outbox unavailable'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER ${name} BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION ${name}();`);
      try {
        const before = await scopedSnapshot(pool, [t.id]);
        const res = await api.http
          .post(`${API}/responses/${s.responseId}/select`)
          .set(t.hiringManager.auth)
          .send();
        expect(res.status).toBe(500);
        expect(await scopedSnapshot(pool, [t.id])).toBe(before);
      } finally {
        await pool.query(`DROP TRIGGER ${name} ON outbox_events; DROP FUNCTION ${name}();`);
      }
      const { rows } = await pool.query('SELECT status FROM responses WHERE id = $1', [
        s.responseId,
      ]);
      expect(rows[0].status).toBe('shortlisted');
      expect((await outboxFor(pool, s.responseId)).map((e) => e.event_type)).toEqual([
        'response.submitted',
        'response.shortlisted',
      ]);
    });
  });
});
