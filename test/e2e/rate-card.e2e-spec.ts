import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  Tenant,
  createPublished,
  ensureTaxonomy,
  quickTenant,
  quickUser,
} from './assignments.fixtures';
import { API, call, contractBody, contractSnapshot, selectedResponse } from './contracts.fixtures';

const CARD = {
  entries: [
    { assignmentKind: 'interim_cfo', maxDayRate: 1000 },
    { assignmentKind: 'interim_cfo', seniority: 'executive', maxDayRate: 1300 },
    { assignmentKind: 'turnaround', maxDayRate: 1400 },
  ],
};

describe('rate cards and procurement flags', () => {
  let api: ApiHarness;
  let pool: Pool;
  let other: Tenant;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    other = await quickTenant(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('is maintained by organisation admins and procurement, and read by members', async () => {
    const tenant = await quickTenant(api, pool);
    const interim = await quickUser(api, pool, 'interim');
    const put = (user: TestUser, body: unknown = CARD, orgId = tenant.id) =>
      api.http
        .put(`${API}/organisations/${orgId}/rate-card`)
        .set(user.auth)
        .send(body as object);

    for (const [who, user, status] of [
      ['hiring manager', tenant.hiringManager, 403],
      ['interim', interim, 403],
      ["another organisation's admin", other.admin, 404],
    ] as [string, TestUser, number][]) {
      const before = await contractSnapshot(pool, tenant.id);
      expect({ who, status: (await put(user)).status }).toEqual({ who, status });
      expect(await contractSnapshot(pool, tenant.id)).toBe(before);
    }
    const byAdmin = await put(tenant.admin);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({
      organisationId: tenant.id,
      entries: [
        { assignmentKind: 'interim_cfo', seniority: null, maxDayRate: 1000 },
        { assignmentKind: 'interim_cfo', seniority: 'executive', maxDayRate: 1300 },
        { assignmentKind: 'turnaround', seniority: null, maxDayRate: 1400 },
      ],
    });
    // A PUT replaces the card.
    const byProcurement = await put(tenant.procurement, {
      entries: [{ assignmentKind: 'interim_cfo', maxDayRate: 950 }],
    });
    expect(byProcurement.status).toBe(200);
    const read = await call(
      api,
      tenant.hiringManager,
      'get',
      `/organisations/${tenant.id}/rate-card`,
    );
    expect(read.entries).toEqual([
      { assignmentKind: 'interim_cfo', seniority: null, maxDayRate: 950 },
    ]);
    const foreign = await api.http
      .get(`${API}/organisations/${tenant.id}/rate-card`)
      .set(other.procurement.auth);
    expect(foreign.status).toBe(404);

    const { rows } = await pool.query(
      `SELECT actor_id, after FROM audit_events WHERE entity_type = 'rate_card' AND entity_id = $1 ORDER BY id`,
      [tenant.id],
    );
    expect(rows).toEqual([
      {
        actor_id: tenant.admin.id,
        after: { entries: expect.arrayContaining(['interim_cfo/any=1000']) },
      },
      { actor_id: tenant.procurement.id, after: { entries: ['interim_cfo/any=950'] } },
    ]);
  });

  it.each([
    [
      'a duplicate line',
      { entries: [CARD.entries[0], CARD.entries[0]] },
      'lists interim_cfo twice',
    ],
    [
      'an unknown kind',
      { entries: [{ assignmentKind: 'plumbing', maxDayRate: 500 }] },
      'assignmentKind must be one of',
    ],
    [
      'an unknown seniority',
      { entries: [{ assignmentKind: 'interim_cfo', seniority: 'guru', maxDayRate: 500 }] },
      'seniority must be one of',
    ],
    [
      'a zero rate',
      { entries: [{ assignmentKind: 'interim_cfo', maxDayRate: 0 }] },
      'maxDayRate must not be less than 1',
    ],
    ['an array of arrays', { entries: [[CARD.entries[0]]] }, 'each of entries must be an object'],
    ['no entries', {}, 'entries must be an array'],
    [
      'too many entries',
      { entries: Array.from({ length: 201 }, () => CARD.entries[0]) },
      'entries must contain no more than 200 elements',
    ],
  ])('refuses %s with 400', async (_label, body, message) => {
    const tenant = await quickTenant(api, pool);
    const res = await api.http
      .put(`${API}/organisations/${tenant.id}/rate-card`)
      .set(tenant.procurement.auth)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(JSON.stringify(res.body.message)).toContain(message);
    if (_label === 'a duplicate line') {
      expect(res.body.fields).toEqual([
        { field: 'entries.1', code: 'duplicate', message: expect.stringContaining('twice') },
      ]);
    }
  });

  it('flags assignments above the card for procurement', async () => {
    const tenant = await quickTenant(api, pool);
    await call(api, tenant.procurement, 'put', `/organisations/${tenant.id}/rate-card`, CARD);
    const above = await createPublished(api, tenant.hiringManager, tenant.id, { maxDayRate: 1200 });
    await createPublished(api, tenant.hiringManager, tenant.id, { maxDayRate: 1000 });
    await createPublished(api, tenant.hiringManager, tenant.id, {
      assignmentKind: 'turnaround',
      maxDayRate: 1350,
    });

    const flags = await call(
      api,
      tenant.procurement,
      'get',
      `/procurement/flags?organisationId=${tenant.id}`,
    );
    expect(flags.items).toEqual([
      {
        type: 'assignment_above_rate_card',
        assignmentId: above.id,
        contractId: null,
        title: above.title,
        assignmentKind: 'interim_cfo',
        status: 'published',
        dayRate: 1200,
        rateCardMaxDayRate: 1000,
        excessPercent: 20,
        justification: null,
      },
    ]);
    const hm = await api.http
      .get(`${API}/procurement/flags?organisationId=${tenant.id}`)
      .set(tenant.hiringManager.auth);
    expect(hm.status).toBe(403);
    const foreign = await api.http
      .get(`${API}/procurement/flags?organisationId=${tenant.id}`)
      .set(other.procurement.auth);
    expect(foreign.status).toBe(404);
  });

  it('requires and records a justification from procurement for a contract above the card', async () => {
    const pick = await selectedResponse(api, pool);
    const { tenant } = pick;
    await call(api, tenant.procurement, 'put', `/organisations/${tenant.id}/rate-card`, CARD);

    const before = await contractSnapshot(pool, tenant.id);
    const refused = await api.http
      .post(`${API}/contracts`)
      .set(tenant.procurement.auth)
      .send(contractBody(pick.responseId, { dayRate: 1150 }));
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('above the rate card maximum of 1000');
    expect(await contractSnapshot(pool, tenant.id)).toBe(before);

    const justification = 'The only candidate with hospital turnaround experience; market rate.';
    const created = await call(
      api,
      tenant.procurement,
      'post',
      '/contracts',
      contractBody(pick.responseId, { dayRate: 1150, rateJustification: justification }),
    );
    expect(created.rateCard).toEqual({
      maxDayRate: 1000,
      aboveRateCard: true,
      justification,
      justifiedBy: tenant.procurement.id,
      justifiedAt: expect.any(String),
    });
    expect(created.warnings).toEqual([
      expect.objectContaining({
        code: 'above_rate_card',
        message: expect.stringContaining('1000'),
      }),
    ]);
    const id = created.id as string;

    // The justification covers this rate only: a higher rate needs a new one.
    const higher = await api.http
      .patch(`${API}/contracts/${id}`)
      .set(tenant.procurement.auth)
      .send({ dayRate: 1180 });
    expect(higher.status).toBe(400);
    const unrelated = await call(api, tenant.procurement, 'patch', `/contracts/${id}`, {
      hoursPerWeek: 30,
    });
    expect(unrelated.rateCard.justification).toBe(justification);
    // The executive line of the card applies to an executive contract.
    const executive = await call(api, tenant.procurement, 'patch', `/contracts/${id}`, {
      seniority: 'executive',
    });
    expect(executive.rateCard).toMatchObject({
      maxDayRate: 1300,
      aboveRateCard: false,
      justification: null,
    });

    const flags = await call(
      api,
      tenant.procurement,
      'get',
      `/procurement/flags?organisationId=${tenant.id}`,
    );
    expect(
      flags.items.filter((f: { type: string }) => f.type === 'contract_above_rate_card'),
    ).toEqual([]);
    await call(api, tenant.procurement, 'patch', `/contracts/${id}`, {
      seniority: null,
      rateJustification: justification,
    });
    const again = await call(
      api,
      tenant.procurement,
      'get',
      `/procurement/flags?organisationId=${tenant.id}`,
    );
    expect(again.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'contract_above_rate_card',
          contractId: id,
          justification,
        }),
      ]),
    );

    const audit = await call(api, tenant.procurement, 'get', `/contracts/${id}/audit`);
    const justified = audit.items.filter((e: { action: string }) => e.action === 'rate_justified');
    expect(justified).toHaveLength(2);
    expect(justified[0]).toMatchObject({
      actorId: tenant.procurement.id,
      after: { dayRate: 1150, rateCardMaxDayRate: 1000 },
    });
  });

  it('keeps the client details printed on contracts, set by admins and procurement', async () => {
    const tenant = await quickTenant(api, pool);
    const path = `/organisations/${tenant.id}/contract-details`;
    const bad = await api.http
      .put(`${API}${path}`)
      .set(tenant.procurement.auth)
      .send({ vatId: 'not a vat id' });
    expect(bad.status).toBe(400);
    const hm = await api.http
      .put(`${API}${path}`)
      .set(tenant.hiringManager.auth)
      .send({ vatId: 'NL001234567B01' });
    expect(hm.status).toBe(403);
    const set = await call(api, tenant.procurement, 'put', path, {
      vatId: 'NL001234567B01',
      address: 'Markt 1, Gouda',
    });
    expect(set).toEqual({
      organisationId: tenant.id,
      kvkNumber: null,
      vatId: 'NL001234567B01',
      address: 'Markt 1, Gouda',
    });
    expect(await call(api, tenant.hiringManager, 'get', path)).toEqual(set);
  });
});
