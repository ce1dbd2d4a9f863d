import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  TestOrganisation,
  TestUser,
  addMember,
  createOrganisation,
  registerUser,
  snapshot,
  startApi,
  testPool,
} from '@gilde/testing';
import { listen, SseClient } from '../integration/notifications.support';
import { API, createDraft, ensureTaxonomy } from './assignments.fixtures';

/** Resolves once the server has hung up the stream; fails after timeoutMs. */
async function closedWithin(client: SseClient, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!client.closed) {
    if (Date.now() > deadline) throw new Error(`stream still open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('organisation members and pending invitations', () => {
  let api: ApiHarness;
  let other: ApiHarness;
  let url: string;
  let pool: Pool;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    api = await startApi();
    other = await startApi();
    url = await listen(api.app);
    pool = testPool();
    await ensureTaxonomy(api);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await other.close();
    await api.close();
    await pool.end();
  });

  const members = (org: TestOrganisation, as: TestUser) =>
    api.http.get(`${API}/organisations/${org.id}/members`).set(as.auth);
  const setRoles = (org: TestOrganisation, as: TestUser, userId: string, roles: string[]) =>
    api.http.patch(`${API}/organisations/${org.id}/members/${userId}`).set(as.auth).send({ roles });
  const remove = (org: TestOrganisation, as: TestUser, userId: string) =>
    api.http.delete(`${API}/organisations/${org.id}/members/${userId}`).set(as.auth);
  const scoped = (org: TestOrganisation) =>
    snapshot(pool, [
      `(SELECT * FROM memberships WHERE organisation_id = '${org.id}')`,
      `(SELECT * FROM organisation_invitations WHERE organisation_id = '${org.id}')`,
    ]);

  describe('the member list', () => {
    it('shows every member with name, address, roles and when they joined, to any member', async () => {
      const org = await createOrganisation(api.http);
      const buyer = await addMember(api.http, org, 'procurement');
      const res = await members(org, buyer);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(2);
      expect(res.body).toEqual(
        expect.arrayContaining([
          {
            userId: org.admin.id,
            displayName: expect.any(String),
            email: org.admin.email,
            roles: ['admin', 'hiring_manager'],
            joinedAt: expect.any(String),
          },
          {
            userId: buyer.id,
            displayName: expect.any(String),
            email: buyer.email,
            roles: ['procurement'],
            joinedAt: expect.any(String),
          },
        ]),
      );
    });

    it('is not found for someone outside the organisation', async () => {
      const org = await createOrganisation(api.http);
      const outsider = await createOrganisation(api.http);
      const res = await members(org, outsider.admin);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  });

  describe('roles', () => {
    it('an admin changes a member’s roles; the member’s next request has them', async () => {
      const org = await createOrganisation(api.http);
      const colleague = await addMember(api.http, org, 'hiring_manager');
      const res = await setRoles(org, org.admin, colleague.id, ['procurement', 'admin']);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ userId: colleague.id, roles: ['procurement', 'admin'] });
      const me = await api.http.get(`${API}/me`).set(colleague.auth);
      expect(me.body.memberships[0].roles).toEqual(['procurement', 'admin']);
      // Now an admin, the colleague may list the pending invitations.
      const invitations = await api.http
        .get(`${API}/organisations/${org.id}/invitations`)
        .set(colleague.auth);
      expect(invitations.status).toBe(200);
    });

    it('refuses to leave the organisation without an admin (409 last_admin), changing nothing', async () => {
      const org = await createOrganisation(api.http);
      await addMember(api.http, org, 'hiring_manager');
      const before = await scoped(org);
      const res = await setRoles(org, org.admin, org.admin.id, ['hiring_manager']);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('last_admin');
      expect(await scoped(org)).toBe(before);
    });

    it('lets an admin step down once another admin exists', async () => {
      const org = await createOrganisation(api.http);
      const second = await addMember(api.http, org, 'admin');
      const res = await setRoles(org, org.admin, org.admin.id, ['hiring_manager']);
      expect(res.status).toBe(200);
      // The last admin left is now the second one.
      const refused = await setRoles(org, second, second.id, ['procurement']);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('last_admin');
    });

    it('refuses an empty or unknown role list, and a user who is not a member', async () => {
      const org = await createOrganisation(api.http);
      const colleague = await addMember(api.http, org, 'procurement');
      const empty = await setRoles(org, org.admin, colleague.id, []);
      expect(empty.status).toBe(400);
      expect(empty.body.fields[0]).toMatchObject({ field: 'roles' });
      expect((await setRoles(org, org.admin, colleague.id, ['owner'])).status).toBe(400);
      const stranger = await registerUser(api.http, 'client', 'stranger');
      const res = await setRoles(org, org.admin, stranger.id, ['procurement']);
      expect(res.status).toBe(404);
    });

    it('two admins demoting each other at once leave one admin', async () => {
      const org = await createOrganisation(api.http);
      const second = await addMember(api.http, org, 'admin');
      const [a, b] = await Promise.all([
        setRoles(org, org.admin, second.id, ['hiring_manager']),
        api.http
          .patch(`${API}/organisations/${org.id}/members/${org.admin.id}`)
          .set(second.auth)
          .send({ roles: ['hiring_manager'] }),
      ]);
      // One wins. The other finds either no admin left beside it (409 last_admin) or, when the
      // winner's change committed before its own access check, that it is no admin any more (403).
      const [won, lost] = [a.status, b.status].sort();
      expect(won).toBe(200);
      expect([403, 409]).toContain(lost);
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1 AND 'admin' = ANY(roles)`,
        [org.id],
      );
      expect(rows[0].n).toBe(1);
    });
  });

  describe('removing a member and leaving', () => {
    it('ends the removed member’s access at once: their next request with the same token answers 404', async () => {
      const org = await createOrganisation(api.http);
      const manager = await addMember(api.http, org, 'hiring_manager');
      const draft = await createDraft(api, manager, org.id);
      expect((await api.http.get(`${API}/assignments/${draft.id}`).set(manager.auth)).status).toBe(
        200,
      );

      expect((await remove(org, org.admin, manager.id)).status).toBe(204);

      for (const path of [
        `/organisations/${org.id}/members`,
        `/assignments/${draft.id}`,
        `/assignments?organisationId=${org.id}`,
      ]) {
        const res = await api.http.get(`${API}${path}`).set(manager.auth);
        expect({ path, status: res.status, code: res.body.code }).toEqual({
          path,
          status: 404,
          code: 'not_found',
        });
      }
      const me = await api.http.get(`${API}/me`).set(manager.auth);
      expect(me.status).toBe(200);
      expect(me.body.memberships).toEqual([]);
    });

    it('keeps what the member made with the organisation: their draft stays, and a colleague carries on', async () => {
      const org = await createOrganisation(api.http);
      const leaving = await addMember(api.http, org, 'hiring_manager');
      const draft = await createDraft(api, leaving, org.id);
      expect((await remove(org, org.admin, leaving.id)).status).toBe(204);

      const seen = await api.http.get(`${API}/assignments/${draft.id}`).set(org.admin.auth);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ id: draft.id, status: 'draft', createdBy: leaving.id });
      const edited = await api.http
        .patch(`${API}/assignments/${draft.id}`)
        .set(org.admin.auth)
        .send({ description: 'Taken over by a colleague' });
      expect(edited.status).toBe(200);
    });

    it('closes the removed member’s open live streams, also when the removal ran on another process', async () => {
      const org = await createOrganisation(api.http);
      const member = await addMember(api.http, org, 'procurement');
      const stream = await SseClient.open(url, '/api/v1/notifications/stream', member.auth);
      streams.push(stream);
      await stream.next((e) => e.event === 'ready');
      const bystander = await SseClient.open(url, '/api/v1/notifications/stream', org.admin.auth);
      streams.push(bystander);
      await bystander.next((e) => e.event === 'ready');

      const res = await other.http
        .delete(`${API}/organisations/${org.id}/members/${member.id}`)
        .set(org.admin.auth);
      expect(res.status).toBe(204);

      const end = await stream.next((e) => e.event === 'end', 5000);
      expect(JSON.parse(end.data)).toEqual({ reason: 'membership_ended' });
      await closedWithin(stream, 2000);
      expect(bystander.closed).toBe(false);
    });

    it('lets a member leave; the last admin cannot leave (409 last_admin)', async () => {
      const org = await createOrganisation(api.http);
      const buyer = await addMember(api.http, org, 'procurement');
      expect((await remove(org, buyer, buyer.id)).status).toBe(204);
      expect((await members(org, buyer)).status).toBe(404);

      const before = await scoped(org);
      const res = await remove(org, org.admin, org.admin.id);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('last_admin');
      expect(await scoped(org)).toBe(before);
    });

    it('lets only admins remove someone else', async () => {
      const org = await createOrganisation(api.http);
      const manager = await addMember(api.http, org, 'hiring_manager');
      const buyer = await addMember(api.http, org, 'procurement');
      const before = await scoped(org);
      const res = await remove(org, manager, buyer.id);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('organisation_role_required');
      expect(await scoped(org)).toBe(before);
    });
  });

  describe('pending invitations', () => {
    async function invite(org: TestOrganisation, email: string, role = 'procurement') {
      const res = await api.http
        .post(`${API}/organisations/${org.id}/invitations`)
        .set(org.admin.auth)
        .send({ email, role });
      expect(res.status).toBe(201);
      return res.body as { id: string; token: string };
    }
    const pending = (org: TestOrganisation, as: TestUser = org.admin) =>
      api.http.get(`${API}/organisations/${org.id}/invitations`).set(as.auth);

    it('lists invitations neither accepted nor expired, newest first, with who sent them', async () => {
      const org = await createOrganisation(api.http);
      const joiner = await registerUser(api.http, 'client', 'joiner');
      const accepted = await invite(org, joiner.email);
      await api.http.post(`${API}/invitations/${accepted.token}/accept`).set(joiner.auth).send();
      const expired = await invite(org, `expired-${Date.now()}@example.test`);
      await pool.query(
        `UPDATE organisation_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [expired.id],
      );
      const first = await invite(org, `first-${Date.now()}@example.test`, 'admin');
      const second = await invite(org, `second-${Date.now()}@example.test`);

      const res = await pending(org);
      expect(res.status).toBe(200);
      expect(res.body.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
      expect(res.body[1]).toEqual({
        id: first.id,
        email: expect.stringMatching(/^first-/),
        role: 'admin',
        invitedByName: expect.any(String),
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      });
      expect(JSON.stringify(res.body)).not.toContain(first.token);
    });

    it('is for admins only', async () => {
      const org = await createOrganisation(api.http);
      const manager = await addMember(api.http, org, 'hiring_manager');
      expect((await pending(org, manager)).status).toBe(403);
    });

    it('revoking an invitation makes its link stop working', async () => {
      const org = await createOrganisation(api.http);
      const invitee = await registerUser(api.http, 'client', 'invitee');
      const invitation = await invite(org, invitee.email);
      const res = await api.http
        .delete(`${API}/organisations/${org.id}/invitations/${invitation.id}`)
        .set(org.admin.auth);
      expect(res.status).toBe(204);
      expect((await pending(org)).body).toEqual([]);

      const accept = await api.http
        .post(`${API}/invitations/${invitation.token}/accept`)
        .set(invitee.auth)
        .send();
      expect(accept.status).toBe(404);
      expect((await api.http.get(`${API}/me`).set(invitee.auth)).body.memberships).toEqual([]);
    });

    it('an accepted invitation cannot be revoked (409 invitation_used); another organisation’s is not found', async () => {
      const org = await createOrganisation(api.http);
      const joiner = await registerUser(api.http, 'client', 'joiner');
      const invitation = await invite(org, joiner.email);
      await api.http.post(`${API}/invitations/${invitation.token}/accept`).set(joiner.auth).send();
      const used = await api.http
        .delete(`${API}/organisations/${org.id}/invitations/${invitation.id}`)
        .set(org.admin.auth);
      expect(used.status).toBe(409);
      expect(used.body.code).toBe('invitation_used');

      const outsider = await createOrganisation(api.http);
      const theirs = await invite(outsider, `theirs-${Date.now()}@example.test`);
      const before = await scoped(outsider);
      const res = await api.http
        .delete(`${API}/organisations/${org.id}/invitations/${theirs.id}`)
        .set(org.admin.auth);
      expect(res.status).toBe(404);
      expect(await scoped(outsider)).toBe(before);
    });
  });
});
