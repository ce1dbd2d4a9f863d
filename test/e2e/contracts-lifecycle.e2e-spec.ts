import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import { ensureTaxonomy } from './assignments.fixtures';
import {
  API,
  DBA_INDEPENDENT,
  Pick,
  activeContract,
  call,
  contractSnapshot,
  draftContract,
  futureDate,
} from './contracts.fixtures';

type Status = 'draft' | 'sent' | 'accepted' | 'active' | 'completed' | 'terminated' | 'superseded';
type Action = 'send' | 'accept' | 'countersign' | 'complete' | 'terminate' | 'extend' | 'edit';

const ALLOWED: Record<Action, Status[]> = {
  send: ['draft'],
  accept: ['sent'],
  countersign: ['accepted'],
  complete: ['active'],
  terminate: ['draft', 'sent', 'accepted', 'active'],
  extend: ['active'],
  edit: ['draft', 'sent', 'accepted'],
};

describe('contracts: the state machine', () => {
  let api: ApiHarness;
  let pool: Pool;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  async function contractIn(status: Status): Promise<Pick & { id: string }> {
    const drafted = await draftContract(api, pool);
    const { tenant, interim } = drafted;
    const id = drafted.contract.id as string;
    const p = tenant.procurement;
    if (status === 'draft') {
      // Sent once and edited since: the interim can see it, so refusals are about state.
      await call(api, p, 'post', `/contracts/${id}/send`);
      await call(api, p, 'patch', `/contracts/${id}`, { hoursPerWeek: 28 });
      return { ...drafted, id };
    }
    await call(api, p, 'post', `/contracts/${id}/send`);
    if (status === 'sent') return { ...drafted, id };
    await call(api, interim, 'post', `/contracts/${id}/accept`);
    if (status === 'accepted') return { ...drafted, id };
    await call(api, p, 'post', `/contracts/${id}/countersign`);
    if (status === 'active') return { ...drafted, id };
    if (status === 'completed') {
      await call(api, p, 'post', `/contracts/${id}/complete`);
    } else if (status === 'terminated') {
      await call(api, p, 'post', `/contracts/${id}/terminate`, { reason: 'Budget withdrawn' });
    } else {
      const ext = await call(api, p, 'post', `/contracts/${id}/extend`, {
        endDate: futureDate(400),
        dbaCheck: DBA_INDEPENDENT,
      });
      await call(api, p, 'post', `/contracts/${ext.id}/send`);
      await call(api, interim, 'post', `/contracts/${ext.id}/accept`);
      await call(api, p, 'post', `/contracts/${ext.id}/countersign`);
    }
    return { ...drafted, id };
  }

  function attempt(pick: Pick & { id: string }, action: Action) {
    const actor: TestUser = action === 'accept' ? pick.interim : pick.tenant.procurement;
    const path = `${API}/contracts/${pick.id}`;
    switch (action) {
      case 'edit':
        return api.http.patch(path).set(actor.auth).send({ hoursPerWeek: 36 });
      case 'terminate':
        return api.http
          .post(`${path}/terminate`)
          .set(actor.auth)
          .send({ reason: 'No longer needed' });
      case 'extend':
        return api.http
          .post(`${path}/extend`)
          .set(actor.auth)
          .send({ endDate: futureDate(500), dbaCheck: DBA_INDEPENDENT });
      case 'send':
      case 'accept':
      case 'countersign':
      case 'complete':
        return api.http.post(`${path}/${action}`).set(actor.auth).send();
    }
  }

  const statuses: Status[] = [
    'draft',
    'sent',
    'accepted',
    'active',
    'completed',
    'terminated',
    'superseded',
  ];
  it.each(statuses)(
    'refuses every action not allowed from %s with 409 naming the state, changing nothing',
    async (status) => {
      const pick = await contractIn(status);
      const { rows } = await pool.query(`SELECT status FROM contracts WHERE id = $1`, [pick.id]);
      expect(rows[0].status).toBe(status);
      const refused = (Object.keys(ALLOWED) as Action[]).filter(
        (a) => !ALLOWED[a].includes(status),
      );
      expect(refused.length).toBeGreaterThan(0);
      for (const action of refused) {
        const before = await contractSnapshot(pool, pick.tenant.id);
        const res = await attempt(pick, action);
        expect({ action, status: res.status }).toEqual({ action, status: 409 });
        expect(res.body).toEqual({
          statusCode: 409,
          error: 'Conflict',
          code: 'state_conflict',
          state: status,
          message: `Cannot ${action} this contract: it is ${status}.`,
        });
        expect(await contractSnapshot(pool, pick.tenant.id)).toBe(before);
      }
    },
  );

  it('refuses to send before the self-employment check is answered', async () => {
    const { tenant, contract } = await draftContract(api, pool, { dbaCheck: undefined });
    expect(contract.warnings.map((w: { code: string }) => w.code)).toContain('dba_check_missing');
    const res = await api.http
      .post(`${API}/contracts/${contract.id}/send`)
      .set(tenant.procurement.auth)
      .send();
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('self-employment (DBA) check');
    const answered = await call(api, tenant.procurement, 'patch', `/contracts/${contract.id}`, {
      dbaCheck: { ...DBA_INDEPENDENT, workDirection: 'client' },
    });
    expect(answered.dba.riskLevel).toBe('high');
    expect(answered.warnings.map((w: { code: string }) => w.code)).toEqual(['dba_high_risk']);
  });

  it('voids the acceptance when a sent contract changes; the new revision is accepted anew', async () => {
    const { tenant, interim, contract } = await draftContract(api, pool);
    const id = contract.id as string;
    const p = tenant.procurement;
    const sent = await call(api, p, 'post', `/contracts/${id}/send`);
    const accepted = await call(api, interim, 'post', `/contracts/${id}/accept`);
    expect(accepted.acceptances).toHaveLength(1);

    const changed = await call(api, p, 'patch', `/contracts/${id}`, { dayRate: 1050 });
    expect(changed).toMatchObject({
      status: 'draft',
      revision: 2,
      dayRate: 1050,
      documentSha256: null,
    });
    expect(changed.acceptances).toEqual([
      expect.objectContaining({ party: 'interim', revision: 1, invalidatedAt: expect.any(String) }),
    ]);
    // The countersign of the voided acceptance is refused; the interim cannot fetch a draft.
    const sign = await api.http.post(`${API}/contracts/${id}/countersign`).set(p.auth).send();
    expect(sign.status).toBe(409);
    const doc = await api.http.get(`${API}/contracts/${id}/document`).set(interim.auth);
    expect(doc.status).toBe(409);

    const resent = await call(api, p, 'post', `/contracts/${id}/send`);
    expect(resent.documentSha256).not.toBe(sent.documentSha256);
    const again = await call(api, interim, 'post', `/contracts/${id}/accept`);
    const valid = again.acceptances.filter(
      (a: { invalidatedAt: string | null }) => !a.invalidatedAt,
    );
    expect(valid).toEqual([
      expect.objectContaining({ revision: 2, documentSha256: resent.documentSha256 }),
    ]);
    const active = await call(api, p, 'post', `/contracts/${id}/countersign`);
    expect(active.status).toBe('active');

    const audit = await call(api, p, 'get', `/contracts/${id}/audit`);
    const update = audit.items.find((e: { action: string }) => e.action === 'updated');
    expect(update).toMatchObject({
      actorId: p.id,
      before: { status: 'accepted', dayRate: 1100, revision: 1 },
      after: { status: 'draft', dayRate: 1050, revision: 2, acceptancesInvalidated: 1 },
    });
  });

  it('of twenty simultaneous accepts and countersigns exactly one wins', async () => {
    const { tenant, interim, contract, assignmentId } = await draftContract(api, pool);
    const id = contract.id as string;
    await call(api, tenant.procurement, 'post', `/contracts/${id}/send`);

    const accepts = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.http.post(`${API}/contracts/${id}/accept`).set(interim.auth).send(),
      ),
    );
    expect(accepts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(accepts.filter((r) => r.status === 409)).toHaveLength(19);

    const signs = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.http.post(`${API}/contracts/${id}/countersign`).set(tenant.procurement.auth).send(),
      ),
    );
    expect(signs.filter((r) => r.status === 200)).toHaveLength(1);
    expect(signs.filter((r) => r.status === 409)).toHaveLength(19);

    const { rows } = await pool.query(
      `SELECT party, count(*)::int AS n FROM contract_acceptances WHERE contract_id = $1 GROUP BY party ORDER BY party`,
      [id],
    );
    expect(rows).toEqual([
      { party: 'interim', n: 1 },
      { party: 'organisation', n: 1 },
    ]);
    const { rows: filled } = await pool.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'assignment.filled'`,
      [assignmentId],
    );
    expect(filled[0].n).toBe(1);
  });

  it('extends an active contract as a new version that supersedes it once countersigned', async () => {
    const { tenant, interim, contract } = await activeContract(api, pool);
    const p = tenant.procurement;
    const id = contract.id as string;

    const noCheck = await api.http
      .post(`${API}/contracts/${id}/extend`)
      .set(p.auth)
      .send({ endDate: futureDate(400) });
    expect(noCheck.status).toBe(400);
    const notLater = await api.http
      .post(`${API}/contracts/${id}/extend`)
      .set(p.auth)
      .send({ endDate: contract.endDate, dbaCheck: DBA_INDEPENDENT });
    expect(notLater.status).toBe(400);

    const ext = await call(api, p, 'post', `/contracts/${id}/extend`, {
      endDate: futureDate(600),
      dayRate: 1150,
      dbaCheck: { ...DBA_INDEPENDENT, embedding: 'partial' },
    });
    expect(ext).toMatchObject({
      status: 'draft',
      version: 2,
      seriesId: id,
      previousVersionId: id,
      startDate: contract.startDate,
      dayRate: 1150,
      dba: { riskLevel: 'low', answers: { embedding: 'partial' } },
    });
    expect(ext.extensionFrom > contract.endDate).toBe(true);
    // The whole engagement now passes a year: the re-check counts it.
    expect(ext.dba.durationMonths).toBeGreaterThan(12);
    expect(ext.dba.reasons.join(' ')).toContain('longer than a year');

    const second = await api.http
      .post(`${API}/contracts/${id}/extend`)
      .set(p.auth)
      .send({ endDate: futureDate(700), dbaCheck: DBA_INDEPENDENT });
    expect(second.status).toBe(409);

    await call(api, p, 'post', `/contracts/${ext.id}/send`);
    await call(api, interim, 'post', `/contracts/${ext.id}/accept`);
    const active = await call(api, p, 'post', `/contracts/${ext.id}/countersign`);
    expect(active.status).toBe('active');
    const previous = await call(api, interim, 'get', `/contracts/${id}`);
    expect(previous).toMatchObject({ status: 'superseded', supersededAt: expect.any(String) });

    const audit = await call(api, p, 'get', `/contracts/${ext.id}/audit`);
    const actions = audit.items.map(
      (e: { entityId: string; action: string }) =>
        `${e.entityId === id ? 'v1' : e.entityId === ext.id ? 'v2' : 'other'}:${e.action}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'v1:countersigned',
        'v1:extension_drafted',
        'v2:drafted',
        'v2:countersigned',
        'v1:superseded',
      ]),
    );
  });

  it('terminates with a reason, recorded and notified', async () => {
    const { tenant, contract } = await activeContract(api, pool);
    const blank = await api.http
      .post(`${API}/contracts/${contract.id}/terminate`)
      .set(tenant.procurement.auth)
      .send({ reason: '   ' });
    expect(blank.status).toBe(400);
    const ended = await call(
      api,
      tenant.procurement,
      'post',
      `/contracts/${contract.id}/terminate`,
      {
        reason: 'The organisation merged; the assignment ended early.',
      },
    );
    expect(ended).toMatchObject({
      status: 'terminated',
      terminationReason: 'The organisation merged; the assignment ended early.',
    });
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'contract.terminated'`,
      [contract.id],
    );
    expect(rows[0].n).toBe(1);
  });
});
