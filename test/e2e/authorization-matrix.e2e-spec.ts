import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  API,
  Tenant,
  assignmentBody,
  createDraft,
  createPublished,
  ensureTaxonomy,
  quickTenant,
  quickUser,
  respond,
  responseBody,
  scopedSnapshot,
  transition,
} from './assignments.fixtures';
import { ACTORS, Actor, MATRIX, MatrixRow } from './authorization-matrix';

/** The controllers whose every route must have a row in MATRIX. */
const COVERED_CONTROLLERS = [
  'AssignmentsController',
  'InvitationsController',
  'ResponsesController',
  'ProfileViewsController',
  'AccountsController',
  'SsoSettingsController',
  'SsoSignInController',
  'AccountDataController',
  'MembersController',
];

describe('authorization matrix: assignments and responses', () => {
  let api: ApiHarness;
  let pool: Pool;
  let a: Tenant;
  let b: Tenant;
  let interim: TestUser;
  let otherInterim: TestUser;
  let invitee: TestUser;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    a = await quickTenant(api, pool);
    b = await quickTenant(api, pool);
    interim = await quickUser(api, pool, 'interim');
    otherInterim = await quickUser(api, pool, 'interim');
    invitee = await quickUser(api, pool, 'interim');
    await pool.query(
      `INSERT INTO interim_profiles (user_id, headline, city, country, remote_preference, day_rate_min,
         day_rate_max, hours_min, hours_max, notify, visibility)
       VALUES ($1, 'Interim CIO', 'Delft', 'NL', 'remote', 900, 1200, 16, 40, 'off', 'public')`,
      [invitee.id],
    );
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('has a row for every route the controllers declare, and no row for a route that does not exist', () => {
    const declared = new Set<string>();
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        if (!metatype || !COVERED_CONTROLLERS.includes(metatype.name)) continue;
        const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
        const proto = metatype.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (typeof handler !== 'function' || name === 'constructor') continue;
          const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
          if (path === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const full = `/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(
            /\/+/g,
            '/',
          );
          declared.add(`${method} ${full}`);
        }
      }
    }
    expect(declared.size).toBeGreaterThan(10);
    expect([...new Set(MATRIX.map((r) => r.route))].sort()).toEqual([...declared].sort());
  });

  const userOf = (actor: Actor): TestUser | null =>
    ({
      anonymous: null,
      interim,
      otherInterim,
      hiringManagerA: a.hiringManager,
      procurementA: a.procurement,
      adminA: a.admin,
      hiringManagerB: b.owner,
    })[actor];

  /** A fresh account like the actor's (kind and memberships), for a call that may end it. */
  async function twinOf(actor: Actor): Promise<TestUser | null> {
    const original = userOf(actor);
    if (!original) return null;
    const kind = actor === 'interim' || actor === 'otherInterim' ? 'interim' : 'client';
    const twin = await quickUser(api, pool, kind, `twin-${actor}`);
    await pool.query(
      `INSERT INTO memberships (organisation_id, user_id, roles)
       SELECT organisation_id, $2, roles FROM memberships WHERE user_id = $1`,
      [original.id, twin.id],
    );
    return twin;
  }

  /** A fresh object, so an allowed write never changes what another cell sees. */
  async function target(row: MatrixRow): Promise<string> {
    switch (row.target) {
      case 'organisationA':
        return a.id;
      case 'caller':
      case 'twinOfCaller':
        return '';
      case 'memberOfA': {
        const member = await quickUser(api, pool, 'client', 'member');
        await pool.query(
          `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
          [a.id, member.id, ['hiring_manager']],
        );
        return `${a.id}|${member.id}`;
      }
      case 'pendingInvitationA': {
        const { rows } = await pool.query<{ id: string }>(
          `INSERT INTO organisation_invitations (organisation_id, email, role, invited_by, expires_at)
           VALUES ($1, $2, 'procurement', $3, now() + interval '1 day') RETURNING id`,
          [a.id, `invitee-${randomUUID()}@example.test`, a.admin.id],
        );
        return `${a.id}|${rows[0].id}`;
      }
      case 'sessionOfInterim': {
        const { rows } = await pool.query<{ family_id: string }>(
          `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
           VALUES ($1, gen_random_uuid(), 'x', now() + interval '1 day') RETURNING family_id`,
          [interim.id],
        );
        return rows[0].family_id;
      }
      case 'draftA':
        return (await createDraft(api, a.owner, a.id)).id;
      case 'publishedA':
        return (await createPublished(api, a.owner, a.id)).id;
      case 'closedA': {
        const p = await createPublished(api, a.owner, a.id);
        return (await transition(api, a.owner, `/assignments/${p.id}/close`)).id;
      }
      case 'submittedResponseA':
      case 'shortlistedResponseA': {
        const p = await createPublished(api, a.owner, a.id);
        const r = await respond(api, interim, p.id);
        if (row.target === 'shortlistedResponseA') {
          await transition(api, a.owner, `/responses/${r.id}/shortlist`);
        }
        return r.id;
      }
    }
  }

  function body(row: MatrixRow): object | undefined {
    switch (row.body) {
      case undefined:
        return undefined;
      case 'assignment':
        return assignmentBody(a.id);
      case 'assignmentPatch':
        return { description: 'Changed by the matrix' };
      case 'invitation':
        return { interimId: invitee.id, message: 'Please respond' };
      case 'response':
        return responseBody();
      case 'rejection':
        return { reason: 'experience_mismatch', note: 'Not this time' };
      case 'badToken':
        return { token: 'not-a-token.at-all' };
      case 'unknownEmail':
        return { email: 'nobody-at-all@example.test' };
      case 'resetWithBadToken':
        return { token: 'not-a-token.at-all', password: 'a-new-long-passw0rd' };
      case 'wrongCurrentPassword':
        return { currentPassword: 'not-the-password', newPassword: 'a-new-long-passw0rd' };
      case 'locale':
        return { locale: 'en' };
      case 'ssoSettings':
        return {
          issuer: 'http://127.0.0.1:9/no-provider',
          clientId: 'gilde',
          clientSecret: 'a-client-secret',
          domains: ['example.test'],
          defaultRole: 'hiring_manager',
        };
      case 'roles':
        return { roles: ['procurement'] };
    }
  }

  const cells = MATRIX.flatMap((row) =>
    ACTORS.map((actor) => [row.route, row.target, actor, row.expect[actor], row] as const),
  );

  /** Refused calls change nothing (each cell asserts it), so they can share one object per row. */
  const shared = new Map<MatrixRow, Promise<string>>();
  function sharedTarget(row: MatrixRow): Promise<string> {
    if (!shared.has(row)) shared.set(row, target(row));
    return shared.get(row)!;
  }

  /** What a program reads from a refusal: never a validation or state code for a wrong caller. */
  const REFUSAL_CODES: Record<number, unknown> = {
    401: 'unauthenticated',
    403: expect.stringMatching(
      /^(forbidden|account_type_not_allowed|organisation_role_required|procurement_only|interim_only)$/,
    ),
    404: 'not_found',
  };

  it.each(cells)('%s (%s) as %s → %i', async (route, _target, actor, expected, row) => {
    const id = expected < 300 ? await target(row) : await sharedTarget(row);
    const [method, template] = route.split(' ');
    const [first, second = ''] = id.split('|');
    let path = template
      .replace(':id', first)
      .replace(':userId', second)
      .replace(':invitationId', second);
    if (route === 'GET /assignments') path += `?organisationId=${id}`;
    const user = row.target === 'twinOfCaller' ? await twinOf(actor) : userOf(actor);
    const write = method !== 'GET';
    const before = write ? await scopedSnapshot(pool, [a.id, b.id]) : '';

    let req = api.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](`${API}${path}`)
      // A client-supplied tenant header is never the tenant context.
      .set('X-Tenant-ID', actor === 'hiringManagerB' ? a.id : b.id);
    if (user) req = req.set(user.auth);
    const res = await (write ? req.send(body(row) ?? {}) : req);

    expect({ status: res.status, body: res.status === expected ? undefined : res.body }).toEqual({
      status: expected,
      body: undefined,
    });
    expect(Object.keys(res.body)).not.toContain('passwordHash');
    if (expected >= 400) {
      // The error shape and nothing else (a validation error adds `fields`).
      expect(res.body).toMatchObject({
        statusCode: expected,
        error: expect.any(String),
        code: REFUSAL_CODES[expected] ?? expect.any(String),
        message: expect.anything(),
      });
      expect(
        Object.keys(res.body).filter(
          (k) => !['statusCode', 'error', 'message', 'code', 'fields'].includes(k),
        ),
      ).toEqual([]);
      if (write) expect(await scopedSnapshot(pool, [a.id, b.id])).toBe(before);
    }
  });
});
