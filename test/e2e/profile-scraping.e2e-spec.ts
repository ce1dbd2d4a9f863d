import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ProfileViewRetentionService } from '@gilde/profiles';
import { ApiHarness, TestOrganisation, TestUser, startApi, testPool } from '@gilde/testing';
import {
  interimWithProfile,
  quickMember,
  quickOrganisation,
  quickUser,
  seedResponse,
} from './profiles.fixtures';

/**
 * Against scraping interim profiles: only members of an organisation search and open profiles,
 * within per-user quotas, and every opened profile is recorded for the interim to see.
 */

const API = '/api/v1';

async function viewsOf(pool: Pool, column: 'viewer_user_id' | 'interim_id', id: string) {
  const { rows } = await pool.query(
    `SELECT viewer_user_id, viewer_organisation_id, interim_id, viewed_on::text AS viewed_on
       FROM profile_views WHERE ${column} = $1 ORDER BY interim_id, viewer_user_id`,
    [id],
  );
  return rows;
}

async function organisationName(pool: Pool, id: string): Promise<string> {
  const { rows } = await pool.query(`SELECT name FROM organisations WHERE id = $1`, [id]);
  return rows[0].name;
}

describe('profile scraping', () => {
  describe('membership and the record of views', () => {
    let api: ApiHarness;
    let pool: Pool;
    let org: TestOrganisation;

    beforeAll(async () => {
      api = await startApi();
      pool = testPool();
      org = await quickOrganisation(api, pool);
    });
    afterAll(async () => {
      await api.close();
      await pool.end();
    });

    it('refuses a client without an organisation on search and profile reads with 403, recording nothing', async () => {
      const loner = await quickUser(api, pool, 'client');
      const { user: interim } = await interimWithProfile(api, pool, { visibility: 'public' });
      for (const path of [
        `${API}/interims/search?q=cfo`,
        `${API}/interims/${interim.id}`,
        // No existence oracle either: an unknown id is refused the same way.
        `${API}/interims/00000000-0000-4000-8000-000000000000`,
      ]) {
        const res = await api.http.get(path).set(loner.auth);
        expect({ path, status: res.status }).toEqual({ path, status: 403 });
        expect(res.body.message).toMatch(/members of a client organisation/);
        expect(res.body.message).toMatch(/POST \/api\/v1\/organisations/);
      }
      expect(await viewsOf(pool, 'viewer_user_id', loner.id)).toEqual([]);

      // The same person, once a member, gets through.
      await quickMember(pool, org.id, loner, ['hiring_manager']);
      expect((await api.http.get(`${API}/interims/search?q=cfo`).set(loner.auth)).status).toBe(200);
      expect((await api.http.get(`${API}/interims/${interim.id}`).set(loner.auth)).status).toBe(
        200,
      );
    });

    it('records a view once per viewer, profile and day, and shows the interim the organisation', async () => {
      const { user: interim } = await interimWithProfile(api, pool);
      const colleague = await quickMember(pool, org.id, await quickUser(api, pool, 'client'), [
        'procurement',
      ]);
      const other = await quickOrganisation(api, pool);
      for (const viewer of [org.admin, org.admin, colleague, other.admin, other.admin]) {
        expect((await api.http.get(`${API}/interims/${interim.id}`).set(viewer.auth)).status).toBe(
          200,
        );
      }
      const rows = await viewsOf(pool, 'interim_id', interim.id);
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map((r) => r.viewer_user_id))).toEqual(
        new Set([org.admin.id, colleague.id, other.admin.id]),
      );
      expect(rows.find((r) => r.viewer_user_id === other.admin.id)?.viewer_organisation_id).toBe(
        other.id,
      );

      const [orgName, otherName] = [
        await organisationName(pool, org.id),
        await organisationName(pool, other.id),
      ];
      const today = rows[0].viewed_on;
      const exported = await api.http.get(`${API}/interims/me/export`).set(interim.auth);
      expect(exported.status).toBe(200);
      // One line per organisation and day, whoever of its members looked.
      expect(
        [...exported.body.profileViews].sort((a, b) =>
          a.organisation.localeCompare(b.organisation),
        ),
      ).toEqual(
        [orgName, otherName].sort().map((organisation) => ({
          organisation,
          viewedOn: today,
          firstViewedAt: expect.any(String),
        })),
      );
      // The viewers are client employees: neither their ids nor their addresses are exported.
      const text = JSON.stringify(exported.body);
      for (const viewer of [org.admin, colleague, other.admin]) {
        expect(text).not.toContain(viewer.id);
        expect(text).not.toContain(viewer.email);
      }

      const listed = await api.http.get(`${API}/interims/me/profile-views`).set(interim.auth);
      expect(listed.status).toBe(200);
      expect(listed.headers['cache-control']).toBe('no-store');
      expect(listed.body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
      expect(
        listed.body.items.map((i: { organisationName: string }) => i.organisationName),
      ).toEqual([orgName, otherName].sort());
      expect(JSON.stringify(listed.body)).not.toContain(org.admin.id);
      // Someone else's views are not in another interim's list.
      const { user: unseen } = await interimWithProfile(api, pool);
      const none = await api.http.get(`${API}/interims/me/profile-views`).set(unseen.auth);
      expect(none.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
    });

    it('records no view of a hidden or unknown profile', async () => {
      const { user: hidden } = await interimWithProfile(api, pool, { visibility: 'hidden' });
      expect((await api.http.get(`${API}/interims/${hidden.id}`).set(org.admin.auth)).status).toBe(
        404,
      );
      expect(await viewsOf(pool, 'interim_id', hidden.id)).toEqual([]);
    });

    it('erases the views of an interim who erases their account', async () => {
      const { user: interim } = await interimWithProfile(api, pool);
      await api.http.get(`${API}/interims/${interim.id}`).set(org.admin.auth);
      expect(await viewsOf(pool, 'interim_id', interim.id)).toHaveLength(1);
      expect((await api.http.delete(`${API}/interims/me`).set(interim.auth)).status).toBe(204);
      expect(await viewsOf(pool, 'interim_id', interim.id)).toEqual([]);
    });

    it('deletes views older than twelve months in the daily retention run, and only those', async () => {
      const { user: interim } = await interimWithProfile(api, pool);
      const now = new Date();
      const day = (monthsAgo: number, extraDays = 0) => {
        const d = new Date(now);
        d.setUTCMonth(d.getUTCMonth() - monthsAgo);
        d.setUTCDate(d.getUTCDate() - extraDays);
        return d.toISOString().slice(0, 10);
      };
      for (const viewedOn of [day(12, 3), day(11), day(0)]) {
        await pool.query(
          `INSERT INTO profile_views (viewer_user_id, interim_id, viewed_on, viewer_organisation_id)
           VALUES ($1, $2, $3, $4)`,
          [org.admin.id, interim.id, viewedOn, org.id],
        );
      }
      const { purged } = await api.app.get(ProfileViewRetentionService).purge(now);
      expect(purged).toBeGreaterThanOrEqual(1);
      expect((await viewsOf(pool, 'interim_id', interim.id)).map((r) => r.viewed_on)).toEqual(
        expect.arrayContaining([day(11), day(0)]),
      );
      expect(await viewsOf(pool, 'interim_id', interim.id)).toHaveLength(2);
    });
  });

  describe('quotas', () => {
    let api: ApiHarness;
    let pool: Pool;
    const saved = { ...process.env };

    beforeAll(async () => {
      process.env.CLIENT_PROFILE_VIEWS_PER_DAY = '2';
      process.env.CLIENT_SEARCHES_PER_HOUR = '3';
      process.env.CLIENT_SEARCHES_PER_DAY = '50';
      api = await startApi();
      pool = testPool();
    });
    afterAll(async () => {
      await api.close();
      await pool.end();
      process.env = saved;
    });

    const open = (viewer: TestUser, interimId: string) =>
      api.http.get(`${API}/interims/${interimId}`).set(viewer.auth);

    it('answers 429 with Retry-After past the daily profile quota and records no further view', async () => {
      const org = await quickOrganisation(api, pool);
      const [a, b, c] = await Promise.all(
        [1, 2, 3].map(async () => (await interimWithProfile(api, pool)).user),
      );
      expect((await open(org.admin, a.id)).status).toBe(200);
      expect((await open(org.admin, b.id)).status).toBe(200);
      // Opening a profile again the same day does not count.
      expect((await open(org.admin, a.id)).status).toBe(200);

      const refused = await open(org.admin, c.id);
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        code: 'client_quota_exceeded',
        message: expect.stringMatching(/opened 2 interim profiles today.*Try again in \d+ seconds/),
      });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(25 * 3600);
      expect(JSON.stringify(refused.body)).not.toContain('950');
      expect(await viewsOf(pool, 'interim_id', c.id)).toEqual([]);
      expect(await viewsOf(pool, 'viewer_user_id', org.admin.id)).toHaveLength(2);

      // The quota is the person's, not the organisation's: a colleague still has theirs.
      const colleague = await quickMember(pool, org.id, await quickUser(api, pool, 'client'), [
        'hiring_manager',
      ]);
      expect((await open(colleague, c.id)).status).toBe(200);
    });

    it("does not count profiles of interims who responded to the caller's organisation", async () => {
      const org = await quickOrganisation(api, pool);
      const [a, b, responder] = await Promise.all(
        [1, 2, 3].map(async () => (await interimWithProfile(api, pool)).user),
      );
      await seedResponse(pool, org.id, org.admin.id, responder.id, 'Count me in', 'withdrawn');
      expect((await open(org.admin, a.id)).status).toBe(200);
      expect((await open(org.admin, b.id)).status).toBe(200);
      const related = await open(org.admin, responder.id);
      expect(related.status).toBe(200);
      // Withdrawn: the relationship spares the quota, but contact data stays closed.
      expect(related.body.contact).toBeNull();
      expect(await viewsOf(pool, 'interim_id', responder.id)).toHaveLength(1);
    });

    it('answers 429 with Retry-After past the search quota', async () => {
      const org = await quickOrganisation(api, pool);
      for (let i = 0; i < 3; i++) {
        expect(
          (await api.http.get(`${API}/interims/search?q=cfo`).set(org.admin.auth)).status,
        ).toBe(200);
      }
      const refused = await api.http.get(`${API}/interims/search?q=cfo`).set(org.admin.auth);
      expect(refused.status).toBe(429);
      expect(refused.body.message).toMatch(/search quota \(3 an hour, 50 a day\)/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      // Bad input is refused before anything is counted.
      expect(
        (await api.http.get(`${API}/interims/search?pageSize=1000`).set(org.admin.auth)).status,
      ).toBe(400);
    });
  });
});
