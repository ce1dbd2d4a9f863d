import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { TokenService } from '@gilde/identity';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { ApiHarness, TestUser, snapshot, uniqueEmail } from '@gilde/testing';

/** Shared fixtures of the assignments and responses suites. */

export const API = '/api/v1';

/** A created or changed object as the API answers it. */
export type ApiObject = { id: string; version: number; status: string } & Record<string, unknown>;

export function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function pastDate(days: number): string {
  return futureDate(-days);
}

/**
 * A user written straight to the database with a signed access token: registration is rate
 * limited per IP across every test process, and these suites need many actors.
 */
export async function quickUser(
  api: ApiHarness,
  pool: Pool,
  accountType: 'interim' | 'client',
  label: string = accountType,
): Promise<TestUser> {
  const email = uniqueEmail(label);
  const { rows } = await pool.query(
    `INSERT INTO users (email, display_name, account_type, email_verified_at)
     VALUES ($1, $2, $3, now()) RETURNING id`,
    [email, `${label} ${email.slice(-21, -13)}`, accountType],
  );
  const token = api.app.get(TokenService).signAccessToken(rows[0].id);
  return {
    id: rows[0].id,
    email,
    token,
    refreshToken: '',
    auth: { Authorization: `Bearer ${token}` },
  };
}

export interface Tenant {
  id: string;
  /** Created the organisation: admin and hiring manager. */
  owner: TestUser;
  hiringManager: TestUser;
  procurement: TestUser;
  admin: TestUser;
}

/** An organisation with one member per role, besides its owner. */
export async function quickTenant(api: ApiHarness, pool: Pool): Promise<Tenant> {
  const owner = await quickUser(api, pool, 'client', 'owner');
  const { rows } = await pool.query(
    `INSERT INTO organisations (name, created_by) VALUES ($1, $2) RETURNING id`,
    [`Org ${randomUUID().slice(0, 6)}`, owner.id],
  );
  const id: string = rows[0].id;
  const member = async (label: string, roles: string[]): Promise<TestUser> => {
    const user = await quickUser(api, pool, 'client', label);
    await pool.query(
      `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
      [id, user.id, roles],
    );
    return user;
  };
  await pool.query(
    `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
    [id, owner.id, ['admin', 'hiring_manager']],
  );
  return {
    id,
    owner,
    hiringManager: await member('hm', ['hiring_manager']),
    procurement: await member('procurement', ['procurement']),
    admin: await member('orgadmin', ['admin']),
  };
}

/** A complete assignment body: publishing it succeeds. Skill names resolve through ESCO. */
export function assignmentBody(
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    organisationId,
    title: 'Interim CFO for a turnaround',
    description: 'Lead the finance function through a restructuring of the care group.',
    assignmentKind: 'interim_cfo',
    sector: 'healthcare',
    requiredSkills: [
      { name: 'manage budgets', weight: 5, mustHave: true },
      { name: 'lead a team', weight: 3, mustHave: false },
    ],
    languages: ['nl', 'en'],
    location: { city: 'Utrecht', country: 'NL' },
    remoteShare: 40,
    startDate: futureDate(30),
    endDate: futureDate(210),
    hoursPerWeek: 32,
    maxDayRate: 1200,
    ...overrides,
  };
}

export async function createDraft(
  api: ApiHarness,
  hiringManager: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<ApiObject> {
  const res = await api.http
    .post(`${API}/assignments`)
    .set(hiringManager.auth)
    .send(assignmentBody(organisationId, overrides));
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function transition(
  api: ApiHarness,
  user: TestUser,
  path: string,
): Promise<ApiObject> {
  const res = await api.http.post(`${API}${path}`).set(user.auth).send();
  if (res.status !== 200)
    throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createPublished(
  api: ApiHarness,
  hiringManager: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<ApiObject> {
  const draft = await createDraft(api, hiringManager, organisationId, overrides);
  return transition(api, hiringManager, `/assignments/${draft.id}/publish`);
}

export function responseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    motivation: 'I led three turnarounds of care groups and know the sector well.',
    proposedDayRate: 1100,
    availableFrom: futureDate(20),
    ...overrides,
  };
}

export async function respond(
  api: ApiHarness,
  interim: TestUser,
  assignmentId: string,
  overrides: Record<string, unknown> = {},
): Promise<ApiObject> {
  const res = await api.http
    .post(`${API}/assignments/${assignmentId}/responses`)
    .set(interim.auth)
    .send(responseBody(overrides));
  if (res.status !== 201)
    throw new Error(`respond failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A fingerprint of this suite's rows in every table the assignments library writes, plus the
 * outbox, so a refused request can be shown to have changed nothing while other suites run.
 */
export async function scopedSnapshot(pool: Pool, organisationIds: string[]): Promise<string> {
  const orgs = `ARRAY[${organisationIds.map((id) => `'${id}'`).join(',')}]::uuid[]`;
  const ofOrgs = `(SELECT id FROM assignments WHERE organisation_id = ANY(${orgs}))`;
  return snapshot(pool, [
    `(SELECT * FROM assignments WHERE organisation_id = ANY(${orgs}))`,
    `(SELECT * FROM assignment_skills WHERE assignment_id IN ${ofOrgs})`,
    `(SELECT * FROM assignment_invitations WHERE assignment_id IN ${ofOrgs})`,
    `(SELECT * FROM assignment_budget_changes WHERE assignment_id IN ${ofOrgs})`,
    `(SELECT * FROM responses WHERE organisation_id = ANY(${orgs}))`,
    `(SELECT * FROM outbox_events WHERE tenant_id = ANY(${orgs}))`,
    `(SELECT * FROM organisation_sso WHERE organisation_id = ANY(${orgs}))`,
    `(SELECT * FROM organisation_sso_domains WHERE organisation_id = ANY(${orgs}))`,
  ]);
}

export interface OutboxRow {
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  tenant_id: string | null;
  payload: Record<string, unknown>;
}

/** The outbox rows about one aggregate, oldest first. */
export async function outboxFor(pool: Pool, aggregateId: string): Promise<OutboxRow[]> {
  const { rows } = await pool.query(
    `SELECT event_type, aggregate_type, aggregate_id, tenant_id, payload FROM outbox_events
      WHERE aggregate_id = $1 ORDER BY created_at, id`,
    [aggregateId],
  );
  return rows;
}

/** The ESCO skills must be loaded for names to resolve; imports once if the database is empty. */
export async function ensureTaxonomy(api: ApiHarness): Promise<void> {
  await ensureTaxonomyImported(api.app.get(DataSource));
}
