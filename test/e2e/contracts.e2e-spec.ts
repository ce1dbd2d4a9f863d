import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, addMember, createOrganisation, startApi, testPool } from '@gilde/testing';
import { ensureTaxonomy } from './assignments.fixtures';
import {
  API,
  DBA_INDEPENDENT,
  activeContract,
  binary,
  call,
  contractBody,
  draftContract,
  selectedResponse,
} from './contracts.fixtures';
import { interimWithProfile } from './profiles.fixtures';

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('contracts: the whole lifecycle through the API', () => {
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

  it('turns a selected response into an active, signed contract whose PDF hash both parties accepted', async () => {
    // The organisation and its procurement desk are created through the real sign-up flow.
    const org = await createOrganisation(api.http);
    const procurement = await addMember(api.http, org, 'procurement');
    const tenant = {
      id: org.id,
      owner: org.admin,
      hiringManager: org.admin,
      procurement,
      admin: org.admin,
    };
    await call(api, procurement, 'put', `/organisations/${org.id}/contract-details`, {
      vatId: 'NL001234567B01',
      address: 'Stadhuisplein 1, 3511 AA Utrecht',
    });
    const pick = await selectedResponse(api, pool, { tenant });

    const draft = await call(api, procurement, 'post', '/contracts', contractBody(pick.responseId));
    expect(draft).toMatchObject({
      status: 'draft',
      form: 'direct',
      modelAgreement: { reference: '90821.25537.1.0' },
      organisationId: org.id,
      interimId: pick.interim.id,
      assignmentId: pick.assignmentId,
      dayRate: 1100,
      revision: 1,
      dba: { riskLevel: 'low', answers: DBA_INDEPENDENT },
      warnings: [],
    });
    const id = draft.id as string;

    // Before sending, the interim does not see the draft at all.
    const hidden = await api.http.get(`${API}/contracts/${id}`).set(pick.interim.auth);
    expect(hidden.status).toBe(404);

    const sent = await call(api, procurement, 'post', `/contracts/${id}/send`);
    expect(sent.status).toBe('sent');
    expect(sent.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.parties).toMatchObject({
      organisation: { vatId: 'NL001234567B01', address: 'Stadhuisplein 1, 3511 AA Utrecht' },
      interim: { kvkNumber: '12345678', vatId: 'NL123456789B01' },
    });

    const accepted = await api.http
      .post(`${API}/contracts/${id}/accept`)
      .set(pick.interim.auth)
      .set('User-Agent', 'contract-test')
      .send();
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');

    const active = await call(api, procurement, 'post', `/contracts/${id}/countersign`);
    expect(active.status).toBe('active');
    expect(active.activatedAt).toEqual(expect.any(String));
    expect(active.acceptances).toEqual([
      expect.objectContaining({ party: 'interim', userId: pick.interim.id, revision: 1 }),
      expect.objectContaining({ party: 'organisation', userId: procurement.id, revision: 1 }),
    ]);

    // Both parties download the same bytes; their hash is what both accepted.
    const a = await api.http
      .get(`${API}/contracts/${id}/document`)
      .set(pick.interim.auth)
      .buffer(true)
      .parse(binary);
    const b = await api.http
      .get(`${API}/contracts/${id}/document`)
      .set(procurement.auth)
      .buffer(true)
      .parse(binary);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    const bytes = a.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((b.body as Buffer).equals(bytes)).toBe(true);
    const hash = sha256(bytes);
    expect(a.headers.etag).toBe(`"${hash}"`);
    expect(active.documentSha256).toBe(hash);
    for (const acceptance of active.acceptances) expect(acceptance.documentSha256).toBe(hash);
    const { rows: recorded } = await pool.query(
      `SELECT party, user_id, ip, document_sha256 FROM contract_acceptances WHERE contract_id = $1 ORDER BY accepted_at`,
      [id],
    );
    expect(recorded).toEqual([
      { party: 'interim', user_id: pick.interim.id, ip: expect.any(String), document_sha256: hash },
      {
        party: 'organisation',
        user_id: procurement.id,
        ip: expect.any(String),
        document_sha256: hash,
      },
    ]);

    // Countersigning filled the assignment, in the same transaction.
    const { rows: assignment } = await pool.query(`SELECT status FROM assignments WHERE id = $1`, [
      pick.assignmentId,
    ]);
    expect(assignment[0].status).toBe('filled');

    // Every step is in the audit trail, with who did it.
    const audit = await call(api, procurement, 'get', `/contracts/${id}/audit`);
    const steps = audit.items
      .filter((e: { entityType: string }) => e.entityType === 'contract')
      .map((e: { action: string; actorId: string }) => [e.action, e.actorId]);
    expect(steps).toEqual(
      expect.arrayContaining([
        ['drafted', procurement.id],
        ['sent', procurement.id],
        ['accepted', pick.interim.id],
        ['countersigned', procurement.id],
        ['document_downloaded', pick.interim.id],
      ]),
    );

    // Notifications for every step go through the outbox, ids only.
    const { rows: events } = await pool.query(
      `SELECT event_type, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY created_at, id`,
      [id],
    );
    expect(events.map((e) => e.event_type).sort()).toEqual([
      'contract.accepted',
      'contract.activated',
      'contract.countersigned',
      'contract.sent',
    ]);
    expect(events[0].payload).toEqual({
      contractId: id,
      seriesId: id,
      version: 1,
      organisationId: org.id,
      interimId: pick.interim.id,
      assignmentId: pick.assignmentId,
    });

    const done = await call(api, procurement, 'post', `/contracts/${id}/complete`);
    expect(done.status).toBe('completed');
    const { rows: after } = await pool.query(
      `SELECT event_type, payload->>'reviewerSide' AS side FROM outbox_events
        WHERE aggregate_id = $1 AND event_type IN ('contract.completed', 'review.requested') ORDER BY event_type, side`,
      [id],
    );
    expect(after).toEqual([
      { event_type: 'contract.completed', side: null },
      { event_type: 'review.requested', side: 'interim' },
      { event_type: 'review.requested', side: 'organisation' },
    ]);
  });

  it('lists contracts for the organisation and for the interim, and gives the hiring manager read access', async () => {
    const { tenant, interim, contract } = await activeContract(api, pool);
    const list = await call(
      api,
      tenant.procurement,
      'get',
      `/contracts?organisationId=${tenant.id}`,
    );
    expect(list).toMatchObject({ total: 1, page: 1, items: [{ id: contract.id }] });
    const byStatus = await call(
      api,
      tenant.hiringManager,
      'get',
      `/contracts?organisationId=${tenant.id}&status=draft`,
    );
    expect(byStatus.total).toBe(0);
    const mine = await call(api, interim, 'get', '/contracts');
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    const one = await call(api, tenant.hiringManager, 'get', `/contracts/${contract.id}`);
    expect(one.status).toBe('active');
    const missing = await api.http.get(`${API}/contracts`).set(tenant.procurement.auth);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'organisationId', code: 'required' }],
    });
  });

  it('defaults the model agreement only for direct agreements', async () => {
    const pick = await selectedResponse(api, pool);
    const res = await call(
      api,
      pick.tenant.procurement,
      'post',
      '/contracts',
      contractBody(pick.responseId, { form: 'intermediary', modelAgreementRef: 'TK-2024-001' }),
    );
    expect(res).toMatchObject({
      form: 'intermediary',
      modelAgreement: { reference: 'TK-2024-001', title: null },
    });
    const second = await api.http
      .post(`${API}/contracts`)
      .set(pick.tenant.procurement.auth)
      .send(contractBody(pick.responseId));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('contract_exists');
  });

  it('refuses to draft from a response that is not selected', async () => {
    const pick = await draftContract(api, pool);
    const { user: other } = await interimWithProfile(api, pool);
    const { rows } = await pool.query(
      `INSERT INTO responses (assignment_id, organisation_id, interim_id, motivation, proposed_day_rate, available_from, status)
       VALUES ($1, $2, $3, 'x', 1000, current_date, 'shortlisted') RETURNING id`,
      [pick.assignmentId, pick.tenant.id, other.id],
    );
    const res = await api.http
      .post(`${API}/contracts`)
      .set(pick.tenant.procurement.auth)
      .send(contractBody(rows[0].id));
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('it is shortlisted');
    expect(res.body).toMatchObject({ code: 'response_not_selected', state: 'shortlisted' });
  });
});
