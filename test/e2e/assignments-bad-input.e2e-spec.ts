import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  assignmentBody,
  createDraft,
  createPublished,
  ensureTaxonomy,
  futureDate,
  quickTenant,
  quickUser,
  respond,
  responseBody,
  scopedSnapshot,
} from './assignments.fixtures';

const LONG = 'x'.repeat(10_000);
const SKILL = { name: 'manage budgets', weight: 3, mustHave: true };

/** Bodies every object endpoint refuses whatever the route. */
const NOT_AN_OBJECT: [string, string][] = [
  ['an array', '[{"title": "x"}]'],
  ['a string', '"x"'],
  ['null', 'null'],
  ['a number', '42'],
  ['prototype pollution', '{"__proto__": {"isAdmin": true}}'],
  ['constructor pollution', '{"constructor": {"prototype": {"isAdmin": true}}}'],
  ['broken JSON', '{"title": '],
];

/** Assignment fields that are wrong in a draft and in an edit alike. */
const BAD_ASSIGNMENT_FIELDS: [string, Record<string, unknown>][] = [
  ['unknown field', { tenantId: '00000000-0000-4000-8000-000000000000' }],
  ['protected field status', { status: 'published' }],
  ['protected field version', { version: 99 }],
  ['protected field createdBy', { createdBy: '00000000-0000-4000-8000-000000000000' }],
  ['protected field id', { id: '00000000-0000-4000-8000-000000000000' }],
  ['title of the wrong type', { title: 42 }],
  ['title null', { title: null }],
  ['blank title', { title: '   ' }],
  ['10,000-character title', { title: LONG }],
  ['10,000-character description', { description: LONG }],
  ['hoursPerWeek as a string', { hoursPerWeek: '32' }],
  ['hoursPerWeek 0', { hoursPerWeek: 0 }],
  ['hoursPerWeek 61', { hoursPerWeek: 61 }],
  ['hoursPerWeek 20.5', { hoursPerWeek: 20.5 }],
  ['remoteShare 101', { remoteShare: 101 }],
  ['remoteShare -1', { remoteShare: -1 }],
  ['maxDayRate 0', { maxDayRate: 0 }],
  ['maxDayRate -500', { maxDayRate: -500 }],
  ['maxDayRate 1e9', { maxDayRate: 1_000_000_000 }],
  ['unknown assignmentKind', { assignmentKind: 'pizza' }],
  ['unknown sector', { sector: 'space' }],
  ['dates in the wrong order', { startDate: futureDate(60), endDate: futureDate(30) }],
  ['impossible date', { startDate: '2031-02-30' }],
  ['date in another format', { startDate: '01-03-2031' }],
  ['date-time instead of date', { endDate: '2031-03-01T10:00:00Z' }],
  ['requiredSkills not an array', { requiredSkills: 'manage budgets' }],
  ['requiredSkills an object', { requiredSkills: SKILL }],
  ['a skill that is a string', { requiredSkills: ['manage budgets'] }],
  ['a skill that is an array', { requiredSkills: [[SKILL]] }],
  ['a skill that is null', { requiredSkills: [null] }],
  ['a skill with an unknown field', { requiredSkills: [{ ...SKILL, skillId: 'x' }] }],
  ['a skill weight of 6', { requiredSkills: [{ ...SKILL, weight: 6 }] }],
  ['a skill weight of 0', { requiredSkills: [{ ...SKILL, weight: 0 }] }],
  ['mustHave as a string', { requiredSkills: [{ ...SKILL, mustHave: 'yes' }] }],
  ['a 10,000-character skill name', { requiredSkills: [{ ...SKILL, name: LONG }] }],
  [
    '31 skills',
    { requiredSkills: Array.from({ length: 31 }, (_, i) => ({ ...SKILL, name: `s${i}` })) },
  ],
  ['languages a string', { languages: 'nl' }],
  ['a language that is not a code', { languages: ['Dutch'] }],
  ['location an array', { location: [{ city: 'Utrecht' }] }],
  ['location a string', { location: 'Utrecht' }],
  ['location with an unknown field', { location: { city: 'Utrecht', lat: 52 } }],
  ['a 10,000-character city', { location: { city: LONG } }],
  ['a country that is not a code', { location: { country: 'Netherlands' } }],
];

