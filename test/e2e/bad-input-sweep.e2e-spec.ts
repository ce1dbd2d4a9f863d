import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import {
  HOSTILE_BODIES,
  HOSTILE_QUERY_VALUES,
  KnownIds,
  OpenApiDocument,
  Operation,
  SchemaWalker,
  Variant,
} from './bad-input-sweep.fixtures';
import { activeContract } from './contracts.fixtures';

/**
 * Hostile-input sweep: every write route with a JSON body in the OpenAPI document, every
 * property at any depth replaced by hostile values, and every query parameter of every route,
 * sent as each role and anonymously. No answer may be a 5xx, and a batch of refused (4xx)
 * requests must leave the whole database unchanged. New routes and fields are swept without
 * being listed here.
 */

/** Routes left out, with the reason. Keep this short. */
const EXCLUDED: Record<string, string> = {
  // A server-sent event stream: a valid token keeps the response open; its auth has its own tests.
  'GET /api/v1/notifications/stream': 'long-lived SSE stream',
  // Erasure needs no body; sending one erases the caller, which the GDPR suite covers.
  'DELETE /api/v1/interims/me': 'erases the caller',
  'DELETE /api/v1/me': 'erases the caller',
};

/**
 * Static reference data no route writes (the ESCO taxonomy): compared by row count only, since
 * hashing its ~60,000 rows around every batch would dominate the run.
 */
const COUNTED_ONLY = new Set([
  'skills',
  'skill_labels',
  'skill_words',
  'occupations',
  'occupation_skills',
  'schema_migrations',
]);

const CONCURRENCY = 6;

type Role = 'interim' | 'client' | 'procurement' | 'anonymous';
const ROLES: Role[] = ['interim', 'client', 'procurement', 'anonymous'];

interface SweepRequest {
  method: string;
  /** The route as documented, e.g. /api/v1/contracts/{id}. */
  route: string;
  url: string;
  label: string;
  role: Role;
  body?: string;
}

interface Outcome {
  request: SweepRequest;
  status: number;
  text: string;
}

