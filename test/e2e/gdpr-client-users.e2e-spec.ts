import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, PASSWORD, TestUser, snapshot, startApi, testPool } from '@gilde/testing';
import { API, createDraft, ensureTaxonomy } from './assignments.fixtures';
import { interimWithProfile, quickMember, quickUser } from './profiles.fixtures';

/** Counts, per table of the whole database, the rows whose text contains `needle`. */
async function grepDatabase(pool: Pool, needle: string): Promise<Record<string, number>> {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const hits: Record<string, number> = {};
  for (const { table_name } of tables) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM "${table_name}" x WHERE strpos(lower(x::text), lower($1)) > 0`,
      [needle],
    );
    if (rows[0].n > 0) hits[table_name] = rows[0].n;
  }
  return hits;
}

/**
 * GDPR for client users (hiring managers, procurement, admins): the export holds everything about
 * them, including what they did for their organisation without other people's details; erasure
 * removes their personal data while the organisation's records stay, naming only the
 * pseudonymised account; the only admin of an organisation is refused until there is another.
 */
describe('GDPR export and erasure for client users', () => {
  let api: ApiHarness;
  let pool: Pool;
  let orgId: string;
  let founder: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    founder = await quickUser(api, pool, 'client', 'founder');
    const res = await api.http
      .post(`${API}/organisations`)
      .set(founder.auth)
      .send({ name: `Waterschap ${randomUUID().slice(0, 6)}` });
    expect(res.status).toBe(201);
    orgId = res.body.id;
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  /** A colleague of the founder whose name and address are canaries, with some history. */
  async function colleague(roles: string[]) {
    const tag = randomUUID().slice(0, 12);
    const canaries = { email: `client-canary-${tag}@example.test`, name: `Client Canary ${tag}` };
    const user = await quickUser(api, pool, 'client', 'colleague', {
      email: canaries.email,
      displayName: canaries.name,
      withPassword: true,
    });
    await quickMember(pool, orgId, user, roles);
    const draft = await createDraft(api, user, orgId);
    const { user: interim } = await interimWithProfile(api, pool, { visibility: 'clients' });
    expect((await api.http.get(`${API}/interims/${interim.id}`).set(user.auth)).status).toBe(200);
    const invitee = `invitee-${tag}@example.test`;
    const invited = await api.http
      .post(`${API}/organisations/${orgId}/invitations`)
      .set(user.auth)
      .send({ email: invitee, role: 'procurement' });
    expect(invited.status).toBe(201);
    await pool.query(
      `INSERT INTO mailbox_messages (to_address, subject, text, idempotency_key)
       VALUES ($1, 'Welcome', $2, $3)`,
      [canaries.email, `Dear ${canaries.name}`, `client-canary-${tag}`],
    );
    await pool.query(
      `INSERT INTO notification_preferences (user_id, kind, channels, frequency)
       VALUES ($1, 'response', ARRAY['in_app']::text[], 'daily')`,
      [user.id],
    );
    return { user, canaries, draftId: draft.id, interim, invitee };
  }

  describe('GET /me/export', () => {
    it('holds the account, memberships and their work for the organisation, without other people’s details', async () => {
      const { user, canaries, draftId, interim, invitee } = await colleague([
        'admin',
        'hiring_manager',
      ]);
      const res = await api.http.get(`${API}/me/export`).set(user.auth);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({
        format: 'gilde-personal-data-export/1',
        subjectId: user.id,
        account: { id: user.id, email: canaries.email, displayName: canaries.name },
        memberships: [{ organisationId: orgId, roles: ['admin', 'hiring_manager'] }],
        assignmentsAuthored: [
          {
            assignmentId: draftId,
            organisationId: orgId,
            status: 'draft',
            title: expect.any(String),
          },
        ],
        organisationInvitationsSent: [{ organisationId: orgId, role: 'procurement' }],
        profilesViewed: [{ interimId: interim.id, viewerOrganisationId: orgId }],
        notificationPreferences: [{ kind: 'response', frequency: 'daily' }],
        mailbox: [{ toAddress: canaries.email }],
        // What only an interim has is empty.
        profile: null,
        responses: [],
      });
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(invitee);
      expect(text).not.toContain(founder.email);
      expect(text).not.toMatch(/passwordHash|password_hash|tokenHash/);
    });

    it('works for an interim manager at the same address', async () => {
      const { user } = await interimWithProfile(api, pool);
      const res = await api.http.get(`${API}/me/export`).set(user.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ subjectId: user.id, profile: { userId: user.id } });
    });
  });

  describe('DELETE /me', () => {
    it('refuses the only admin of an organisation (409 last_admin) and changes nothing', async () => {
      const solo = await quickUser(api, pool, 'client', 'solo');
      const created = await api.http
        .post(`${API}/organisations`)
        .set(solo.auth)
        .send({ name: `Solo ${randomUUID().slice(0, 6)}` });
      expect(created.status).toBe(201);
      const before = await snapshot(pool, [
        `(SELECT * FROM users WHERE id = '${solo.id}')`,
        `(SELECT * FROM memberships WHERE user_id = '${solo.id}')`,
      ]);
      const res = await api.http.delete(`${API}/me`).set(solo.auth);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'last_admin' });
      expect(res.body.message).toContain(created.body.name);
      expect(
        await snapshot(pool, [
          `(SELECT * FROM users WHERE id = '${solo.id}')`,
          `(SELECT * FROM memberships WHERE user_id = '${solo.id}')`,
        ]),
      ).toBe(before);

      // With a second admin, the founder may go.
      const second = await quickUser(api, pool, 'client', 'second');
      await quickMember(pool, created.body.id, second, ['admin']);
      expect((await api.http.delete(`${API}/me`).set(solo.auth)).status).toBe(204);
    });

    describe('for a hiring manager who is also an admin (not the only one)', () => {
      let subject: Awaited<ReturnType<typeof colleague>>;

      beforeAll(async () => {
        subject = await colleague(['admin', 'hiring_manager']);
        for (const canary of Object.values(subject.canaries)) {
          expect(Object.keys(await grepDatabase(pool, canary)).length).toBeGreaterThan(0);
        }
        const res = await api.http.delete(`${API}/me`).set(subject.user.auth);
        expect(res.status).toBe(204);
      });

      it('leaves no trace of their name or address in any table', async () => {
        for (const [label, canary] of Object.entries(subject.canaries)) {
          expect({ label, hits: await grepDatabase(pool, canary) }).toEqual({ label, hits: {} });
        }
      });

      it('keeps the organisation’s records, naming only the pseudonymised account', async () => {
        const draft = await api.http.get(`${API}/assignments/${subject.draftId}`).set(founder.auth);
        expect(draft.status).toBe(200);
        expect(draft.body.createdBy).toBe(subject.user.id);
        const { rows } = await pool.query(
          `SELECT email, password_hash, display_name, erased_at FROM users WHERE id = $1`,
          [subject.user.id],
        );
        expect(rows[0]).toMatchObject({
          email: null,
          password_hash: null,
          display_name: 'Erased user',
          erased_at: expect.any(Date),
        });
        // The invitation they sent stays the organisation's.
        const pending = await api.http
          .get(`${API}/organisations/${orgId}/invitations`)
          .set(founder.auth);
        expect(pending.body).toEqual(
          expect.arrayContaining([expect.objectContaining({ email: subject.invitee })]),
        );
      });

      it('removes them from the organisation and deletes their own data', async () => {
        const list = await api.http.get(`${API}/organisations/${orgId}/members`).set(founder.auth);
        expect(list.body.map((m: { userId: string }) => m.userId)).not.toContain(subject.user.id);
        for (const [table, column] of [
          ['memberships', 'user_id'],
          ['profile_views', 'viewer_user_id'],
          ['notification_preferences', 'user_id'],
          ['refresh_tokens', 'user_agent'],
        ]) {
          const where =
            column === 'user_agent' ? `user_id = $1 AND user_agent IS NOT NULL` : `${column} = $1`;
          const { rows } = await pool.query(
            `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
            [subject.user.id],
          );
          expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
        }
      });

      it('signs them out: the token answers 401 account_gone, the password no longer works', async () => {
        const me = await api.http.get(`${API}/me`).set(subject.user.auth);
        expect(me.status).toBe(401);
        expect(me.body.code).toBe('account_gone');
        const login = await api.http
          .post(`${API}/auth/login`)
          .send({ email: subject.canaries.email, password: PASSWORD });
        expect(login.status).toBe(401);
      });

      it('writes account.erased with ids only', async () => {
        const { rows } = await pool.query(
          `SELECT payload FROM outbox_events WHERE event_type = 'account.erased' AND aggregate_id = $1`,
          [subject.user.id],
        );
        expect(rows).toEqual([{ payload: { userId: subject.user.id } }]);
      });
    });
  });
});
