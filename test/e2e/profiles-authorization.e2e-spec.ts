import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { Pool } from 'pg';
import { ApiHarness, TestOrganisation, TestUser, startApi, testPool } from '@gilde/testing';
import {
  interimWithProfile,
  platformAdmin,
  profileSnapshot,
  quickOrganisation,
  validProfile,
} from './profiles.fixtures';

/**
 * Who may call each profiles route, as one table. Every cell runs against the real API with
 * fresh objects; a refused cell must leave the owner's and the caller's data unchanged. The
 * first test checks that the table names exactly the routes the controllers declare.
 */
const ACTORS = ['anonymous', 'interim', 'client', 'platformAdmin'] as const;
type Actor = (typeof ACTORS)[number];

interface Row {
  route: string;
  /** `owner`: the calling interim's own data; `otherProfile`: someone else's visible profile. */
  target: 'owner' | 'otherProfile' | 'credential' | 'none';
  body?: 'profile' | 'availability';
  expect: Record<Actor, number>;
}

//                                        anon interim client admin
const OWN_READ = s(401, 200, 403, 403);
const OWN_WRITE = s(401, 200, 403, 403);
const ADMIN_ONLY = s(401, 403, 403, 200);

const MATRIX: Row[] = [
  { route: 'PUT /interims/me/profile', target: 'owner', body: 'profile', expect: OWN_WRITE },
  { route: 'GET /interims/me/profile', target: 'owner', expect: OWN_READ },
  {
    route: 'PUT /interims/me/availability',
    target: 'owner',
    body: 'availability',
    expect: OWN_WRITE,
  },
  { route: 'GET /interims/:id', target: 'otherProfile', expect: s(401, 403, 200, 200) },
  { route: 'GET /interims/me/export', target: 'owner', expect: OWN_READ },
  { route: 'DELETE /interims/me', target: 'owner', expect: s(401, 204, 403, 403) },
  { route: 'GET /admin/credentials', target: 'none', expect: ADMIN_ONLY },
  { route: 'POST /admin/credentials/:id/verify', target: 'credential', expect: ADMIN_ONLY },
  { route: 'POST /admin/credentials/:id/suspend', target: 'credential', expect: ADMIN_ONLY },
];

const CONTROLLERS = ['ProfilesController', 'PersonalDataController', 'CredentialsAdminController'];

function s(...statuses: number[]): Record<Actor, number> {
  return Object.fromEntries(ACTORS.map((a, i) => [a, statuses[i]])) as Record<Actor, number>;
}

describe('authorization matrix: profiles, GDPR and credential routes', () => {
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

  it('has exactly one row per route the controllers declare', () => {
    const declared: string[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        if (!metatype || !CONTROLLERS.includes(metatype.name)) continue;
        const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
        const proto = metatype.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (typeof handler !== 'function' || name === 'constructor') continue;
          const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
          if (path === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          declared.push(`${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`);
        }
      }
    }
    expect(MATRIX.map((r) => r.route).sort()).toEqual(declared.sort());
  });

  const cells = MATRIX.flatMap((row) => ACTORS.map((actor) => [row.route, actor, row] as const));

  it.each(cells)('%s as %s', async (_route, actor, row) => {
    const { user: owner, profile } = await interimWithProfile(api, pool);
    const { user: other } = await interimWithProfile(api, pool);
    const credentialId = (profile.credentials as { id: string }[])[0].id;
    const caller: TestUser | null = {
      anonymous: null,
      interim: owner,
      client: org.admin,
      platformAdmin: admin,
    }[actor];

    const [method, template] = row.route.split(' ');
    const path =
      '/api/v1' + template.replace(':id', row.target === 'credential' ? credentialId : other.id);
    const body =
      row.body === 'profile'
        ? validProfile()
        : row.body === 'availability'
          ? { periods: [{ from: '2031-01-01', to: '2031-06-30', hoursPerWeek: 24 }] }
          : undefined;

    const before = [await profileSnapshot(pool, owner.id), await profileSnapshot(pool, other.id)];
    let request = (
      api.http as unknown as Record<string, (p: string) => ReturnType<ApiHarness['http']['get']>>
    )[method.toLowerCase()](path);
    if (caller) request = request.set(caller.auth);
    const res = await (body ? request.send(body) : request);

    expect({ route: row.route, actor, status: res.status }).toEqual({
      route: row.route,
      actor,
      status: row.expect[actor],
    });
    if (res.status >= 400) {
      const after = [await profileSnapshot(pool, owner.id), await profileSnapshot(pool, other.id)];
      expect(after).toEqual(before);
    }
    // No route ever hands one interim another interim's rates.
    if (actor === 'interim' && row.target === 'otherProfile') {
      expect(JSON.stringify(res.body)).not.toContain('"dayRate"');
    }
  });
});
