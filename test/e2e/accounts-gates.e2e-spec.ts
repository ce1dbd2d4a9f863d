import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  TestUser,
  grantAdmin,
  registerUser,
  startApi,
  testPool,
  uniqueEmail,
} from '@gilde/testing';
import {
  API,
  Tenant,
  assignmentBody,
  createDraft,
  createPublished,
  ensureTaxonomy,
  quickTenant,
  responseBody,
} from './assignments.fixtures';
import { draftContract, call } from './contracts.fixtures';
import { interimWithProfile, platformAdmin, validProfile } from './profiles.fixtures';

/** Until the address is proven, the actions that reach other people answer 403 email_not_verified. */
describe('accounts: what an unverified address may and may not do', () => {
  let api: ApiHarness;
  let pool: Pool;
  let tenant: Tenant;

  const unverify = (user: TestUser) =>
    pool.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [user.id]);
  const verify = (user: TestUser) =>
    pool.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);

  function expectNotVerified(res: { status: number; body: Record<string, unknown> }): void {
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 403,
      code: 'email_not_verified',
    });
  }

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    tenant = await quickTenant(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('a new account is unverified: register, sign-in and GET /me say so', async () => {
    const email = uniqueEmail('fresh');
    const user = await registerUser(api.http, 'client', 'fresh', email, { verified: false });
    const me = await api.http.get(`${API}/me`).set(user.auth);
    expect(me.body.emailVerified).toBe(false);
    const login = await api.http
      .post(`${API}/auth/login`)
      .send({ email, password: 'a-long-enough-passw0rd' });
    expect(login.status).toBe(200);
    expect(login.body.user.emailVerified).toBe(false);
  });

  it('creating an organisation', async () => {
    const user = await registerUser(api.http, 'client', 'noorg', undefined, { verified: false });
    const before = await pool.query(`SELECT count(*)::int AS n FROM organisations`);
    expectNotVerified(
      await api.http.post(`${API}/organisations`).set(user.auth).send({ name: 'Unproven BV' }),
    );
    expect((await pool.query(`SELECT count(*)::int AS n FROM organisations`)).rows).toEqual(
      before.rows,
    );
    await verify(user);
    const ok = await api.http
      .post(`${API}/organisations`)
      .set(user.auth)
      .send({ name: 'Proven BV' });
    expect(ok.status).toBe(201);
  });

  it('inviting a colleague', async () => {
    await unverify(tenant.admin);
    try {
      expectNotVerified(
        await api.http
          .post(`${API}/organisations/${tenant.id}/invitations`)
          .set(tenant.admin.auth)
          .send({ email: uniqueEmail('colleague'), role: 'procurement' }),
      );
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM organisation_invitations WHERE organisation_id = $1`,
        [tenant.id],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await verify(tenant.admin);
    }
  });

  it('editing a draft is allowed; publishing it is not', async () => {
    const draft = await createDraft(api, tenant.hiringManager, tenant.id);
    await unverify(tenant.hiringManager);
    try {
      const edit = await api.http
        .patch(`${API}/assignments/${draft.id}`)
        .set(tenant.hiringManager.auth)
        .send({ description: 'Sharper description of the assignment' });
      expect(edit.status).toBe(200);
      expectNotVerified(
        await api.http
          .post(`${API}/assignments/${draft.id}/publish`)
          .set(tenant.hiringManager.auth)
          .send({}),
      );
      const { rows } = await pool.query(`SELECT status FROM assignments WHERE id = $1`, [draft.id]);
      expect(rows[0].status).toBe('draft');
    } finally {
      await verify(tenant.hiringManager);
    }
  });

  it('inviting an interim manager to respond', async () => {
    const published = await createPublished(api, tenant.hiringManager, tenant.id);
    const { user: interim } = await interimWithProfile(api, pool);
    await unverify(tenant.hiringManager);
    try {
      expectNotVerified(
        await api.http
          .post(`${API}/assignments/${published.id}/invitations`)
          .set(tenant.hiringManager.auth)
          .send({ interimId: interim.id, message: 'Please respond' }),
      );
    } finally {
      await verify(tenant.hiringManager);
    }
  });

  it('editing the own profile is allowed; responding is not', async () => {
    const published = await createPublished(api, tenant.hiringManager, tenant.id);
    const { user: interim } = await interimWithProfile(api, pool);
    await unverify(interim);
    const profile = await api.http
      .put(`${API}/interims/me/profile`)
      .set(interim.auth)
      .send(validProfile({ headline: 'Interim CFO, unverified for now' }));
    expect(profile.status).toBe(200);
    expectNotVerified(
      await api.http
        .post(`${API}/assignments/${published.id}/responses`)
        .set(interim.auth)
        .send(responseBody()),
    );
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM responses WHERE assignment_id = $1`,
      [published.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('accepting a contract', async () => {
    const drafted = await draftContract(api, pool);
    const id = drafted.contract.id as string;
    await call(api, drafted.tenant.procurement, 'post', `/contracts/${id}/send`);
    await unverify(drafted.interim);
    expectNotVerified(
      await api.http.post(`${API}/contracts/${id}/accept`).set(drafted.interim.auth).send({}),
    );
    const { rows } = await pool.query(`SELECT status FROM contracts WHERE id = $1`, [id]);
    expect(rows[0].status).toBe('sent');
    await verify(drafted.interim);
    await call(api, drafted.interim, 'post', `/contracts/${id}/accept`);
  });

  it('being a platform admin: a granted, listed address counts only once verified', async () => {
    const admin = await platformAdmin(api, pool);
    await grantAdmin(api.app, admin.email);
    await unverify(admin);
    try {
      expectNotVerified(await api.http.get(`${API}/admin/credentials`).set(admin.auth));
      const me = await api.http.get(`${API}/me`).set(admin.auth);
      expect(me.body).toMatchObject({ isPlatformAdmin: false, emailVerified: false });
    } finally {
      await verify(admin);
    }
    expect((await api.http.get(`${API}/admin/credentials`).set(admin.auth)).status).toBe(200);
  });

  it('someone who is no admin is still plainly forbidden, verified or not', async () => {
    const user = await registerUser(api.http, 'client', 'nobody', undefined, { verified: false });
    const res = await api.http.get(`${API}/admin/credentials`).set(user.auth);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'forbidden' });
  });

  it('accepting an organisation invitation proves the invited address', async () => {
    const invitee = await registerUser(api.http, 'client', 'invitee', undefined, {
      verified: false,
    });
    const inv = await api.http
      .post(`${API}/organisations/${tenant.id}/invitations`)
      .set(tenant.admin.auth)
      .send({ email: invitee.email, role: 'hiring_manager' });
    expect(inv.status).toBe(201);
    const accepted = await api.http
      .post(`${API}/invitations/${inv.body.token}/accept`)
      .set(invitee.auth)
      .send();
    expect(accepted.status).toBe(200);
    const me = await api.http.get(`${API}/me`).set(invitee.auth);
    expect(me.body.emailVerified).toBe(true);
    const draft = await api.http
      .post(`${API}/assignments`)
      .set(invitee.auth)
      .send(assignmentBody(tenant.id));
    expect(draft.status).toBe(201);
    const published = await api.http
      .post(`${API}/assignments/${draft.body.id}/publish`)
      .set(invitee.auth)
      .send({});
    expect(published.status).toBe(200);
  });
});
