import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import { ensureTaxonomy, quickTenant, quickUser, Tenant } from './assignments.fixtures';
import {
  API,
  DBA_INDEPENDENT,
  Json,
  Pick,
  activeContract,
  call,
  contractBody,
  contractSnapshot,
  draftContract,
  futureDate,
  selectedResponse,
} from './contracts.fixtures';

describe('contracts: who may do what (field rules, organisation scoping)', () => {
  let api: ApiHarness;
  let pool: Pool;
  let other: Tenant;
  let strangerInterim: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    other = await quickTenant(api, pool);
    strangerInterim = await quickUser(api, pool, 'interim', 'stranger');
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('only procurement of the response organisation drafts a contract', async () => {
    const pick = await selectedResponse(api, pool);
    const body = contractBody(pick.responseId);
    const cases: [string, TestUser, number][] = [
      ['hiring manager', pick.tenant.hiringManager, 403],
      ['organisation admin', pick.tenant.admin, 403],
      // Client-only route: the account type is refused before anything is looked up.
      ['the interim', pick.interim, 403],
      ["another organisation's procurement", other.procurement, 404],
    ];
    for (const [who, user, status] of cases) {
      const before = await contractSnapshot(pool, pick.tenant.id);
      const res = await api.http.post(`${API}/contracts`).set(user.auth).send(body);
      expect({ who, status: res.status }).toEqual({ who, status });
      expect(await contractSnapshot(pool, pick.tenant.id)).toBe(before);
    }
    const res = await api.http
      .post(`${API}/contracts`)
      .set(pick.tenant.procurement.auth)
      .send(body);
    expect(res.status).toBe(201);
  });

  it('only procurement sends, countersigns, terminates and extends; only the interim accepts', async () => {
    const { tenant, interim, contract } = await draftContract(api, pool);
    const id = contract.id as string;
    const tryAs = async (user: TestUser, path: string, body: Json = {}) =>
      (await api.http.post(`${API}/contracts/${id}/${path}`).set(user.auth).send(body)).status;

    expect(await tryAs(tenant.hiringManager, 'send')).toBe(403);
    const codeAs = async (user: TestUser, path: string) =>
      (await api.http.post(`${API}/contracts/${id}/${path}`).set(user.auth).send({})).body.code;
    expect(await codeAs(tenant.hiringManager, 'send')).toBe('organisation_role_required');
    expect(await codeAs(interim, 'send')).toBe('account_type_not_allowed');
    expect(await tryAs(other.procurement, 'send')).toBe(404);
    expect(await tryAs(interim, 'send')).toBe(403); // a client-only route
    expect(await tryAs(interim, 'accept')).toBe(404); // not sent yet: the interim does not know it
    await call(api, tenant.procurement, 'post', `/contracts/${id}/send`);

    expect(await tryAs(tenant.procurement, 'accept')).toBe(403);
    expect(await tryAs(tenant.hiringManager, 'accept')).toBe(403);
    expect(await tryAs(strangerInterim, 'accept')).toBe(404);
    expect(await tryAs(other.procurement, 'accept')).toBe(404);
    expect(await tryAs(interim, 'send')).toBe(403);
    await call(api, interim, 'post', `/contracts/${id}/accept`);

    expect(await tryAs(interim, 'countersign')).toBe(403);
    expect(await tryAs(tenant.hiringManager, 'countersign')).toBe(403);
    expect(await tryAs(tenant.admin, 'countersign')).toBe(403);
    expect(await tryAs(other.procurement, 'countersign')).toBe(404);
    await call(api, tenant.procurement, 'post', `/contracts/${id}/countersign`);

    const ext = { endDate: futureDate(500), dbaCheck: DBA_INDEPENDENT };
    expect(await tryAs(tenant.hiringManager, 'extend', ext)).toBe(403);
    expect(await tryAs(interim, 'extend', ext)).toBe(403);
    expect(await tryAs(interim, 'terminate', { reason: 'I quit' })).toBe(403);
    expect(await tryAs(tenant.hiringManager, 'terminate', { reason: 'We quit' })).toBe(403);
    expect(await tryAs(other.procurement, 'terminate', { reason: 'We quit' })).toBe(404);
    expect(await tryAs(interim, 'complete')).toBe(403);
    expect(await tryAs(tenant.hiringManager, 'complete')).toBe(200);
  });

  it('shows a contract to its parties only; everyone else gets 404', async () => {
    const { tenant, interim, contract } = await activeContract(api, pool);
    const get = async (user: TestUser, suffix = '') =>
      (await api.http.get(`${API}/contracts/${contract.id}${suffix}`).set(user.auth)).status;
    for (const user of [tenant.procurement, tenant.hiringManager, interim]) {
      expect(await get(user)).toBe(200);
      expect(await get(user, '/document')).toBe(200);
    }
    expect(await get(tenant.admin)).toBe(403);
    for (const user of [other.procurement, other.hiringManager, strangerInterim]) {
      expect(await get(user)).toBe(404);
      expect(await get(user, '/document')).toBe(404);
    }
    expect(await get(other.procurement, '/audit')).toBe(404);
    expect(await get(strangerInterim, '/audit')).toBe(403); // a client-only route
    expect(await get(tenant.procurement, '/audit')).toBe(200);
    expect(await get(tenant.hiringManager, '/audit')).toBe(403);
    expect(await get(interim, '/audit')).toBe(403);
    const unknown = await api.http
      .get(`${API}/contracts/00000000-0000-4000-8000-000000000000`)
      .set(tenant.procurement.auth);
    expect(unknown.status).toBe(404);
    const list = await api.http
      .get(`${API}/contracts?organisationId=${tenant.id}`)
      .set(other.procurement.auth);
    expect(list.status).toBe(404);
    const theirs = await call(api, strangerInterim, 'get', '/contracts');
    expect(theirs.total).toBe(0);
  });

  describe('field-level write rules on a draft', () => {
    let pick: Pick & { contract: Json };
    beforeAll(async () => {
      pick = await draftContract(api, pool);
    });

    const fields: [string, unknown, { procurement: number; hiring_manager: number }][] = [
      ['dayRate', 1000, { procurement: 200, hiring_manager: 403 }],
      [
        'rateJustification',
        'A scarce profile with rare sector experience.',
        { procurement: 200, hiring_manager: 403 },
      ],
      ['seniority', 'senior', { procurement: 200, hiring_manager: 403 }],
      ['form', 'mediation', { procurement: 200, hiring_manager: 403 }],
      ['modelAgreementRef', 'OWN-2026-01', { procurement: 200, hiring_manager: 403 }],
      [
        'dbaCheck',
        { ...DBA_INDEPENDENT, embedding: 'partial' },
        { procurement: 200, hiring_manager: 403 },
      ],
      ['terms', 'Two reports a month.', { procurement: 200, hiring_manager: 403 }],
      ['noticePeriodDays', 14, { procurement: 200, hiring_manager: 403 }],
      ['startDate', futureDate(31), { procurement: 200, hiring_manager: 200 }],
      ['endDate', futureDate(220), { procurement: 200, hiring_manager: 200 }],
      ['hoursPerWeek', 30, { procurement: 200, hiring_manager: 200 }],
      ['placeOfWork', 'Amersfoort', { procurement: 200, hiring_manager: 200 }],
    ];

    it.each(fields)(
      '%s: procurement and hiring manager as ruled; interim and admin never',
      async (field, value, expected) => {
        const { tenant } = pick;
        const id = pick.contract.id as string;
        for (const [who, user, status] of [
          ['hiring_manager', tenant.hiringManager, expected.hiring_manager],
          ['admin', tenant.admin, 403],
          ['other organisation', other.procurement, 404],
          ['procurement', tenant.procurement, expected.procurement],
        ] as [string, TestUser, number][]) {
          const before = await contractSnapshot(pool, tenant.id);
          const res = await api.http
            .patch(`${API}/contracts/${id}`)
            .set(user.auth)
            .send({ [field]: value });
          expect({ who, field, status: res.status }).toEqual({ who, field, status });
          if (status !== 200) expect(await contractSnapshot(pool, tenant.id)).toBe(before);
        }
      },
    );

    it('an interim cannot edit a contract sent to them', async () => {
      const { tenant, interim, contract } = await draftContract(api, pool);
      await call(api, tenant.procurement, 'post', `/contracts/${contract.id}/send`);
      const before = await contractSnapshot(pool, tenant.id);
      const res = await api.http
        .patch(`${API}/contracts/${contract.id}`)
        .set(interim.auth)
        .send({ dayRate: 2000 });
      expect(res.status).toBe(403);
      expect(await contractSnapshot(pool, tenant.id)).toBe(before);
    });
  });

  it.each([
    ['a state', { status: 'active' }, 'property status should not exist'],
    ['a zero rate', { dayRate: 0 }, 'dayRate must not be less than 1'],
    ['a null rate', { dayRate: null }, 'dayRate must be an integer number'],
    [
      'an impossible date',
      { startDate: '2026-02-30' },
      'startDate must be a date written YYYY-MM-DD',
    ],
    [
      'an end before the start',
      { endDate: futureDate(1) },
      'endDate must be on or after startDate',
    ],
    ['an unknown form', { form: 'employment' }, 'form must be one of the following values'],
    [
      'an incomplete DBA check',
      { dbaCheck: { workDirection: 'interim' } },
      'dbaCheck.embedding must be one of the following values',
    ],
    ['a DBA check inside an array', { dbaCheck: [DBA_INDEPENDENT] }, 'dbaCheck must be an object'],
    [
      'overlong terms',
      { terms: 'x'.repeat(10001) },
      'terms must be shorter than or equal to 10000 characters',
    ],
  ])('refuses %s with 400 and changes nothing', async (_label, patch, message) => {
    const pick = await selectedResponse(api, pool);
    const before = await contractSnapshot(pool, pick.tenant.id);
    const res = await api.http
      .post(`${API}/contracts`)
      .set(pick.tenant.procurement.auth)
      .send({ ...contractBody(pick.responseId), ...patch });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(message);
    expect(await contractSnapshot(pool, pick.tenant.id)).toBe(before);
  });
});
