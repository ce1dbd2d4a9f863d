import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Pool } from 'pg';
import type { Response } from 'supertest';
import {
  ApiHarness,
  TestIdp,
  TestUser,
  registerUser,
  signInAtTestIdp,
  snapshot,
  startApi,
  startTestIdp,
  testPool,
} from '@gilde/testing';

jest.setTimeout(60_000);

const API = '/api/v1';
/** PUBLIC_URL of the test environment: where the provider sends the browser back to. */
const CALLBACK = 'http://localhost:3000/api/v1/auth/sso/callback';
const CLIENT_ID = `gilde-${randomUUID().slice(0, 8)}`;
const CLIENT_SECRET = `secret-${randomUUID()}`;

function uniqueDomain(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}.test`;
}

/** Cookies a response set, by name. */
function cookiesOf(res: Response): Map<string, string> {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  return new Map(
    (raw ?? []).map((c) => {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
    }),
  );
}

describe('organisation single sign-on (OpenID Connect, against a real provider)', () => {
  let api: ApiHarness;
  let idp: TestIdp;
  let pool: Pool;

  beforeAll(async () => {
    [api, idp] = await Promise.all([
      startApi(),
      startTestIdp([
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [CALLBACK] },
      ]),
    ]);
    pool = testPool();
  });
  afterAll(async () => {
    await idp?.close();
    await api?.close();
    await pool?.end();
  });

  /** An organisation whose admin has a verified address at `domain`. */
  async function organisationAt(domain: string): Promise<{ id: string; admin: TestUser }> {
    const admin = await registerUser(
      api.http,
      'client',
      'admin',
      `admin-${randomUUID().slice(0, 6)}@${domain}`,
    );
    const res = await api.http
      .post(`${API}/organisations`)
      .set(admin.auth)
      .send({ name: `SSO org ${domain}` });
    expect(res.status).toBe(201);
    return { id: res.body.id, admin };
  }

  function settings(domains: string[], overrides: Record<string, unknown> = {}) {
    return {
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      domains,
      defaultRole: 'hiring_manager',
      ...overrides,
    };
  }

  async function configuredOrganisation(): Promise<{
    id: string;
    admin: TestUser;
    domain: string;
  }> {
    const domain = uniqueDomain('acme');
    const org = await organisationAt(domain);
    const res = await api.http
      .put(`${API}/organisations/${org.id}/sso`)
      .set(org.admin.auth)
      .send(settings([domain]));
    expect(res.status).toBe(200);
    return { ...org, domain };
  }

  /** /auth/sso/start, the provider's login as `login`, then our callback with the browser's cookie. */
  async function signInThroughIdp(
    email: string,
    login = email,
    options: { accept?: string; cookie?: string | null } = {},
  ): Promise<{ res: Response; callbackPath: string; binding: string }> {
    const start = await api.http.get(`${API}/auth/sso/start`).query({ email });
    expect(start.status).toBe(303);
    const binding = cookiesOf(start).get('gilde_sso')!;
    expect(binding).toEqual(expect.any(String));
    const back = await signInAtTestIdp(start.headers.location, login);
    expect(back.origin + back.pathname).toBe(CALLBACK);
    const callbackPath = back.pathname + back.search;
    let req = api.http.get(callbackPath);
    const cookie = options.cookie === undefined ? `gilde_sso=${binding}` : options.cookie;
    if (cookie) req = req.set('Cookie', cookie);
    if (options.accept) req = req.set('Accept', options.accept);
    return { res: await req, callbackPath, binding };
  }

  /** Turns the session cookies of a sign-in into an access token, as the web app does. */
  async function sessionOf(res: Response): Promise<{ Authorization: string }> {
    const cookies = cookiesOf(res);
    const refreshed = await api.http
      .post(`${API}/auth/refresh`)
      .set('Cookie', `gilde_refresh=${cookies.get('gilde_refresh')}`)
      .set('X-CSRF-Token', cookies.get('gilde_csrf')!)
      .send({});
    expect(refreshed.status).toBe(200);
    return { Authorization: `Bearer ${refreshed.body.accessToken}` };
  }

  describe('settings', () => {
    it('are saved by an admin, read back without the secret, kept encrypted, and switched off', async () => {
      const domain = uniqueDomain('settings');
      const org = await organisationAt(domain);
      const before = await api.http.get(`${API}/organisations/${org.id}/sso`).set(org.admin.auth);
      expect(before.status).toBe(200);
      expect(before.body).toEqual({
        enabled: false,
        issuer: null,
        clientId: null,
        domains: [],
        defaultRole: null,
        updatedAt: null,
      });

      const put = await api.http
        .put(`${API}/organisations/${org.id}/sso`)
        .set(org.admin.auth)
        .send(settings([domain.toUpperCase()], { defaultRole: 'procurement' }));
      expect(put.status).toBe(200);
      const expected = {
        enabled: true,
        issuer: idp.issuer,
        clientId: CLIENT_ID,
        domains: [domain],
        defaultRole: 'procurement',
        updatedAt: expect.any(String),
      };
      expect(put.body).toEqual(expected);
      const read = await api.http.get(`${API}/organisations/${org.id}/sso`).set(org.admin.auth);
      expect(read.body).toEqual(expected);
      expect(JSON.stringify(read.body)).not.toContain(CLIENT_SECRET);

      const { rows } = await pool.query(
        `SELECT client_secret_sealed FROM organisation_sso WHERE organisation_id = $1`,
        [org.id],
      );
      expect(rows[0].client_secret_sealed).toMatch(/^v1\./);
      expect(rows[0].client_secret_sealed).not.toContain(CLIENT_SECRET);

      const off = await api.http.delete(`${API}/organisations/${org.id}/sso`).set(org.admin.auth);
      expect(off.status).toBe(204);
      const after = await api.http.get(`${API}/organisations/${org.id}/sso`).set(org.admin.auth);
      expect(after.body.enabled).toBe(false);
      const start = await api.http.get(`${API}/auth/sso/start`).query({ email: `x@${domain}` });
      expect(start.status).toBe(404);
      expect(start.body.code).toBe('sso_not_configured');
    });

    it('refuse free-mail domains, domains another organisation claims, and unproven domains', async () => {
      const first = await configuredOrganisation();
      const domain = uniqueDomain('second');
      const second = await organisationAt(domain);
      const tables = ['organisation_sso', 'organisation_sso_domains'];
      const before = await snapshot(pool, tables);
      const res = await api.http
        .put(`${API}/organisations/${second.id}/sso`)
        .set(second.admin.auth)
        .send(settings([domain, 'gmail.com', first.domain, uniqueDomain('nobody')]));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.fields).toEqual([
        expect.objectContaining({ field: 'domains.1', code: 'free_mail_domain' }),
        expect.objectContaining({ field: 'domains.2', code: 'domain_taken' }),
        expect.objectContaining({ field: 'domains.3', code: 'domain_unproven' }),
      ]);
      expect(await snapshot(pool, tables)).toBe(before);
    });

    it('refuse an issuer without a discovery document', async () => {
      const domain = uniqueDomain('nodisco');
      const org = await organisationAt(domain);
      const res = await api.http
        .put(`${API}/organisations/${org.id}/sso`)
        .set(org.admin.auth)
        .send(settings([domain], { issuer: 'http://127.0.0.1:9/realms/none' }));
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([
        expect.objectContaining({ field: 'issuer', code: 'issuer_unreachable' }),
      ]);
    });
  });

  describe('signing in', () => {
    let org: { id: string; admin: TestUser; domain: string };
    beforeAll(async () => {
      org = await configuredOrganisation();
    });

    it('sends the user to the provider with PKCE, state, nonce and the address as login hint', async () => {
      const email = `hint@${org.domain}`;
      const start = await api.http.get(`${API}/auth/sso/start`).query({ email });
      expect(start.status).toBe(303);
      const url = new URL(start.headers.location);
      expect(url.origin).toBe(idp.issuer);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        client_id: CLIENT_ID,
        response_type: 'code',
        redirect_uri: CALLBACK,
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        state: expect.stringMatching(/^[\w-]{43}$/),
        nonce: expect.stringMatching(/^[\w-]{43}$/),
        login_hint: email,
      });
      const cookie = (start.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('gilde_sso='),
      );
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\/api\/v1\/auth\/sso/);
    });

    it('creates a verified client account and a membership in the default role on the first sign-in', async () => {
      const email = `new.colleague@${org.domain}`;
      const { res } = await signInThroughIdp(email.toUpperCase(), email);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 303 });
      expect(res.headers.location).toBe('http://localhost:3000/');
      const auth = await sessionOf(res);
      const me = await api.http.get(`${API}/me`).set(auth);
      expect(me.body).toMatchObject({
        email,
        accountType: 'client',
        emailVerified: true,
        displayName: 'new.colleague',
        memberships: [{ organisationId: org.id, roles: ['hiring_manager'] }],
      });
      // The account has no password: signing in with one never works.
      const { rows } = await pool.query(`SELECT password_hash FROM users WHERE email = $1`, [
        email,
      ]);
      expect(rows).toEqual([{ password_hash: null }]);

      // The second sign-in reaches the same account.
      const again = await signInThroughIdp(email);
      expect(again.res.status).toBe(303);
      const meAgain = await api.http.get(`${API}/me`).set(await sessionOf(again.res));
      expect(meAgain.body.id).toBe(me.body.id);
    });

    it('signs an existing client account in and adds the missing membership; refuses an interim account', async () => {
      const client = await registerUser(
        api.http,
        'client',
        'existing',
        `existing-${randomUUID().slice(0, 6)}@${org.domain}`,
        { verified: false },
      );
      const { res } = await signInThroughIdp(client.email);
      expect(res.status).toBe(303);
      const me = await api.http.get(`${API}/me`).set(await sessionOf(res));
      expect(me.body).toMatchObject({
        id: client.id,
        emailVerified: true,
        memberships: [{ organisationId: org.id, roles: ['hiring_manager'] }],
      });

      const interim = await registerUser(
        api.http,
        'interim',
        'interim',
        `interim-${randomUUID().slice(0, 6)}@${org.domain}`,
      );
      const refused = await signInThroughIdp(interim.email);
      expect(refused.res.status).toBe(409);
      expect(refused.res.body.code).toBe('sso_account_type');
      const { rows } = await pool.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [
        interim.id,
      ]);
      expect(rows).toEqual([]);
    });

    it('refuses a replayed state, and a callback in a browser that did not start the attempt', async () => {
      const email = `replay@${org.domain}`;
      const { res, callbackPath, binding } = await signInThroughIdp(email);
      expect(res.status).toBe(303);
      const replay = await api.http.get(callbackPath).set('Cookie', `gilde_sso=${binding}`);
      expect(replay.status).toBe(400);
      expect(replay.body.code).toBe('sso_state_invalid');
      expect(cookiesOf(replay).get('gilde_refresh')).toBeUndefined();

      const elsewhere = await signInThroughIdp(`planted@${org.domain}`, undefined, {
        cookie: null,
      });
      expect(elsewhere.res.status).toBe(400);
      expect(elsewhere.res.body.code).toBe('sso_state_invalid');
      const { rows } = await pool.query(`SELECT 1 FROM users WHERE email = $1`, [
        `planted@${org.domain}`,
      ]);
      expect(rows).toEqual([]);
    });

    it.each([
      ['another audience', { aud: 'someone-else' }],
      ['another issuer', { iss: 'http://127.0.0.1:1' }],
      ['a key the provider never published', { foreignKey: true }],
    ])('refuses an ID token with %s', async (_what, change) => {
      const email = `tampered-${randomUUID().slice(0, 6)}@${org.domain}`;
      await idp.tamperNextIdToken(change);
      const { res } = await signInThroughIdp(email);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('sso_token_invalid');
      const { rows } = await pool.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
      expect(rows).toEqual([]);
    });

    it("refuses an address outside the organisation's domains and an unverified address", async () => {
      const outside = await signInThroughIdp(
        `start@${org.domain}`,
        `someone@${uniqueDomain('foreign')}`,
      );
      expect(outside.res.status).toBe(403);
      expect(outside.res.body.code).toBe('sso_email_domain');

      const unverified = await signInThroughIdp(`unverified@${org.domain}`);
      expect(unverified.res.status).toBe(403);
      expect(unverified.res.body.code).toBe('sso_email_unverified');
    });

    it('answers a domain no organisation claims with 404, and sends a browser back to the login page', async () => {
      const res = await api.http
        .get(`${API}/auth/sso/start`)
        .query({ email: `someone@${uniqueDomain('unclaimed')}` });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('sso_not_configured');

      const page = await api.http
        .get(`${API}/auth/sso/start`)
        .set('Accept', 'text/html')
        .query({ email: `someone@${uniqueDomain('unclaimed')}` });
      expect(page.status).toBe(303);
      expect(page.headers.location).toBe('http://localhost:3000/login?sso=sso_not_configured');

      const denied = await signInThroughIdp(`unverified2@${org.domain}`, undefined, {
        accept: 'text/html',
      });
      expect(denied.res.status).toBe(303);
      expect(denied.res.headers.location).toBe(
        'http://localhost:3000/login?sso=sso_email_unverified',
      );
    });
  });
});