describe('bad input to the assignments and responses API', () => {
  let api: ApiHarness;
  let pool: Pool;
  let a: Tenant;
  let interim: TestUser;
  let draftId: string;
  let publishedId: string;
  let responseId: string;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    a = await quickTenant(api, pool);
    interim = await quickUser(api, pool, 'interim');
    draftId = (await createDraft(api, a.hiringManager, a.id)).id;
    publishedId = (await createPublished(api, a.hiringManager, a.id)).id;
    responseId = (await respond(api, await quickUser(api, pool, 'interim'), publishedId)).id;
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  /** Sends the request, expects 400 in the standard error shape, and no change in the data. */
  async function refused(
    send: () => Promise<{ status: number; body: { message?: unknown } }>,
  ): Promise<unknown> {
    const before = await scopedSnapshot(pool, [a.id]);
    const res = await send();
    expect(res.status).toBe(400);
    const { fields, ...rest } = res.body as { fields?: unknown; code?: string };
    expect(rest).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      // Pollution keys are refused by the JSON parser itself, before validation.
      code: expect.stringMatching(/^(validation_failed|invalid_json)$/),
      message: expect.anything(),
    });
    if (rest.code === 'validation_failed') expect(Array.isArray(fields)).toBe(true);
    expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    return res.body.message;
  }

  describe('POST /assignments', () => {
    it.each(BAD_ASSIGNMENT_FIELDS)('refuses %s', async (_name, patch) => {
      await refused(() =>
        api.http
          .post(`${API}/assignments`)
          .set(a.hiringManager.auth)
          .send(assignmentBody(a.id, patch)),
      );
    });

    it.each(NOT_AN_OBJECT)('refuses a body that is %s', async (_name, raw) => {
      await refused(() =>
        api.http
          .post(`${API}/assignments`)
          .set(a.hiringManager.auth)
          .set('Content-Type', 'application/json')
          .send(raw),
      );
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('refuses a missing organisationId or title, and an organisationId that is not a uuid', async () => {
      const { organisationId: _o, ...noOrg } = assignmentBody(a.id);
      const { title: _t, ...noTitle } = assignmentBody(a.id);
      for (const body of [noOrg, noTitle, { ...noOrg, organisationId: 'org-a' }]) {
        await refused(() =>
          api.http.post(`${API}/assignments`).set(a.hiringManager.auth).send(body),
        );
      }
    });

    it('names every problem in one answer', async () => {
      const message = await refused(() =>
        api.http
          .post(`${API}/assignments`)
          .set(a.hiringManager.auth)
          .send(assignmentBody(a.id, { hoursPerWeek: 61, remoteShare: -1, sector: 'space' })),
      );
      expect(message).toEqual(
        expect.arrayContaining([
          'hoursPerWeek must not be greater than 60',
          'remoteShare must not be less than 0',
          expect.stringContaining('sector must be one of the following values'),
        ]),
      );
    });

    it('names each failed field by its dotted path with a code a program can switch on', async () => {
      const before = await scopedSnapshot(pool, [a.id]);
      const res = await api.http
        .post(`${API}/assignments`)
        .set(a.hiringManager.auth)
        .send(
          assignmentBody(a.id, {
            hoursPerWeek: 61,
            sector: 'space',
            requiredSkills: [{ name: 5, weight: 9, mustHave: true }],
            tenantId: 'x',
          }),
        );
      expect(res.status).toBe(400);
      const fields = (res.body as { fields: { field: string; code: string }[] }).fields;
      expect(fields.map(({ field, code }) => ({ field, code }))).toEqual(
        expect.arrayContaining([
          { field: 'hoursPerWeek', code: 'too_large' },
          { field: 'sector', code: 'not_allowed' },
          { field: 'requiredSkills.0.name', code: 'invalid_type' },
          { field: 'requiredSkills.0.weight', code: 'too_large' },
          { field: 'tenantId', code: 'unknown_field' },
        ]),
      );
      expect(await scopedSnapshot(pool, [a.id])).toBe(before);
    });

    it('takes unicode in every text field', async () => {
      const res = await api.http
        .post(`${API}/assignments`)
        .set(a.hiringManager.auth)
        .send(
          assignmentBody(a.id, {
            title: 'Directeur a.i. — Ærø «Zorg» 東京 🚀',
            description: 'مرحبا · Grüße · ünïcödé',
            location: { city: "'s-Hertogenbosch", country: 'NL' },
            requiredSkills: [{ name: 'leidinggeven aan één team', weight: 3, mustHave: true }],
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: 'Directeur a.i. — Ærø «Zorg» 東京 🚀',
        description: 'مرحبا · Grüße · ünïcödé',
        location: { city: "'s-Hertogenbosch", country: 'NL' },
      });
    });
  });

  describe('PATCH /assignments/:id', () => {
    it.each([
      ...BAD_ASSIGNMENT_FIELDS,
      [
        'organisationId (another tenant)',
        { organisationId: '00000000-0000-4000-8000-000000000000' },
      ] as [string, Record<string, unknown>],
      ['an empty change', {}] as [string, Record<string, unknown>],
    ])('refuses %s', async (_name, patch) => {
      await refused(() =>
        api.http.patch(`${API}/assignments/${draftId}`).set(a.hiringManager.auth).send(patch),
      );
    });

    it.each(NOT_AN_OBJECT)('refuses a body that is %s', async (_name, raw) => {
      await refused(() =>
        api.http
          .patch(`${API}/assignments/${draftId}`)
          .set(a.hiringManager.auth)
          .set('Content-Type', 'application/json')
          .send(raw),
      );
    });

    it('refuses an end date before the stored start date', async () => {
      const message = await refused(() =>
        api.http
          .patch(`${API}/assignments/${draftId}`)
          .set(a.hiringManager.auth)
          .send({ endDate: futureDate(1) }),
      );
      expect(message).toEqual(['endDate must not be before startDate']);
    });
  });

  describe('POST /assignments/:id/invitations', () => {
    it.each<[string, unknown]>([
      ['no interimId', {}],
      ['an interimId that is not a uuid', { interimId: 'anna' }],
      ['an interimId of the wrong type', { interimId: 42 }],
      ['an array of interims', { interimId: ['00000000-0000-4000-8000-000000000000'] }],
      [
        'a 10,000-character message',
        { interimId: '00000000-0000-4000-8000-000000000000', message: LONG },
      ],
      [
        'a message of the wrong type',
        { interimId: '00000000-0000-4000-8000-000000000000', message: { text: 'hi' } },
      ],
      ['an unknown field', { interimId: '00000000-0000-4000-8000-000000000000', invitedBy: 'x' }],
      ['an array body', [{ interimId: '00000000-0000-4000-8000-000000000000' }]],
    ])('refuses %s', async (_name, body) => {
      await refused(() =>
        api.http
          .post(`${API}/assignments/${publishedId}/invitations`)
          .set(a.hiringManager.auth)
          .send(body as object),
      );
    });
  });

  describe('POST /assignments/:id/responses', () => {
    it.each<[string, Record<string, unknown>]>([
      ['a 10,000-character motivation', { motivation: LONG }],
      ['a blank motivation', { motivation: ' ' }],
      ['a motivation of the wrong type', { motivation: ['a', 'b'] }],
      ['proposedDayRate 0', { proposedDayRate: 0 }],
      ['proposedDayRate -1', { proposedDayRate: -1 }],
      ['proposedDayRate as a string', { proposedDayRate: '950' }],
      ['proposedDayRate 950.5', { proposedDayRate: 950.5 }],
      ['proposedDayRate 1e9', { proposedDayRate: 1_000_000_000 }],
      ['an impossible availableFrom', { availableFrom: '2031-02-30' }],
      ['availableFrom in words', { availableFrom: 'next week' }],
      ['availableFrom in the past', { availableFrom: futureDate(-30) }],
      ['protected field status', { status: 'selected' }],
      ['protected field interimId', { interimId: '00000000-0000-4000-8000-000000000000' }],
      [
        'protected field organisationId',
        { organisationId: '00000000-0000-4000-8000-000000000000' },
      ],
    ])('refuses %s', async (_name, patch) => {
      await refused(() =>
        api.http
          .post(`${API}/assignments/${publishedId}/responses`)
          .set(interim.auth)
          .send(responseBody(patch)),
      );
    });

    it.each(NOT_AN_OBJECT)('refuses a body that is %s', async (_name, raw) => {
      await refused(() =>
        api.http
          .post(`${API}/assignments/${publishedId}/responses`)
          .set(interim.auth)
          .set('Content-Type', 'application/json')
          .send(raw),
      );
    });
  });

  describe('POST /responses/:id/reject', () => {
    it.each<[string, unknown]>([
      ['no reason', {}],
      ['a reason that is not on the list', { reason: 'ghosted' }],
      ['two reasons', { reason: ['rate', 'availability'] }],
      ['a 10,000-character note', { reason: 'rate', note: LONG }],
      ['a note of the wrong type', { reason: 'rate', note: 42 }],
      ['a decidedBy field', { reason: 'rate', decidedBy: '00000000-0000-4000-8000-000000000000' }],
      ['an array body', [{ reason: 'rate' }]],
    ])('refuses %s', async (_name, body) => {
      await refused(() =>
        api.http
          .post(`${API}/responses/${responseId}/reject`)
          .set(a.hiringManager.auth)
          .send(body as object),
      );
    });
  });

  describe('query strings and ids', () => {
    it.each([
      'status=draft&status=published',
      'status=deleted',
      'pageSize=1000',
      'pageSize=0',
      'page=0',
      'page=-1',
      'page=abc',
      'page=1&page=2',
      'pageSize=2.5',
      'tenantId=x',
    ])('GET /assignments refuses %s', async (query) => {
      const res = await api.http
        .get(`${API}/assignments?organisationId=${a.id}&${query}`)
        .set(a.hiringManager.auth);
      expect(res.status).toBe(400);
    });

    it.each(['', 'organisationId=acme', 'organisationId=ORG&organisationId=ORG'])(
      'GET /assignments refuses organisationId %j',
      async (query) => {
        const res = await api.http
          .get(`${API}/assignments?${query.replace(/ORG/g, a.id)}`)
          .set(a.hiringManager.auth);
        expect(res.status).toBe(400);
      },
    );

    it.each(['status=submitted&status=rejected', 'pageSize=101', 'page=1.5', 'sort=rate'])(
      'response lists refuse %s',
      async (query) => {
        const org = await api.http
          .get(`${API}/assignments/${publishedId}/responses?${query}`)
          .set(a.hiringManager.auth);
        expect(org.status).toBe(400);
        const own = await api.http.get(`${API}/interims/me/responses?${query}`).set(interim.auth);
        expect(own.status).toBe(400);
      },
    );

    it.each([
      ['get', '/assignments/not-a-uuid', 'client'],
      ['patch', '/assignments/1', 'client'],
      ['post', '/assignments/abc/publish', 'client'],
      ['post', "/assignments/1' OR '1'='1/responses", 'interim'],
      ['post', '/responses/123/shortlist', 'client'],
      ['post', '/responses/xyz/withdraw', 'interim'],
    ] as const)('%s %s refuses an id that is not a uuid', async (method, path, caller) => {
      await refused(() =>
        api.http[method](`${API}${encodeURI(path)}`)
          .set(caller === 'interim' ? interim.auth : a.hiringManager.auth)
          .send({}),
      );
    });
  });
});
