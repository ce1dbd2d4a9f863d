import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { AssignmentsReader } from '@gilde/assignments';
import { AuthUser } from '@gilde/identity';
import { ProfileBrowsingService, ProfilesReader } from '@gilde/profiles';
import { SearchEngine, SearchHits } from '@gilde/search';
import { SkillResolverService } from '@gilde/taxonomy';
import { ApiHarness, startApi, testPool } from '@gilde/testing';
import { SearchService } from '../../libs/search/src/api/search.service';
import { freePort } from '../integration/support/scratch-database';
import { interimWithProfile, quickOrganisation, quickUser } from './profiles.fixtures';

// This file's own database clone (the environment names it after jest's setup files ran).
process.env.DATABASE_URL = process.env.GILDE_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** Search stays inside the caller's scope and fails fast when the engine is down. */
describe('search safety', () => {
  describe('hits are re-hydrated with the caller’s scope', () => {
    let api: ApiHarness;
    let pool: Pool;

    beforeAll(async () => {
      api = await startApi();
      pool = testPool();
    });
    afterAll(async () => {
      await api.close();
      await pool.end();
    });

    /** An engine that answers whatever ids it is told to: a stand-in for a stale or leaky index. */
    function engineReturning(ids: string[]): SearchEngine {
      const hits: SearchHits = { ids, total: ids.length };
      return {
        name: 'meilisearch',
        searchProfiles: async () => hits,
        searchAssignments: async () => hits,
      } as unknown as SearchEngine;
    }

    it('drops hidden, erased and unknown profiles an engine returns, and logs a security event', async () => {
      const visible = await interimWithProfile(api, pool, { headline: 'Visible interim' });
      const hidden = await interimWithProfile(api, pool, { visibility: 'hidden' });
      const erased = await interimWithProfile(api, pool);
      expect(
        (await api.http.delete('/api/v1/interims/me').set(erased.user.auth)).status,
      ).toBeLessThan(300);
      const org = await quickOrganisation(api, pool);
      const caller = {
        id: org.admin.id,
        email: org.admin.email,
        displayName: 'x',
        accountType: 'client',
        locale: 'en',
        isPlatformAdmin: false,
      } as AuthUser;
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const service = new SearchService(
          engineReturning([hidden.user.id, visible.user.id, erased.user.id, randomUUID()]),
          api.app.get(ProfilesReader),
          api.app.get(AssignmentsReader),
          api.app.get(SkillResolverService),
          api.app.get(ProfileBrowsingService),
        );
        const page = await service.searchInterims(caller, {});
        expect(page.items.map((i) => i.id)).toEqual([visible.user.id]);
        expect(JSON.stringify(page)).not.toContain(hidden.user.id);
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({ event: 'search.hit_out_of_scope', kind: 'profile' }),
          expect.any(String),
        );
      } finally {
        warn.mockRestore();
      }
    });

    it('drops assignments that are not published', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const caller = { id: interim.id, accountType: 'interim', locale: 'en' } as AuthUser;
      const org = await quickOrganisation(api, pool);
      const { rows } = await pool.query(
        `INSERT INTO assignments (organisation_id, created_by, title, status) VALUES ($1, $2, 'Secret draft', 'draft') RETURNING id`,
        [org.id, org.admin.id],
      );
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const service = new SearchService(
          engineReturning([rows[0].id]),
          api.app.get(ProfilesReader),
          api.app.get(AssignmentsReader),
          api.app.get(SkillResolverService),
          api.app.get(ProfileBrowsingService),
        );
        const page = await service.searchAssignments(caller, {});
        expect(page.items).toEqual([]);
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({ event: 'search.hit_out_of_scope', kind: 'assignment' }),
          expect.any(String),
        );
      } finally {
        warn.mockRestore();
      }
    });
  });

  describe('when the search engine is down', () => {
    let api: ApiHarness;
    let pool: Pool;
    const saved = { ...process.env };

    beforeAll(async () => {
      process.env.SEARCH_ENGINE = 'meilisearch';
      process.env.MEILI_URL = `http://127.0.0.1:${await freePort()}`;
      api = await startApi();
      pool = testPool();
    });
    afterAll(async () => {
      await api?.close();
      await pool?.end();
      process.env = saved;
    });

    it('answers 503 quickly, and writes still commit with their outbox event', async () => {
      const org = await quickOrganisation(api, pool);
      const started = Date.now();
      const res = await api.http.get('/api/v1/interims/search?q=financieel').set(org.admin.auth);
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'search_unavailable',
        message: 'Search is temporarily unavailable. Please try again in a minute.',
      });
      expect(Date.now() - started).toBeLessThan(4000);

      const interim = await quickUser(api, pool, 'interim');
      const search = await api.http.get('/api/v1/assignments/search?q=zorg').set(interim.auth);
      expect(search.status).toBe(503);
      const { user } = await interimWithProfile(api, pool);
      const { rows } = await pool.query(
        `SELECT event_type FROM outbox_events WHERE aggregate_id = $1`,
        [user.id],
      );
      expect(rows.map((r) => r.event_type)).toContain('profile.updated');
    });
  });
});