describe('hostile input sweep over the OpenAPI document', () => {
  let api: ApiHarness;
  let pool: Pool;
  let doc: OpenApiDocument;
  let walker: SchemaWalker;
  const ids: KnownIds = {};
  const auth: Record<Role, Record<string, string>> = {
    interim: {},
    client: {},
    procurement: {},
    anonymous: {},
  };
  let tables: string[];

  let sent = 0;
  const startedAt = Date.now();
  const cpuAtStart = process.cpuUsage();
  const histogram = new Map<number, number>();
  const failures: string[] = [];
  /** Route → roles whose requests got past the guards to validation and the handler. */
  const reached = new Map<string, Role[]>();

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();

    const docRes = await api.http.get('/api/docs-json');
    expect(docRes.status).toBe(200);
    doc = docRes.body as OpenApiDocument;

    // An active contract: organisation, published assignment, selected response, interim with
    // a profile and credential. Path parameters are filled with these real ids.
    const pick = await activeContract(api, pool);
    const bearer = (u: TestUser) => u.auth;
    auth.interim = bearer(pick.interim);
    // The owner is admin and hiring manager of the organisation.
    auth.client = bearer(pick.tenant.owner);
    auth.procurement = bearer(pick.tenant.procurement);
    ids.organisation = pick.tenant.id;
    ids.assignment = pick.assignmentId;
    ids.response = pick.responseId;
    ids.contract = pick.contract.id as string;
    ids.interim = pick.interim.id;
    const invitation = await api.http
      .post(`/api/v1/organisations/${pick.tenant.id}/invitations`)
      .set(pick.tenant.owner.auth)
      .send({ email: `invitee-${randomUUID().slice(0, 8)}@example.test`, role: 'procurement' });
    expect(invitation.status).toBe(201);
    ids.invitation = invitation.body.token;
    ids.token = invitation.body.token;
    const credential = await pool.query('SELECT id FROM credentials WHERE user_id = $1 LIMIT 1', [
      pick.interim.id,
    ]);
    ids.credential = credential.rows[0].id;
    // Notifications are written by the worker; one is written directly so its routes find it.
    const notification = await pool.query(
      `INSERT INTO notifications (id, recipient_id, kind, template, dedupe_key, subject_type, subject_id, link)
       VALUES ($1, $2, 'contract', 'contract.sent', $3, 'contract', $4, '/contracts') RETURNING id`,
      [randomUUID(), pick.interim.id, `sweep-${randomUUID()}`, ids.contract],
    );
    ids.notification = notification.rows[0].id;
    // A sign-in (refresh-token family) of the interim, for /me/sessions/{id}.
    const session = await pool.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, gen_random_uuid(), 'sweep', now() + interval '1 day') RETURNING family_id`,
      [pick.interim.id],
    );
    ids.session = session.rows[0].family_id;
    // A member of the organisation no other request acts as, for
    // /organisations/{id}/members/{userId}: an accepted body may change their roles freely.
    const member = await pool.query(
      `INSERT INTO users (email, display_name, account_type, email_verified_at)
       VALUES ($1, 'Sweep Member', 'client', now()) RETURNING id`,
      [`sweep-member-${randomUUID().slice(0, 8)}@example.test`],
    );
    await pool.query(
      `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
      [pick.tenant.id, member.rows[0].id, ['hiring_manager']],
    );
    ids.userId = member.rows[0].id;

    walker = new SchemaWalker(doc, ids);
    const { rows } = await pool.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    tables = rows.map((r: { table_name: string }) => r.table_name);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await pool?.end();
  });

  /** Row count and content hash of every table, in one round trip. */
  async function snapshotAll(): Promise<Map<string, string>> {
    const sql = tables
      .map((t) =>
        COUNTED_ONLY.has(t)
          ? `SELECT '${t}' AS t, count(*)::text AS n, '' AS h FROM "${t}"`
          : `SELECT '${t}' AS t, count(*)::text AS n,
               md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
      )
      .join(' UNION ALL ');
    const { rows } = await pool.query(sql);
    return new Map(rows.map((r: { t: string; n: string; h: string }) => [r.t, `${r.n}:${r.h}`]));
  }

  function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
    return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
  }

  /** `{id}` → the real id of the kind named by the path segment before it ("contracts" → contract). */
  function fillPath(route: string): string {
    return route.replace(/([^/]+)\/\{(\w+)\}/g, (_m, segment: string, param: string) => {
      const kind = segment.replace(/s$/, '');
      const id = ids[param === 'id' ? kind : param] ?? ids[kind] ?? randomUUID();
      return `${segment}/${encodeURIComponent(id)}`;
    });
  }

  async function send(req: SweepRequest): Promise<Outcome> {
    sent++;
    try {
      // In-process injection runs the whole Fastify pipeline (body limit, JSON parser, hooks,
      // guards, pipes, filters) at a quarter of the CPU a socket round trip costs.
      const res = await api.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: req.method as 'GET',
          url: req.url,
          headers: {
            ...auth[req.role],
            ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          payload: req.body,
        });
      return { request: req, status: res.statusCode, text: res.body };
    } catch (err) {
      return { request: req, status: 599, text: `no response: ${(err as Error).message}` };
    }
  }

  async function sendAll(requests: SweepRequest[]): Promise<Outcome[]> {
    const out: Outcome[] = new Array(requests.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const i = next++;
          out[i] = await send(requests[i]);
        }
      }),
    );
    return out;
  }

  function describeRequest(req: SweepRequest): string {
    const body = req.body === undefined ? '' : ` body=${req.body.slice(0, 300)}`;
    return `${req.method} ${req.url} as ${req.role} [${req.label}]${body}`;
  }

  function record(outcome: Outcome): void {
    histogram.set(outcome.status, (histogram.get(outcome.status) ?? 0) + 1);
    if (outcome.status >= 500) {
      failures.push(
        `${describeRequest(outcome.request)} → ${outcome.status} ${outcome.text.slice(0, 300)}`,
      );
    }
  }

  /**
   * Sends a batch and checks that refused requests changed nothing. Requests that succeed (2xx)
   * may change data legitimately: when the database did change, the batch's refused requests
   * are sent again on their own (up to three rounds) and compared around that round instead.
   */
  async function sweepBatch(requests: SweepRequest[]): Promise<void> {
    let pending = requests;
    for (let round = 0; round < 3 && pending.length; round++) {
      const before = await snapshotAll();
      const outcomes = await sendAll(pending);
      const after = await snapshotAll();
      if (round === 0) outcomes.forEach(record);
      else outcomes.filter((o) => o.status >= 500).forEach(record);
      const changed = changedTables(before, after);
      const refused = outcomes.filter((o) => o.status >= 400 && o.status < 500);
      if (!changed.length) return;
      if (refused.length === outcomes.length) {
        failures.push(
          `refused requests changed ${changed.join(', ')}: ${(await culprits(pending)).join(' | ')}`,
        );
        return;
      }
      pending = refused.map((o) => o.request);
    }
  }

  /** Only when a refused batch changed data: which of its requests did, one at a time. */
  async function culprits(requests: SweepRequest[]): Promise<string[]> {
    const found: string[] = [];
    for (const req of requests.slice(0, 200)) {
      const before = await snapshotAll();
      const outcome = await send(req);
      const changed = changedTables(before, await snapshotAll());
      if (changed.length && outcome.status >= 400 && outcome.status < 500) {
        found.push(`${describeRequest(req)} → ${outcome.status} changed ${changed.join(', ')}`);
        if (found.length >= 5) break;
      }
    }
    return found.length ? found : ['(not reproducible one request at a time)'];
  }

  /**
   * A guard (401, 403) answers before the body or query is even validated, so a role it turns
   * away gets only the malformed whole bodies (which the parser sees first), not every variant.
   */
  async function rolesPastGuards(
    method: string,
    route: string,
    url: string,
    probe: { body?: string; query?: string },
  ): Promise<Role[]> {
    const out: Role[] = [];
    for (const role of ROLES) {
      const { status } = await send({
        method,
        route,
        url: probe.query !== undefined ? `${url}?${probe.query}` : url,
        role,
        label: 'probe with an unknown field',
        body: probe.body,
      });
      if (status !== 401 && status !== 403) out.push(role);
    }
    return out;
  }

  function operations(): { method: string; route: string; op: Operation }[] {
    return Object.entries(doc.paths).flatMap(([route, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), route, op }))
        .filter(({ method, route }) => !EXCLUDED[`${method} ${route}`]),
    );
  }

  it('answers every hostile body without a 5xx and refused bodies change nothing', async () => {
    const start = failures.length;
    let routes = 0;
    for (const { method, route, op } of operations()) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      routes++;
      const { base: validBody, variants } = walker.variants(schema);
      const url = fillPath(route);
      const probe = `{"sweepUnknownField": 1, ${validBody.slice(1)}`;
      const past = await rolesPastGuards(method, route, url, { body: probe });
      reached.set(`${method} ${route}`, past);
      const batch: SweepRequest[] = [];
      for (const role of ROLES) {
        const all: Variant[] = past.includes(role)
          ? [{ label: 'generated body', body: validBody }, ...variants]
          : HOSTILE_BODIES;
        batch.push(...all.map((v) => ({ method, route, url, role, label: v.label, body: v.body })));
      }
      await sweepBatch(batch);
    }
    expect(routes).toBeGreaterThan(15);
    expect(failures.slice(start)).toEqual([]);
  }, 600_000);

  it('answers every hostile query parameter without a 5xx and changes nothing', async () => {
    const start = failures.length;
    for (const { method, route, op } of operations()) {
      const params = (op.parameters ?? []).filter((p) => p.in === 'query');
      if (!params.length) continue;
      const body = op.requestBody?.content?.['application/json'] ? '{}' : undefined;
      const url = fillPath(route);
      const valid = new URLSearchParams();
      for (const p of params) {
        const v = walker.sample(p.schema ?? { type: 'string' }, p.name);
        if (p.required && v !== undefined) valid.set(p.name, String(Array.isArray(v) ? v[0] : v));
      }
      const queries: { label: string; query: string }[] = [];
      const adding = (extra: string) => (valid.toString() ? `${valid.toString()}&${extra}` : extra);
      for (const p of params) {
        const replaced = (values: string[]) => {
          const q = new URLSearchParams(valid);
          q.delete(p.name);
          for (const v of values) q.append(p.name, v);
          return q.toString();
        };
        for (const [label, value] of HOSTILE_QUERY_VALUES) {
          queries.push({ label: `?${p.name}=${label}`, query: replaced([value]) });
        }
        queries.push({ label: `?${p.name} repeated`, query: replaced(['1', 'x', '']) });
        queries.push({
          label: `?${p.name} 200 times`,
          query: replaced(Array.from({ length: 200 }, (_, i) => `v${i}`)),
        });
        for (const raw of [`${p.name}[]=x`, `${p.name}[a]=x`, `${p.name}[__proto__][x]=1`]) {
          queries.push({ label: `?${raw}`, query: adding(raw) });
        }
      }
      queries.push({ label: '?__proto__[x]=1', query: adding('__proto__[x]=1') });
      queries.push({
        label: '?constructor[prototype][x]=1',
        query: adding('constructor[prototype][x]=1'),
      });
      const past = await rolesPastGuards(method, route, url, {
        query: adding('sweepUnknownParameter=1'),
        body,
      });
      reached.set(`${method} ${route}`, past);
      await sweepBatch(
        past.flatMap((role) =>
          queries.map((q) => ({
            method,
            route,
            url: `${url}?${q.query}`,
            role,
            label: q.label,
            body,
          })),
        ),
      );
    }
    expect(failures.slice(start)).toEqual([]);
  }, 600_000);

  afterAll(() => {
    const statuses = [...histogram.entries()].sort(([a], [b]) => a - b);
    const fiveXx = statuses.filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const cpu = process.cpuUsage(cpuAtStart);
    const unreached = [...reached.entries()].filter(([, roles]) => !roles.length);
    console.log(
      [
        `hostile input sweep: ${sent} requests, ${fiveXx} 5xx, ` +
          `${Math.round((Date.now() - startedAt) / 1000)} s, ` +
          `${Math.round((cpu.user + cpu.system) / 1e6)} s CPU in this process`,
        `statuses: ${statuses.map(([s, c]) => `${s}×${c}`).join(' ')}`,
        `excluded: ${Object.entries(EXCLUDED)
          .map(([r, why]) => `${r} (${why})`)
          .join('; ')}`,
        `routes no role gets past the guards of: ${unreached.map(([r]) => r).join(', ') || 'none'}`,
        ...(process.env.SWEEP_VERBOSE
          ? [...reached.entries()].map(([r, roles]) => `  ${r}: ${roles.join(', ')}`)
          : []),
      ].join('\n'),
    );
  });
});
