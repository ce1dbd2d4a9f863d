import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { Pool } from 'pg';
import { ACCESS_RULE, AccessRule, Authenticated, PlatformAdminOnly, Public } from '@gilde/identity';
import {
  ApiHarness,
  TestUser,
  createOrganisation,
  grantAdmin,
  registerUser,
  startApi,
  testPool,
} from '@gilde/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { API_PREFIX, createApiApp } from '../../apps/api/src/bootstrap/create-api-app';

/** Test-only routes, one per kind of rule, and one that forgot its rule. */
@Controller('access-test')
class AccessTestController {
  @Get('forgotten')
  forgotten(): { reached: true } {
    return { reached: true };
  }

  @Get('public')
  @Public()
  open(): { reached: true } {
    return { reached: true };
  }

  @Get('interims')
  @Authenticated('interim')
  interims(): { reached: true } {
    return { reached: true };
  }

  @Get('staff')
  @PlatformAdminOnly()
  staff(): { reached: true } {
    return { reached: true };
  }
}

@Module({ imports: [AppModule], controllers: [AccessTestController] })
class AccessTestModule {}

interface DeclaredRoute {
  route: string;
  controller: string;
  handler: string;
  rule: AccessRule | undefined;
}

const joinPath = (...parts: string[]) =>
  `/${parts.filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

/** Every route handler of the app, read from Nest's own metadata. */
function declaredRoutes(modules: ModulesContainer, reflector: Reflector): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of modules.values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const bases = [Reflect.getMetadata(PATH_METADATA, metatype) as string | string[]].flat();
      const proto = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          handler as () => unknown,
          metatype,
        ]);
        for (const base of bases) {
          for (const path of [paths].flat()) {
            routes.push({
              route: `${method} ${joinPath(API_PREFIX, base ?? '', path)}`,
              controller: metatype.name,
              handler: name,
              rule,
            });
          }
        }
      }
    }
  }
  return routes;
}

describe('access control', () => {
  describe('deny by default', () => {
    it('every route of the API has an access rule, and every served route is such a route', async () => {
      const app = await createApiApp({ webDist: '/nonexistent' });
      const served: string[] = [];
      app
        .getHttpAdapter()
        .getInstance()
        .addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) {
            if (method !== 'HEAD') served.push(`${method} ${route.url}`);
          }
        });
      await app.init();
      try {
        const declared = declaredRoutes(app.get(ModulesContainer), app.get(Reflector));
        expect(declared.length).toBeGreaterThan(8);
        expect(declared.map((r) => r.route)).toEqual(
          expect.arrayContaining([
            'POST /api/v1/auth/register',
            'GET /api/v1/me',
            'POST /api/v1/organisations/:id/invitations',
            'GET /api/v1/health/ready',
          ]),
        );
        const withoutRule = declared
          .filter((r) => !r.rule)
          .map((r) => `${r.route} (${r.controller}.${r.handler})`);
        expect(withoutRule).toEqual([]);

        // Nothing answers outside Nest's handlers (and so outside the guard), except the docs.
        expect(served).toEqual(expect.arrayContaining(['GET /api/v1/me']));
        // Metrics are on 127.0.0.1:API_METRICS_PORT, never on the public port.
        expect(served.filter((r) => /metrics/.test(r))).toEqual([]);
        const declaredSet = new Set(declared.map((r) => r.route));
        const unguarded = served.filter((r) => !declaredSet.has(r) && !/^\w+ \/api\/docs/.test(r));
        expect(unguarded).toEqual([]);
      } finally {
        await app.close();
      }
    });

    describe('on a live app', () => {
      let api: ApiHarness;
      let interim: TestUser;
      let client: TestUser;
      let staff: TestUser;
      const staffEmail = `platform-staff-${Date.now()}@gilde.test`;
      const savedAdmins = process.env.PLATFORM_ADMIN_EMAILS;

      beforeAll(async () => {
        process.env.PLATFORM_ADMIN_EMAILS = `someone-else@gilde.test, ${staffEmail.toUpperCase()}`;
        api = await startApi({ module: AccessTestModule });
        interim = await registerUser(api.http, 'interim');
        client = await registerUser(api.http, 'client');
        staff = await registerUser(api.http, 'client', 'staff', staffEmail);
        await grantAdmin(api.app, staffEmail);
      });
      afterAll(async () => {
        process.env.PLATFORM_ADMIN_EMAILS = savedAdmins;
        await api.close();
      });

      it('a route without a rule answers 403 to everyone, signed in or not', async () => {
        for (const auth of [{}, interim.auth, client.auth, staff.auth]) {
          const res = await api.http.get('/api/v1/access-test/forgotten').set(auth);
          expect(res.status).toBe(403);
          expect(res.body).toEqual({
            statusCode: 403,
            error: 'Forbidden',
            code: 'forbidden',
            message: 'This route is not available.',
          });
        }
      });

      it('public routes need no token; others need a valid one (401)', async () => {
        expect((await api.http.get('/api/v1/access-test/public')).status).toBe(200);
        expect((await api.http.get('/api/v1/access-test/interims')).status).toBe(401);
        expect((await api.http.get('/api/v1/access-test/staff')).status).toBe(401);
      });

      it('account-type rules refuse the other type with 403', async () => {
        expect((await api.http.get('/api/v1/access-test/interims').set(interim.auth)).status).toBe(
          200,
        );
        expect((await api.http.get('/api/v1/access-test/interims').set(client.auth)).status).toBe(
          403,
        );
        const res = await api.http
          .post('/api/v1/organisations')
          .set(interim.auth)
          .send({ name: 'Interim BV' });
        expect(res.status).toBe(403);
      });

      it('platform-admin routes are for the configured staff only', async () => {
        expect((await api.http.get('/api/v1/access-test/staff').set(staff.auth)).status).toBe(200);
        for (const user of [interim, client]) {
          expect((await api.http.get('/api/v1/access-test/staff').set(user.auth)).status).toBe(403);
        }
        const me = await api.http.get('/api/v1/me').set(staff.auth);
        expect(me.body.isPlatformAdmin).toBe(true);
        expect((await api.http.get('/api/v1/me').set(client.auth)).body.isPlatformAdmin).toBe(
          false,
        );
      });

      it('an account erased meanwhile loses access on its next request', async () => {
        const gone = await registerUser(api.http, 'interim');
        const pool: Pool = testPool();
        try {
          await pool.query('UPDATE users SET erased_at = now() WHERE id = $1', [gone.id]);
        } finally {
          await pool.end();
        }
        expect((await api.http.get('/api/v1/me').set(gone.auth)).status).toBe(401);
      });
    });
  });

  describe('organisation scoping', () => {
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

    const invite = (orgId: string, user: TestUser, email: string, role = 'hiring_manager') =>
      api.http
        .post(`/api/v1/organisations/${orgId}/invitations`)
        .set(user.auth)
        .send({ email, role });

    it("a member of organisation A gets 404 for organisation B's invitations, and nothing is written", async () => {
      const a = await createOrganisation(api.http);
      const b = await createOrganisation(api.http);
      const count = async () =>
        Number(
          (
            await pool.query(
              'SELECT count(*) AS n FROM organisation_invitations WHERE organisation_id = $1',
              [b.id],
            )
          ).rows[0].n,
        );
      const res = await invite(b.id, a.admin, 'someone@example.test');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'not_found',
        message: 'Organisation not found.',
      });
      // The same answer as for an organisation that does not exist: no existence oracle.
      const missing = await invite(
        '00000000-0000-4000-8000-000000000000',
        a.admin,
        'someone@example.test',
      );
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(res.body);
      expect(await count()).toBe(0);
    });

    it('only organisation admins invite: a hiring manager gets 403', async () => {
      const org = await createOrganisation(api.http);
      const manager = await registerUser(api.http, 'client', 'manager');
      const inv = await invite(org.id, org.admin, manager.email, 'hiring_manager');
      expect(inv.status).toBe(201);
      expect(
        (await api.http.post(`/api/v1/invitations/${inv.body.token}/accept`).set(manager.auth))
          .status,
      ).toBe(200);

      const res = await invite(org.id, manager, 'colleague@example.test');
      expect(res.status).toBe(403);
      expect(res.body.message).toBe('This needs the admin role in the organisation.');
    });

    it('removing a role or a membership takes effect on the very next request', async () => {
      const org = await createOrganisation(api.http);
      const second = await registerUser(api.http, 'client', 'second-admin');
      const inv = await invite(org.id, org.admin, second.email, 'admin');
      await api.http
        .post(`/api/v1/invitations/${inv.body.token}/accept`)
        .set(second.auth)
        .expect(200);
      expect((await invite(org.id, second, 'a@example.test')).status).toBe(201);

      await pool.query(
        `UPDATE memberships SET roles = ARRAY['hiring_manager'] WHERE organisation_id = $1 AND user_id = $2`,
        [org.id, second.id],
      );
      expect((await invite(org.id, second, 'b@example.test')).status).toBe(403);

      await pool.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
        org.id,
        second.id,
      ]);
      expect((await invite(org.id, second, 'c@example.test')).status).toBe(404);
      const me = await api.http.get('/api/v1/me').set(second.auth);
      expect(me.body.memberships).toEqual([]);
    });
  });
});
