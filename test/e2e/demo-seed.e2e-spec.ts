import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { ApiHarness, createOrganisation, snapshot, startApi, testPool } from '@gilde/testing';
import {
  DEMO_ADMIN,
  DEMO_INTERIM,
  DEMO_ORGANISATION_ACCOUNTS,
  DEMO_PASSWORD,
} from '../../scripts/seed/demo-accounts';
import { EnsureDemoResult, ensureDemoWorld } from '../../scripts/seed/demo-seed';

/**
 * The demo world, seeded into this file's own database (every test file gets a copy of the
 * migrated template with the taxonomy): the demo data meets no other file's, and --reset
 * meets only the outsider organisation created here.
 */
const INTERIMS = 100;
const GEMEENTE = DEMO_ORGANISATION_ACCOUNTS[0];
const TABLES = [
  'users',
  'organisations',
  'memberships',
  'interim_profiles',
  'profile_skills',
  'credentials',
  'availability_periods',
  'assignments',
  'assignment_skills',
  'assignment_invitations',
  'responses',
  'assignment_matches',
  'contracts',
  'contract_documents',
  'contract_acceptances',
  'reviews',
  'audit_events',
  'interim_track_records',
  'outbox_events',
  'search_profiles',
  'search_assignments',
];

describe('demo world (npm start, npm run seed)', () => {
  let api: ApiHarness;
  let pool: Pool;
  let first: EnsureDemoResult;
  const saved = { ...process.env };

  const login = async (email: string): Promise<{ Authorization: string }> => {
    const res = await api.http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return { Authorization: `Bearer ${res.body.accessToken}` };
  };

  beforeAll(async () => {
    process.env.QUEUE_PREFIX = `${saved.QUEUE_PREFIX}-demo`;
    process.env.PLATFORM_ADMIN_EMAILS = `${saved.PLATFORM_ADMIN_EMAILS},${DEMO_ADMIN.email}`;
    pool = testPool();
    api = await startApi();
    // The template holds the taxonomy already; this only checks it is there.
    await ensureTaxonomyImported(api.app.get(DataSource));
    first = await ensureDemoWorld(api.app, { interims: INTERIMS });
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await pool?.end();
    process.env = saved;
  });

  it('seeds three organisations, the interims, and responses and contracts in every state', () => {
    expect(first.outcome).toBe('seeded');
    const s = first.summary!;
    expect(s.organisations).toBe(3);
    expect(s.interims).toBe(INTERIMS + 1);
    for (const state of ['draft', 'sent', 'accepted', 'active', 'completed', 'terminated']) {
      expect(s.contracts[state]).toBeGreaterThanOrEqual(1);
    }
    for (const state of ['submitted', 'shortlisted', 'rejected', 'selected', 'withdrawn']) {
      expect(s.responses[state]).toBeGreaterThanOrEqual(1);
    }
    expect(s.assignments.published).toBeGreaterThanOrEqual(12);
    expect(s.assignments.draft).toBeGreaterThanOrEqual(1);
    expect(s.matches).toBeGreaterThan(50);
    expect(s.reviews).toBeGreaterThanOrEqual(10);
  });

  it('went through the application: the outbox holds the events the worker acts on', async () => {
    const { rows } = await pool.query(
      `SELECT event_type, count(*)::int AS n FROM outbox_events GROUP BY event_type`,
    );
    const events = Object.fromEntries(rows.map((r) => [r.event_type, r.n]));
    expect(events['assignment.published']).toBeGreaterThanOrEqual(
      first.summary!.assignments.published,
    );
    expect(events['profile.updated']).toBeGreaterThanOrEqual(INTERIMS + 1);
    expect(events['response.submitted']).toBeGreaterThan(20);
    expect(events['contract.sent']).toBeGreaterThanOrEqual(4);
    expect(events['review.submitted']).toBeGreaterThanOrEqual(10);
    // Every demo contract that was sent has its stored document, whose hash the acceptances carry.
    const unsigned = await pool.query(
      `SELECT count(*)::int AS n FROM contract_acceptances a
        WHERE NOT EXISTS (SELECT 1 FROM contract_documents d
                           WHERE d.contract_id = a.contract_id AND d.sha256 = a.document_sha256)`,
    );
    expect(unsigned.rows[0].n).toBe(0);
  });

  it('a second run finds the world complete and changes nothing', async () => {
    const before = await snapshot(pool, TABLES);
    const again = await ensureDemoWorld(api.app, { interims: INTERIMS });
    expect(again.outcome).toBe('present');
    expect(again.summary).toBeNull();
    expect(await snapshot(pool, TABLES)).toBe(before);
  });

  it('gives the hiring manager published assignments with explained matches and responses', async () => {
    const auth = await login(GEMEENTE.hiringManager.email);
    const me = await api.http.get('/api/v1/me').set(auth);
    const membership = me.body.memberships[0];
    expect(membership.roles).toEqual(expect.arrayContaining(['admin', 'hiring_manager']));
    const list = await api.http
      .get(`/api/v1/assignments?organisationId=${membership.organisationId}&status=published`)
      .set(auth);
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    const open = list.body.items.find(
      (a: { title: string }) => a.title === 'Interim concerncontroller',
    );
    const matches = await api.http.get(`/api/v1/assignments/${open.id}/matches`).set(auth);
    expect(matches.status).toBe(200);
    expect(matches.body.length).toBeGreaterThanOrEqual(5);
    expect(matches.body[0].explanation.length).toBeGreaterThan(0);
    expect(matches.body[0].score).toBeGreaterThan(60);
    const responses = await api.http.get(`/api/v1/assignments/${open.id}/responses`).set(auth);
    const states = new Set(responses.body.items.map((r: { status: string }) => r.status));
    expect(states.size).toBeGreaterThanOrEqual(3);
  });

  it('gives procurement a contract in each state, with its audit trail', async () => {
    const auth = await login(GEMEENTE.procurement.email);
    const me = await api.http.get('/api/v1/me').set(auth);
    const orgId = me.body.memberships[0].organisationId;
    const res = await api.http
      .get(`/api/v1/contracts?organisationId=${orgId}&pageSize=50`)
      .set(auth);
    expect(res.status).toBe(200);
    const states = new Set(res.body.items.map((c: { status: string }) => c.status));
    for (const state of ['draft', 'sent', 'accepted', 'active', 'completed', 'terminated']) {
      expect(states).toContain(state);
    }
    const active = res.body.items.find((c: { status: string }) => c.status === 'active');
    const audit = await api.http.get(`/api/v1/contracts/${active.id}/audit`).set(auth);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['drafted', 'sent', 'accepted', 'countersigned']),
    );
  });

  it('gives the demo interim a complete profile, strong matches, responses and a contract to accept', async () => {
    const auth = await login(DEMO_INTERIM.email);
    const profile = await api.http.get('/api/v1/interims/me/profile').set(auth);
    expect(profile.body.skills.length).toBeGreaterThanOrEqual(10);
    expect(profile.body.credentials).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'RQIM', status: 'verified' })]),
    );
    const matches = await api.http.get('/api/v1/interims/me/matches').set(auth);
    expect(matches.status).toBe(200);
    const strong = matches.body.items.filter((m: { score: number }) => m.score >= 80);
    expect(strong.length).toBeGreaterThanOrEqual(3);
    const responses = await api.http.get('/api/v1/interims/me/responses').set(auth);
    const states = new Set(responses.body.items.map((r: { status: string }) => r.status));
    for (const state of ['submitted', 'shortlisted', 'rejected', 'selected']) {
      expect(states).toContain(state);
    }
    const contracts = await api.http.get('/api/v1/contracts').set(auth);
    const sent = contracts.body.items.find((c: { status: string }) => c.status === 'sent');
    expect(contracts.body.items.some((c: { status: string }) => c.status === 'completed')).toBe(
      true,
    );
    const accepted = await api.http.post(`/api/v1/contracts/${sent.id}/accept`).set(auth).send({});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
  });

  it('lets the platform admin and the bulk interims log in', async () => {
    const admin = await login(DEMO_ADMIN.email);
    const me = await api.http.get('/api/v1/me').set(admin);
    expect(me.body.isPlatformAdmin).toBe(true);
    const queue = await api.http.get('/api/v1/admin/credentials?status=unverified').set(admin);
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBeGreaterThan(0);
    const { rows } = await pool.query(
      `SELECT email FROM users WHERE email LIKE '%@gilde-demo.nl' AND email NOT IN ($1, $2)
        ORDER BY email LIMIT 1`,
      [DEMO_INTERIM.email, DEMO_ADMIN.email],
    );
    const bulk = await login(rows[0].email);
    const own = await api.http.get('/api/v1/interims/me/profile').set(bulk);
    expect(own.status).toBe(200);
    expect(own.body.skills.length).toBeGreaterThan(0);
  });

  it('--reset deletes exactly the demo data and seeds the same world again', async () => {
    const other = await createOrganisation(api.http, 'Gemeente Buitenstaander');
    const { rows: before } = await pool.query(`SELECT id FROM users WHERE email = $1`, [
      GEMEENTE.hiringManager.email,
    ]);
    const { rows: oldOrgs } = await pool.query(
      `SELECT o.id FROM organisations o JOIN users u ON u.id = o.created_by WHERE u.email LIKE ANY($1)`,
      [DEMO_ORGANISATION_ACCOUNTS.map((o) => `%@${o.domain}`)],
    );

    const reset = await ensureDemoWorld(api.app, { interims: INTERIMS, reset: true });

    expect(reset.outcome).toBe('seeded');
    expect(reset.removed!.organisations.sort()).toEqual(oldOrgs.map((o) => o.id).sort());
    expect(reset.summary!.contracts).toEqual(first.summary!.contracts);
    expect(reset.summary!.responses).toEqual(first.summary!.responses);
    expect(reset.summary!.interims).toBe(first.summary!.interims);
    const { rows: after } = await pool.query(`SELECT id FROM users WHERE email = $1`, [
      GEMEENTE.hiringManager.email,
    ]);
    expect(after[0].id).not.toBe(before[0].id);
    // The organisation that is not part of the demo, and its people, are untouched.
    const kept = await pool.query(
      `SELECT (SELECT count(*)::int FROM organisations WHERE id = $1) AS orgs,
              (SELECT count(*)::int FROM users WHERE id = $2) AS users`,
      [other.id, other.admin.id],
    );
    expect(kept.rows[0]).toEqual({ orgs: 1, users: 1 });
    // Nothing of the old demo organisations is left behind, not even their audit trail.
    const leftovers = await pool.query(
      `SELECT (SELECT count(*)::int FROM audit_events WHERE organisation_id = ANY($1::uuid[])) AS audit,
              (SELECT count(*)::int FROM assignments WHERE organisation_id = ANY($1::uuid[])) AS assignments,
              (SELECT count(*)::int FROM outbox_events WHERE tenant_id = ANY($1::uuid[])) AS events,
              (SELECT count(*)::int FROM search_profiles p
                 WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.interim_id)) AS documents`,
      [oldOrgs.map((o) => o.id)],
    );
    expect(leftovers.rows[0]).toEqual({ audit: 0, assignments: 0, events: 0, documents: 0 });
  }, 180_000);
});
