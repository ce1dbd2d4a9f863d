import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ProfilesReader } from '@gilde/profiles';
import { ApiHarness, TestOrganisation, TestUser, startApi, testPool } from '@gilde/testing';
import {
  futureDate,
  interimWithProfile,
  outboxFor,
  profileSnapshot,
  platformAdmin,
  quickMember,
  quickOrganisation,
  quickUser,
  seedResponse,
  validProfile,
} from './profiles.fixtures';

describe('interim profiles', () => {
  let api: ApiHarness;
  let pool: Pool;
  let org: TestOrganisation;
  let admin: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    org = await quickOrganisation(api, pool);
    admin = await platformAdmin(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  describe('PUT and GET /interims/me/profile', () => {
    it('creates the profile, resolves skills and reads it back with credential states', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const body = validProfile({
        skills: [
          { name: 'Manage Budgets', level: 5, years: 12 },
          { name: 'control finances', level: 4, years: 10 },
          { name: 'Kwantumboekhouding-x', level: 3, years: 2 },
        ],
        headline: 'Interim-CFO — Zoë Müller, 財務',
      });
      const put = await api.http.put('/api/v1/interims/me/profile').set(interim.auth).send(body);
      expect(put.status).toBe(200);
      expect(put.headers['cache-control']).toBe('no-store');
      expect(put.body).toMatchObject({
        interimId: interim.id,
        headline: 'Interim-CFO — Zoë Müller, 財務',
        sectors: ['healthcare', 'government'],
        location: { city: 'Utrecht', country: 'NL' },
        dayRate: { min: 950, max: 1250 },
        hoursPerWeek: { min: 24, max: 40 },
        preferences: { notify: 'daily', sectors: ['healthcare'] },
        visibility: 'clients',
        kvkNumber: '12345678',
        version: 1,
      });
      const [budgets, finances, free] = put.body.skillResolutions;
      expect(budgets).toMatchObject({
        input: 'Manage Budgets',
        label: 'manage budgets',
        matchedBy: 'exact',
      });
      expect(budgets.skillId).toEqual(expect.any(String));
      expect(finances).toMatchObject({
        input: 'control finances',
        matchedBy: 'synonym',
        label: 'control financial resources',
      });
      expect(free).toMatchObject({
        input: 'Kwantumboekhouding-x',
        skillId: null,
        matchedBy: 'free_text',
      });
      expect(put.body.skills).toEqual([
        { skillId: budgets.skillId, name: 'manage budgets', level: 5, years: 12 },
        { skillId: finances.skillId, name: 'control financial resources', level: 4, years: 10 },
        { skillId: null, name: 'Kwantumboekhouding-x', level: 3, years: 2 },
      ]);
      expect(put.body.credentials).toEqual([
        expect.objectContaining({ type: 'RQIM', status: 'unverified', verifiedAt: null }),
      ]);

      const get = await api.http.get('/api/v1/interims/me/profile').set(interim.auth);
      expect(get.status).toBe(200);
      const { skillResolutions: _ignored, ...saved } = put.body;
      expect(get.body).toEqual(saved);
    });

    it('replaces the whole profile: omitted optional fields become empty, the version goes up', async () => {
      const { user } = await interimWithProfile(api, pool);
      const body = validProfile({
        skills: [{ name: 'manage budgets', level: 2, years: 1 }],
        credentials: [],
      });
      delete body.summary;
      delete body.kvkNumber;
      delete body.availableFrom;
      const res = await api.http.put('/api/v1/interims/me/profile').set(user.auth).send(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        summary: null,
        kvkNumber: null,
        availableFrom: null,
        version: 2,
        credentials: [],
      });
      expect(res.body.skills).toHaveLength(1);
      const { rows } = await pool.query(
        'SELECT count(*)::int AS n FROM profile_skills WHERE user_id = $1',
        [user.id],
      );
      expect(rows[0].n).toBe(1);
    });

    it('answers 404 with a hint before the profile exists', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const res = await api.http.get('/api/v1/interims/me/profile').set(interim.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('profile_missing');
      expect(res.body.message).toContain('PUT /api/v1/interims/me/profile');
    });

    it('writes profile.updated with ids only, in the same transaction', async () => {
      const { user } = await interimWithProfile(api, pool);
      await api.http.put('/api/v1/interims/me/profile').set(user.auth).send(validProfile());
      const events = await outboxFor(pool, user.id);
      expect(events).toEqual([
        {
          event_type: 'profile.updated',
          aggregate_type: 'interim_profile',
          aggregate_id: user.id,
          tenant_id: user.id,
          payload: { interimId: user.id, version: 1 },
        },
        {
          event_type: 'profile.updated',
          aggregate_type: 'interim_profile',
          aggregate_id: user.id,
          tenant_id: user.id,
          payload: { interimId: user.id, version: 2 },
        },
      ]);
    });
  });

  describe('validation', () => {
    const long = 'x'.repeat(10_000);
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown top-level field', { isVerified: true }, 'property isVerified should not exist'],
      ['protected field version', { version: 99 }, 'property version should not exist'],
      [
        'unknown nested field',
        { dayRate: { min: 1, max: 2, currency: 'EUR' } },
        'property currency should not exist',
      ],
      [
        'unknown field in a skill',
        { skills: [{ name: 'x', level: 1, years: 1, skillId: 'a' }] },
        'property skillId should not exist',
      ],
      ['headline missing', { headline: undefined }, 'headline must be a string'],
      ['headline blank', { headline: '   ' }, 'headline must not be blank'],
      [
        'headline of 10,000 characters',
        { headline: long },
        'headline must be shorter than or equal to 200 characters',
      ],
      [
        'summary of 10,000 characters',
        { summary: long },
        'summary must be shorter than or equal to 5000 characters',
      ],
      [
        'skill name of 10,000 characters',
        { skills: [{ name: long, level: 1, years: 1 }] },
        'name must be shorter than or equal to 120 characters',
      ],
      [
        'skill level 0',
        { skills: [{ name: 'x', level: 0, years: 1 }] },
        'level must not be less than 1',
      ],
      [
        'skill level 6',
        { skills: [{ name: 'x', level: 6, years: 1 }] },
        'level must not be greater than 5',
      ],
      [
        'skill level as string',
        { skills: [{ name: 'x', level: '3', years: 1 }] },
        'level must be an integer number',
      ],
      [
        'skill years 61',
        { skills: [{ name: 'x', level: 1, years: 61 }] },
        'years must not be greater than 60',
      ],
      [
        'skill years negative',
        { skills: [{ name: 'x', level: 1, years: -1 }] },
        'years must not be less than 0',
      ],
      [
        '51 skills',
        { skills: Array.from({ length: 51 }, (_, i) => ({ name: `s${i}`, level: 1, years: 1 })) },
        'skills must contain no more than 50 elements',
      ],
      [
        'a skill twice',
        {
          skills: [
            { name: 'Budget', level: 1, years: 1 },
            { name: 'budget ', level: 2, years: 2 },
          ],
        },
        'list each skill once',
      ],
      ['skills not an array', { skills: 'budgets' }, 'skills must be an array'],
      [
        'skill not an object',
        { skills: ['budgets'] },
        'nested property skills must be either object or array',
      ],
      [
        'skills an array of arrays',
        { skills: [[{ name: 'Budget', level: 3, years: 5 }]] },
        'each of skills must be an object',
      ],
      [
        'unknown sector',
        { sectors: ['mining'] },
        'each value in sectors must be one of the following values',
      ],
      [
        'unknown assignment kind',
        { assignmentKinds: ['janitor'] },
        'each value in assignmentKinds must be one of the following values',
      ],
      ['bad language code', { languages: ['dutch'] }, 'each language must be an ISO 639-1 code'],
      [
        'bad country',
        { location: { city: 'Utrecht', country: 'Netherlands' } },
        'country must be a two-letter ISO country code',
      ],
      ['location missing', { location: undefined }, 'location'],
      ['location a string', { location: 'Utrecht' }, 'location'],
      ['day rate 0', { dayRate: { min: 0, max: 100 } }, 'min must not be less than 1'],
      [
        'day rate min > max',
        { dayRate: { min: 1500, max: 1000 } },
        'max must not be less than min',
      ],
      [
        'day rate fractional',
        { dayRate: { min: 900.5, max: 1000 } },
        'min must be an integer number',
      ],
      ['hours 0', { hoursPerWeek: { min: 0, max: 40 } }, 'min must not be less than 1'],
      ['hours 61', { hoursPerWeek: { min: 10, max: 61 } }, 'max must not be greater than 60'],
      ['hours min > max', { hoursPerWeek: { min: 40, max: 20 } }, 'max must not be less than min'],
      [
        'availableFrom not a date',
        { availableFrom: '01-03-2026' },
        'availableFrom must be a date written YYYY-MM-DD',
      ],
      [
        'availableFrom impossible date',
        { availableFrom: '2026-02-30' },
        'availableFrom must be a real date',
      ],
      [
        'credential type unknown',
        { credentials: [{ type: 'MBA', number: '1', validUntil: '2030-01-01' }] },
        'type must be one of the following values: RQIM, CEIM, other',
      ],
      [
        'credential date wrong',
        { credentials: [{ type: 'RQIM', number: '1', validUntil: 'soon' }] },
        'validUntil must be a date written YYYY-MM-DD',
      ],
      [
        'credential number 10,000 characters',
        { credentials: [{ type: 'RQIM', number: long, validUntil: '2030-01-01' }] },
        'number must be shorter than or equal to 64 characters',
      ],
      [
        'credential twice',
        {
          credentials: [
            { type: 'RQIM', number: '1', validUntil: '2030-01-01' },
            { type: 'RQIM', number: '1', validUntil: '2030-01-01' },
          ],
        },
        'credentials lists the same credential twice',
      ],
      [
        'credentials an array of arrays',
        { credentials: [[{ type: 'RQIM', number: '1', validUntil: '2030-01-01' }]] },
        'each of credentials must be an object',
      ],
      [
        'credential status injected',
        {
          credentials: [
            { type: 'RQIM', number: '1', validUntil: '2030-01-01', status: 'verified' },
          ],
        },
        'property status should not exist',
      ],
      [
        'notify unknown',
        { preferences: { notify: 'hourly' } },
        'notify must be one of the following values: instant, daily, off',
      ],
      [
        'visibility unknown',
        { visibility: 'everyone' },
        'visibility must be one of the following values: public, clients, hidden',
      ],
      [
        'remote preference unknown',
        { remotePreference: 'mars' },
        'remotePreference must be one of the following values',
      ],
      ['max travel negative', { maxTravelKm: -5 }, 'maxTravelKm must not be less than 0'],
      ['kvk wrong', { kvkNumber: '1234' }, 'kvkNumber must be 8 digits'],
      ['vat wrong', { vatId: 'nl-123' }, 'vatId must be a VAT number'],
    ];

    it.each(cases)('refuses %s with 400 and changes nothing', async (_label, patch, message) => {
      const { user } = await interimWithProfile(api, pool);
      const before = await profileSnapshot(pool, user.id);
      const body = { ...validProfile(), ...patch };
      const res = await api.http.put('/api/v1/interims/me/profile').set(user.auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('Bad Request');
      expect(res.body.code).toBe('validation_failed');
      expect(JSON.stringify(res.body.message)).toContain(message);
      expect(await profileSnapshot(pool, user.id)).toBe(before);
    });

    it.each([
      ['an array', [validProfile()]],
      ['a string', '"profile"'],
      ['null', 'null'],
    ])('refuses a body that is %s', async (_label, body) => {
      const { user } = await interimWithProfile(api, pool);
      const before = await profileSnapshot(pool, user.id);
      const res = await api.http
        .put('/api/v1/interims/me/profile')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(await profileSnapshot(pool, user.id)).toBe(before);
    });

    it('refuses a prototype-pollution key', async () => {
      const { user } = await interimWithProfile(api, pool);
      const res = await api.http
        .put('/api/v1/interims/me/profile')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(
          `{"__proto__": {"isPlatformAdmin": true}, ${JSON.stringify(validProfile()).slice(1)}`,
        );
      expect(res.status).toBe(400);
      expect(({} as Record<string, unknown>).isPlatformAdmin).toBeUndefined();
    });
  });

  describe('ranking read', () => {
    it('gives matching the same facts as the whole profile, without names, numbers or company data', async () => {
      const interim = await quickUser(api, pool, 'interim');
      await api.http
        .put('/api/v1/interims/me/profile')
        .set(interim.auth)
        .send(
          validProfile({
            skills: [
              { name: 'Manage Budgets', level: 5, years: 12 },
              { name: 'Kwantumboekhouding-x', level: 2, years: 1 },
            ],
            credentials: [
              { type: 'RQIM', number: 'RQIM-RANK-1', validUntil: futureDate(700) },
              { type: 'CEIM', number: 'CEIM-RANK-2', validUntil: futureDate(300) },
            ],
          }),
        )
        .expect(200);
      await api.http
        .put('/api/v1/interims/me/availability')
        .set(interim.auth)
        .send({ periods: [{ from: futureDate(10), to: futureDate(99), hoursPerWeek: 32 }] })
        .expect(200);
      const reader = api.app.get(ProfilesReader);
      const [whole] = await reader.getMany([interim.id]);
      const [matchable] = await reader.getMatchable([interim.id, randomUUID()]);
      expect(matchable).toEqual({
        interimId: whole.interimId,
        skills: whole.skills,
        sectors: whole.sectors,
        assignmentKinds: whole.assignmentKinds,
        languages: whole.languages,
        location: whole.location,
        maxTravelKm: whole.maxTravelKm,
        remotePreference: whole.remotePreference,
        dayRate: whole.dayRate,
        hoursPerWeek: whole.hoursPerWeek,
        availableFrom: whole.availableFrom,
        availability: whole.availability,
        credentials: whole.credentials.map(({ type, validUntil, status }) => ({
          type,
          validUntil,
          status,
        })),
        preferences: { sectors: whole.preferences.sectors },
        visibility: whole.visibility,
      });
      expect(matchable.skills).toHaveLength(2);
      expect(matchable.availability).toHaveLength(1);
      expect(matchable.credentials).toHaveLength(2);
      expect(JSON.stringify(matchable)).not.toMatch(/RQIM-RANK|12345678|NL123456789B01/);
      await pool.query(`UPDATE users SET erased_at = now() WHERE id = $1`, [interim.id]);
      expect(await reader.getMatchable([interim.id])).toEqual([]);
    });
  });

  describe('PUT /interims/me/availability', () => {
    it('replaces the calendar, bumps the version and writes profile.updated', async () => {
      const { user } = await interimWithProfile(api, pool);
      const periods = [
        { from: futureDate(100), to: futureDate(200), hoursPerWeek: 24 },
        { from: futureDate(10), to: futureDate(99), hoursPerWeek: 40 },
      ];
      const res = await api.http
        .put('/api/v1/interims/me/availability')
        .set(user.auth)
        .send({ periods });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ periods: [periods[1], periods[0]], version: 2 });
      const replaced = await api.http
        .put('/api/v1/interims/me/availability')
        .set(user.auth)
        .send({ periods: [periods[0]] });
      expect(replaced.body.version).toBe(3);
      const own = await api.http.get('/api/v1/interims/me/profile').set(user.auth);
      expect(own.body.availability).toEqual([periods[0]]);
      const events = await outboxFor(pool, user.id);
      expect(events.map((e) => e.payload)).toEqual([
        { interimId: user.id, version: 1 },
        { interimId: user.id, version: 2 },
        { interimId: user.id, version: 3 },
      ]);
    });

    it('accepts an empty calendar', async () => {
      const { user } = await interimWithProfile(api, pool);
      const res = await api.http
        .put('/api/v1/interims/me/availability')
        .set(user.auth)
        .send({ periods: [] });
      expect(res.status).toBe(200);
      expect(res.body.periods).toEqual([]);
    });

    it('answers 404 before the profile exists', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const res = await api.http
        .put('/api/v1/interims/me/availability')
        .set(interim.auth)
        .send({ periods: [] });
      expect(res.status).toBe(404);
    });

    const period = (from: string, to: string, hoursPerWeek = 24) => ({ from, to, hoursPerWeek });
    it.each([
      [
        'to before from',
        { periods: [period('2030-05-02', '2030-05-01')] },
        'to must not be before from',
      ],
      [
        'overlapping periods',
        { periods: [period('2030-01-01', '2030-03-01'), period('2030-02-15', '2030-04-01')] },
        'periods must not overlap',
      ],
      [
        'periods sharing a day',
        { periods: [period('2030-01-01', '2030-03-01'), period('2030-03-01', '2030-04-01')] },
        'periods must not overlap',
      ],
      [
        '0 hours',
        { periods: [period('2030-01-01', '2030-03-01', 0)] },
        'hoursPerWeek must not be less than 1',
      ],
      [
        '61 hours',
        { periods: [period('2030-01-01', '2030-03-01', 61)] },
        'hoursPerWeek must not be greater than 60',
      ],
      [
        '53 periods',
        {
          periods: Array.from({ length: 53 }, (_, i) =>
            period(`${2030 + i}-01-01`, `${2030 + i}-02-01`),
          ),
        },
        'periods must contain no more than 52 elements',
      ],
      [
        'a wrong date',
        { periods: [period('2030-13-01', '2030-14-01')] },
        'from must be a real date',
      ],
      [
        'an unknown field',
        { periods: [{ ...period('2030-01-01', '2030-02-01'), note: 'x' }] },
        'property note should not exist',
      ],
      [
        'an array of arrays',
        { periods: [[period('2030-01-01', '2030-02-01')]] },
        'each of periods must be an object',
      ],
      ['periods missing', {}, 'periods must be an array'],
    ])('refuses %s with 400 and changes nothing', async (_label, body, message) => {
      const { user } = await interimWithProfile(api, pool);
      const before = await profileSnapshot(pool, user.id);
      const res = await api.http.put('/api/v1/interims/me/availability').set(user.auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(JSON.stringify(res.body.message)).toContain(message);
      expect(await profileSnapshot(pool, user.id)).toBe(before);
    });

    it('names the overlapping period by its place in the list as sent', async () => {
      const { user } = await interimWithProfile(api, pool);
      const res = await api.http
        .put('/api/v1/interims/me/availability')
        .set(user.auth)
        .send({
          periods: [period('2030-02-15', '2030-04-01'), period('2030-01-01', '2030-03-01')],
        });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([
        { field: 'periods.0.from', code: 'overlaps', message: expect.any(String) },
      ]);
    });
  });

  describe('GET /interims/:id (client view)', () => {
    it('shows the profile with the day-rate band and no contact data', async () => {
      const { user, profile } = await interimWithProfile(api, pool);
      const res = await api.http.get(`/api/v1/interims/${user.id}`).set(org.admin.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        interimId: user.id,
        headline: profile.headline,
        dayRate: { min: 950, max: 1250 },
        contact: null,
        credentials: [{ type: 'RQIM', validUntil: expect.any(String), status: 'unverified' }],
      });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(user.email);
      expect(text).not.toContain('12345678');
      expect(text).not.toContain('NL123456789B01');
      expect(text).not.toContain((profile.credentials as { number: string }[])[0].number);
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'interimId',
          'displayName',
          'headline',
          'summary',
          'skills',
          'sectors',
          'assignmentKinds',
          'languages',
          'location',
          'maxTravelKm',
          'remotePreference',
          'dayRate',
          'hoursPerWeek',
          'availableFrom',
          'availability',
          'credentials',
          'contact',
        ].sort(),
      );
    });

    it('shows public profiles too, and answers 404 for hidden, unknown and client ids', async () => {
      const { user: publicOne } = await interimWithProfile(api, pool, { visibility: 'public' });
      const { user: hidden } = await interimWithProfile(api, pool, { visibility: 'hidden' });
      const noProfile = await quickUser(api, pool, 'interim');
      const hm = await quickMember(pool, org.id, await quickUser(api, pool, 'client'), [
        'hiring_manager',
      ]);
      expect((await api.http.get(`/api/v1/interims/${publicOne.id}`).set(hm.auth)).status).toBe(
        200,
      );
      for (const id of [
        hidden.id,
        noProfile.id,
        org.admin.id,
        '00000000-0000-4000-8000-000000000000',
      ]) {
        const res = await api.http.get(`/api/v1/interims/${id}`).set(hm.auth);
        expect(res.status).toBe(404);
        expect(res.body.message).toBe('Interim profile not found.');
      }
      expect((await api.http.get('/api/v1/interims/not-a-uuid').set(hm.auth)).status).toBe(400);
    });

    it('shows contact data only to organisations the interim responded to', async () => {
      const { user } = await interimWithProfile(api, pool);
      const other = await quickOrganisation(api, pool);
      const procurement = await quickMember(pool, org.id, await quickUser(api, pool, 'client'), [
        'procurement',
      ]);
      await seedResponse(pool, org.id, org.admin.id, user.id);

      const mine = await api.http.get(`/api/v1/interims/${user.id}`).set(procurement.auth);
      expect(mine.body.contact).toEqual({
        email: user.email,
        kvkNumber: '12345678',
        vatId: 'NL123456789B01',
      });
      const theirs = await api.http.get(`/api/v1/interims/${user.id}`).set(other.admin.auth);
      expect(theirs.body.contact).toBeNull();
    });

    it('does not count a withdrawn response', async () => {
      const { user } = await interimWithProfile(api, pool);
      const client = await quickOrganisation(api, pool);
      await seedResponse(pool, client.id, client.admin.id, user.id, 'never mind', 'withdrawn');
      const res = await api.http.get(`/api/v1/interims/${user.id}`).set(client.admin.auth);
      expect(res.body.contact).toBeNull();
    });
  });

  describe('authorization', () => {
    it('refuses anonymous callers with 401 on every route', async () => {
      const { user } = await interimWithProfile(api, pool);
      const routes: [string, string][] = [
        ['put', '/api/v1/interims/me/profile'],
        ['get', '/api/v1/interims/me/profile'],
        ['put', '/api/v1/interims/me/availability'],
        ['get', `/api/v1/interims/${user.id}`],
        ['get', '/api/v1/interims/me/export'],
        ['delete', '/api/v1/interims/me'],
        ['get', '/api/v1/admin/credentials'],
        ['post', `/api/v1/admin/credentials/${user.id}/verify`],
        ['post', `/api/v1/admin/credentials/${user.id}/suspend`],
      ];
      for (const [method, path] of routes) {
        const res = await (
          api.http as unknown as Record<string, (p: string) => Promise<{ status: number }>>
        )[method](path);
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 401 });
      }
    });

    it('refuses client users on /interims/me/* with 403 and changes nothing', async () => {
      const client = await quickUser(api, pool, 'client');
      const before = await profileSnapshot(pool, client.id);
      const calls = [
        api.http.put('/api/v1/interims/me/profile').set(client.auth).send(validProfile()),
        api.http.get('/api/v1/interims/me/profile').set(client.auth),
        api.http.put('/api/v1/interims/me/availability').set(client.auth).send({ periods: [] }),
        api.http.get('/api/v1/interims/me/export').set(client.auth),
        api.http.delete('/api/v1/interims/me').set(client.auth),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(403);
      expect(await profileSnapshot(pool, client.id)).toBe(before);
      const still = await api.http.get('/api/v1/me').set(client.auth);
      expect(still.status).toBe(200);
    });

    it("refuses interims on GET /interims/:id, so no interim sees another's rates", async () => {
      const { user: target } = await interimWithProfile(api, pool, { visibility: 'public' });
      const { user: peer } = await interimWithProfile(api, pool);
      const res = await api.http.get(`/api/v1/interims/${target.id}`).set(peer.auth);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toMatch(/[:,[]950[,}\]]/); // the rate as a value
      // Nor through the client search; and "search" is not taken for a profile id.
      const search = await api.http.get('/api/v1/interims/search?q=cfo').set(peer.auth);
      expect(search.status).toBe(403);
      const asClient = await api.http.get('/api/v1/interims/search?q=cfo').set(org.admin.auth);
      expect(asClient.status).toBe(200);
    });

    it('refuses non-admins on /admin/credentials with 403', async () => {
      const { user, profile } = await interimWithProfile(api, pool);
      const credentialId = (profile.credentials as { id: string }[])[0].id;
      const before = await profileSnapshot(pool, user.id);
      for (const caller of [user, org.admin]) {
        expect((await api.http.get('/api/v1/admin/credentials').set(caller.auth)).status).toBe(403);
        for (const action of ['verify', 'suspend']) {
          const res = await api.http
            .post(`/api/v1/admin/credentials/${credentialId}/${action}`)
            .set(caller.auth);
          expect(res.status).toBe(403);
        }
      }
      expect(await profileSnapshot(pool, user.id)).toBe(before);
    });
  });

  describe('credential verification', () => {
    it('verifies, keeps the state across saves that leave the credential unchanged, and resets changed ones', async () => {
      const rqim = { type: 'RQIM', number: 'RQIM-77', validUntil: futureDate(400) };
      const { user, profile } = await interimWithProfile(api, pool, { credentials: [rqim] });
      const id = (profile.credentials as { id: string }[])[0].id;

      const verified = await api.http
        .post(`/api/v1/admin/credentials/${id}/verify`)
        .set(admin.auth);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        id,
        interimId: user.id,
        status: 'verified',
        verifiedBy: admin.id,
      });
      const { rows } = await pool.query(
        'SELECT status, verified_at, verified_by FROM credentials WHERE id = $1',
        [id],
      );
      expect(rows[0]).toMatchObject({ status: 'verified', verified_by: admin.id });
      expect(rows[0].verified_at).toBeInstanceOf(Date);

      const again = await api.http.post(`/api/v1/admin/credentials/${id}/verify`).set(admin.auth);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Cannot verify this credential: it is verified.');

      // Saved again unchanged, with a new one beside it.
      const ceim = { type: 'CEIM', number: 'C-1', validUntil: futureDate(500) };
      const saved = await api.http
        .put('/api/v1/interims/me/profile')
        .set(user.auth)
        .send(validProfile({ credentials: [rqim, ceim] }));
      const byType = Object.fromEntries(
        saved.body.credentials.map((c: { type: string }) => [c.type, c]),
      );
      expect(byType.RQIM).toMatchObject({ id, status: 'verified', verifiedAt: expect.any(String) });
      expect(byType.CEIM).toMatchObject({ status: 'unverified', verifiedAt: null });

      // A changed validity date is a new claim: unverified again.
      const changed = await api.http
        .put('/api/v1/interims/me/profile')
        .set(user.auth)
        .send(validProfile({ credentials: [{ ...rqim, validUntil: futureDate(900) }] }));
      expect(changed.body.credentials).toEqual([
        expect.objectContaining({ type: 'RQIM', status: 'unverified' }),
      ]);
      expect(changed.body.credentials[0].id).not.toBe(id);
      expect(
        (await api.http.post(`/api/v1/admin/credentials/${id}/verify`).set(admin.auth)).status,
      ).toBe(404);
    });

    it('suspends, refuses a second suspension with 409, and can verify again', async () => {
      const { user, profile } = await interimWithProfile(api, pool);
      const id = (profile.credentials as { id: string }[])[0].id;
      const suspended = await api.http
        .post(`/api/v1/admin/credentials/${id}/suspend`)
        .set(admin.auth);
      expect(suspended.status).toBe(200);
      expect(suspended.body.status).toBe('suspended');
      const twice = await api.http.post(`/api/v1/admin/credentials/${id}/suspend`).set(admin.auth);
      expect(twice.status).toBe(409);
      expect(twice.body.message).toBe('Cannot suspend this credential: it is suspended.');
      const own = await api.http.get('/api/v1/interims/me/profile').set(user.auth);
      expect(own.body.credentials[0].status).toBe('suspended');
      expect(
        (await api.http.post(`/api/v1/admin/credentials/${id}/verify`).set(admin.auth)).body.status,
      ).toBe('verified');
    });

    it('shows a credential past its date as expired and refuses to verify it', async () => {
      const { user, profile } = await interimWithProfile(api, pool, {
        credentials: [{ type: 'CEIM', number: 'OLD-1', validUntil: '2020-01-31' }],
      });
      const credential = (profile.credentials as { id: string; status: string }[])[0];
      expect(credential.status).toBe('expired');
      const res = await api.http
        .post(`/api/v1/admin/credentials/${credential.id}/verify`)
        .set(admin.auth);
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Cannot verify this credential: it is expired.');
      const client = await api.http.get(`/api/v1/interims/${user.id}`).set(org.admin.auth);
      expect(client.body.credentials).toEqual([
        { type: 'CEIM', validUntil: '2020-01-31', status: 'expired' },
      ]);
    });

    it('answers 404 for an unknown credential and 400 for a malformed id', async () => {
      expect(
        (
          await api.http
            .post('/api/v1/admin/credentials/00000000-0000-4000-8000-000000000000/verify')
            .set(admin.auth)
        ).status,
      ).toBe(404);
      expect(
        (await api.http.post('/api/v1/admin/credentials/xyz/verify').set(admin.auth)).status,
      ).toBe(400);
    });

    it('writes profile.updated with a new version on verification', async () => {
      const { user, profile } = await interimWithProfile(api, pool);
      const id = (profile.credentials as { id: string }[])[0].id;
      await api.http.post(`/api/v1/admin/credentials/${id}/verify`).set(admin.auth);
      const events = await outboxFor(pool, user.id);
      expect(events.at(-1)).toMatchObject({
        event_type: 'profile.updated',
        payload: { interimId: user.id, version: 2, credentialId: id },
      });
      const own = await api.http.get('/api/v1/interims/me/profile').set(user.auth);
      expect(own.body.version).toBe(2);
    });

    it('lists credentials by effective state with a capped page size', async () => {
      const { profile } = await interimWithProfile(api, pool);
      const id = (profile.credentials as { id: string }[])[0].id;
      const list = await api.http
        .get('/api/v1/admin/credentials?status=unverified&pageSize=100')
        .set(admin.auth);
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
      expect(list.body.items.every((c: { status: string }) => c.status === 'unverified')).toBe(
        true,
      );
      // Oldest first: the new credential is on one of the last pages.
      const lastPage = Math.ceil(list.body.total / 100);
      const seen: string[] = [];
      for (let page = lastPage; page >= Math.max(1, lastPage - 2); page--) {
        const res = await api.http
          .get(`/api/v1/admin/credentials?status=unverified&pageSize=100&page=${page}`)
          .set(admin.auth);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
      }
      expect(seen).toContain(id);
      const all = await api.http.get('/api/v1/admin/credentials').set(admin.auth);
      expect(all.status).toBe(200);
      expect(all.body.total).toBeGreaterThanOrEqual(list.body.total);
      const beyond = await api.http
        .get('/api/v1/admin/credentials?page=100000&pageSize=100')
        .set(admin.auth);
      expect(beyond.body).toMatchObject({ items: [], page: 100000 });
      expect(beyond.body.total).toBeGreaterThanOrEqual(all.body.total);
      expect(
        (await api.http.get('/api/v1/admin/credentials?pageSize=1000').set(admin.auth)).status,
      ).toBe(400);
      expect(
        (await api.http.get('/api/v1/admin/credentials?status=bogus').set(admin.auth)).status,
      ).toBe(400);
    });
  });

  describe('concurrency', () => {
    it('10 parallel saves by one interim leave one consistent profile', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const bodies = Array.from({ length: 10 }, (_, i) =>
        validProfile({
          headline: `Save number ${i}`,
          skills: [
            { name: 'manage budgets', level: 1 + (i % 5), years: i },
            { name: `Free skill ${i}`, level: 2, years: 2 },
          ],
          credentials: [{ type: 'RQIM', number: 'SAME-1', validUntil: '2031-01-01' }],
        }),
      );
      const results = await Promise.all(
        bodies.map((b) => api.http.put('/api/v1/interims/me/profile').set(interim.auth).send(b)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);

      const final = await api.http.get('/api/v1/interims/me/profile').set(interim.auth);
      expect(final.body.version).toBe(10);
      const i = Number(/Save number (\d)/.exec(final.body.headline)![1]);
      // The last writer won as a whole: its skills, not a mix.
      expect(final.body.skills.map((s: { name: string }) => s.name)).toEqual([
        'manage budgets',
        `Free skill ${i}`,
      ]);
      const counts = await pool.query(
        `SELECT (SELECT count(*)::int FROM profile_skills WHERE user_id = $1) AS skills,
                (SELECT count(*)::int FROM credentials WHERE user_id = $1) AS credentials,
                (SELECT count(*)::int FROM outbox_events WHERE aggregate_id = $1) AS events`,
        [interim.id],
      );
      expect(counts.rows[0]).toEqual({ skills: 2, credentials: 1, events: 10 });
    });
  });
});
