import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  TestOrganisation,
  TestUser,
  createOrganisation,
  registerUser,
  snapshot,
  startApi,
  testPool,
} from '@gilde/testing';

describe('organisation invitations', () => {
  let api: ApiHarness;
  let pool: Pool;
  let org: TestOrganisation;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    org = await createOrganisation(api.http, `Provincie ${Date.now()}`);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  async function invite(
    email: string,
    role = 'procurement',
  ): Promise<{ id: string; token: string }> {
    const res = await api.http
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(org.admin.auth)
      .send({ email, role });
    expect(res.status).toBe(201);
    return res.body;
  }

  const accept = (token: string, user: TestUser) =>
    api.http
      .post(`/api/v1/invitations/${encodeURIComponent(token)}/accept`)
      .set(user.auth)
      .send();

  const scoped = () =>
    snapshot(pool, [
      `(SELECT * FROM memberships WHERE organisation_id = '${org.id}')`,
      `(SELECT * FROM organisation_invitations WHERE organisation_id = '${org.id}')`,
    ]);

  it('creates the organisation with its creator as admin and hiring manager', async () => {
    const me = await api.http.get('/api/v1/me').set(org.admin.auth);
    expect(me.body.memberships).toEqual([
      {
        organisationId: org.id,
        organisationName: expect.stringContaining('Provincie'),
        roles: ['admin', 'hiring_manager'],
      },
    ]);
  });

  it('returns a token, the normalised e-mail, the role and an expiry; it writes an outbox event', async () => {
    const user = await registerUser(api.http, 'client', 'inkoop');
    const res = await api.http
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(org.admin.auth)
      .send({ email: `  ${user.email.toUpperCase()} `.trim(), role: 'procurement' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      token: expect.stringMatching(/^[0-9a-f-]{36}\.[\w-]+$/),
      email: user.email.toLowerCase(),
      role: 'procurement',
      expiresAt: expect.any(String),
    });
    const hours = (Date.parse(res.body.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(167);
    expect(hours).toBeLessThanOrEqual(168);
    const { rows } = await pool.query(
      'SELECT event_type, tenant_id, payload FROM outbox_events WHERE aggregate_id = $1',
      [res.body.id],
    );
    // Ids only: the e-mail address never travels through Redis.
    expect(rows).toEqual([
      { event_type: 'organisation.invitation_created', tenant_id: org.id, payload: {} },
    ]);
  });

  it('accepting joins the organisation in the invited role, as /me shows', async () => {
    const user = await registerUser(api.http, 'client', 'procurement');
    const { token } = await invite(user.email, 'procurement');
    const res = await accept(token, user);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: org.id, roles: ['procurement'] });
    const me = await api.http.get('/api/v1/me').set(user.auth);
    expect(me.body.memberships).toEqual([
      { organisationId: org.id, organisationName: expect.any(String), roles: ['procurement'] },
    ]);
  });

  it('a second invitation adds the role to the existing membership', async () => {
    const user = await registerUser(api.http, 'client', 'both');
    await accept((await invite(user.email, 'procurement')).token, user).expect(200);
    const res = await accept((await invite(user.email, 'hiring_manager')).token, user);
    expect(res.status).toBe(200);
    expect([...res.body.roles].sort()).toEqual(['hiring_manager', 'procurement']);
  });

  it('a used token is refused with 409 and changes nothing', async () => {
    const user = await registerUser(api.http, 'client');
    const { token } = await invite(user.email);
    await accept(token, user).expect(200);
    const before = await scoped();
    const again = await accept(token, user);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'state_conflict',
      message: 'This invitation was already used.',
    });
    expect(await scoped()).toBe(before);
  });

  it('an expired token is refused with 410 and joins nobody', async () => {
    const user = await registerUser(api.http, 'client');
    const { id, token } = await invite(user.email);
    await pool.query(
      `UPDATE organisation_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    const before = await scoped();
    const res = await accept(token, user);
    expect(res.status).toBe(410);
    expect(res.body.message).toBe('This invitation has expired; ask for a new one.');
    expect(await scoped()).toBe(before);
  });

  it('a token sent to another address is refused with 403 and stays usable by its owner', async () => {
    const intended = await registerUser(api.http, 'client', 'intended');
    const other = await registerUser(api.http, 'client', 'other');
    const { token } = await invite(intended.email);
    const before = await scoped();
    const res = await accept(token, other);
    expect(res.status).toBe(403);
    expect(await scoped()).toBe(before);
    expect((await accept(token, intended)).status).toBe(200);
  });

  it('forged and malformed tokens are 404', async () => {
    const user = await registerUser(api.http, 'client');
    const { id, token } = await invite(user.email);
    const signature = token.split('.')[1];
    const otherId = '00000000-0000-4000-8000-000000000000';
    for (const forged of [
      `${otherId}.${signature}`, // a valid signature moved to another id
      `${id}.${signature.slice(0, -2)}xx`, // a tampered signature
      id, // no signature
      'not-a-token',
    ]) {
      const res = await accept(forged, user);
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('Invitation not found.');
    }
    // The real token still works.
    expect((await accept(token, user)).status).toBe(200);
  });

  it('interim managers cannot accept organisation invitations', async () => {
    const interim = await registerUser(api.http, 'interim');
    const { token } = await invite(interim.email);
    expect((await accept(token, interim)).status).toBe(403);
  });

  it.each([
    [{ email: 'x@example.test', role: 'owner' }, 'role must be one of the following values'],
    [{ email: 'not-an-email', role: 'admin' }, 'email must be a valid e-mail address'],
    [
      { email: 'x@example.test', role: 'admin', organisationId: 'x' },
      'property organisationId should not exist',
    ],
  ])('refuses the invitation %j with 400 and writes nothing', async (body, message) => {
    const before = await scoped();
    const res = await api.http
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(org.admin.auth)
      .send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(message);
    expect(await scoped()).toBe(before);
  });

  // Identity's DTOs have no nested lists; an array of arrays can only come as the whole body.
  it('refuses an array of arrays as the invitation body with 400 and writes nothing', async () => {
    const before = await scoped();
    const res = await api.http
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(org.admin.auth)
      .send([[{ email: 'x@example.test', role: 'admin' }]]);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The request body must be a JSON object.');
    expect(await scoped()).toBe(before);
  });

  it('refuses a malformed organisation id with 400', async () => {
    const res = await api.http
      .post('/api/v1/organisations/not-a-uuid/invitations')
      .set(org.admin.auth)
      .send({ email: 'x@example.test', role: 'admin' });
    expect(res.status).toBe(400);
  });
});
