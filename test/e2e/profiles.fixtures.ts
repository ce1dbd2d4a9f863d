import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { Pool } from 'pg';
import { TokenService } from '@gilde/identity';
import {
  ApiHarness,
  grantAdmin,
  PASSWORD,
  PLATFORM_ADMIN_EMAIL,
  TestOrganisation,
  TestUser,
  uniqueEmail,
} from '@gilde/testing';

/** Shared fixtures of the profiles and GDPR suites. */

/**
 * A fingerprint of everything the profiles library stores about one user (and its outbox
 * events), to prove a refused request changed nothing. Scoped to the user, because other
 * suites write to the same tables at the same time.
 */
export async function profileSnapshot(pool: Pool, userId: string): Promise<string> {
  const parts: string[] = [];
  for (const [table, column] of [
    ['interim_profiles', 'user_id'],
    ['profile_skills', 'user_id'],
    ['availability_periods', 'user_id'],
    ['credentials', 'user_id'],
    ['outbox_events', 'aggregate_id'],
    ['users', 'id'],
  ]) {
    const { rows } = await pool.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h
         FROM ${table} x WHERE x.${column} = $1`,
      [userId],
    );
    parts.push(`${table}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(',');
}

export function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A complete, valid profile body. */
export function validProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    headline: 'Interim CFO for turnarounds in healthcare',
    summary: 'Twenty years of financial leadership in hospitals and care groups.',
    skills: [
      { name: 'Leadership', level: 5, years: 20 },
      { name: 'Kwantumboekhouding-x', level: 3, years: 4 },
    ],
    sectors: ['healthcare', 'government'],
    assignmentKinds: ['interim_cfo', 'turnaround'],
    languages: ['nl', 'en'],
    location: { city: 'Utrecht', country: 'NL' },
    maxTravelKm: 80,
    remotePreference: 'hybrid',
    dayRate: { min: 950, max: 1250 },
    hoursPerWeek: { min: 24, max: 40 },
    availableFrom: futureDate(30),
    credentials: [
      { type: 'RQIM', number: `RQIM-${randomUUID().slice(0, 8)}`, validUntil: futureDate(700) },
    ],
    preferences: { notify: 'daily', sectors: ['healthcare'] },
    visibility: 'clients',
    kvkNumber: '12345678',
    vatId: 'NL123456789B01',
    ...overrides,
  };
}

/**
 * A user written straight to the database with a signed access token. Registration is
 * rate limited per IP (shared by every test process), so suites that need many actors
 * create them this way; without `withPassword` such a user cannot sign in.
 */
export async function quickUser(
  api: ApiHarness,
  pool: Pool,
  accountType: 'interim' | 'client',
  label: string = accountType,
  options: { email?: string; displayName?: string; withPassword?: boolean } = {},
): Promise<TestUser> {
  const email = options.email ?? uniqueEmail(label);
  const hash = options.withPassword
    ? await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 })
    : null;
  const { rows } = await pool.query(
    `INSERT INTO users (email, password_hash, display_name, account_type, email_verified_at)
     VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [email, hash, options.displayName ?? `${label} ${email.slice(-21, -13)}`, accountType],
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

/** A client organisation whose admin (also hiring manager) is a quick user. */
export async function quickOrganisation(api: ApiHarness, pool: Pool): Promise<TestOrganisation> {
  const admin = await quickUser(api, pool, 'client', 'admin');
  const { rows } = await pool.query(
    `INSERT INTO organisations (name, created_by) VALUES ($1, $2) RETURNING id`,
    [`Org ${randomUUID().slice(0, 6)}`, admin.id],
  );
  await quickMember(pool, rows[0].id, admin, ['admin', 'hiring_manager']);
  return { id: rows[0].id, admin };
}

export async function quickMember(
  pool: Pool,
  organisationId: string,
  user: TestUser,
  roles: string[],
): Promise<TestUser> {
  await pool.query(
    `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`,
    [organisationId, user.id, roles],
  );
  return user;
}

export async function interimWithProfile(
  api: ApiHarness,
  pool: Pool,
  overrides: Record<string, unknown> = {},
): Promise<{ user: TestUser; profile: Record<string, unknown> }> {
  const user = await quickUser(api, pool, 'interim');
  const res = await api.http
    .put('/api/v1/interims/me/profile')
    .set(user.auth)
    .send(validProfile(overrides));
  if (res.status !== 200)
    throw new Error(`profile failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, profile: res.body };
}

const ADMIN_EMAIL = PLATFORM_ADMIN_EMAIL;

/** The platform admin named in PLATFORM_ADMIN_EMAILS (test-env), granted; shared by every suite. */
export async function platformAdmin(api: ApiHarness, pool: Pool): Promise<TestUser> {
  await pool.query(
    `INSERT INTO users (email, display_name, account_type, email_verified_at)
     VALUES ($1, 'Platform admin', 'client', now())
     ON CONFLICT (email) DO UPDATE SET email_verified_at = coalesce(users.email_verified_at, now())`,
    [ADMIN_EMAIL],
  );
  const { rows } = await pool.query('SELECT id FROM users WHERE email = $1', [ADMIN_EMAIL]);
  await grantAdmin(api.app, ADMIN_EMAIL);
  const token = api.app.get(TokenService).signAccessToken(rows[0].id);
  return {
    id: rows[0].id,
    email: ADMIN_EMAIL,
    token,
    refreshToken: '',
    auth: { Authorization: `Bearer ${token}` },
  };
}

/**
 * A published assignment of the organisation and the interim's response to it, written
 * directly: the responding flow itself is covered by the assignments suites.
 */
export async function seedResponse(
  pool: Pool,
  organisationId: string,
  hiringManagerId: string,
  interimId: string,
  motivation = 'I would love to help.',
  status = 'submitted',
): Promise<{ assignmentId: string; responseId: string }> {
  const assignment = await pool.query(
    `INSERT INTO assignments (organisation_id, created_by, title, status, published_at)
     VALUES ($1, $2, 'Interim CFO', 'published', now()) RETURNING id`,
    [organisationId, hiringManagerId],
  );
  const response = await pool.query(
    `INSERT INTO responses (assignment_id, organisation_id, interim_id, motivation, proposed_day_rate, available_from, status)
     VALUES ($1, $2, $3, $4, 1000, current_date + 30, $5) RETURNING id`,
    [assignment.rows[0].id, organisationId, interimId, motivation, status],
  );
  return { assignmentId: assignment.rows[0].id, responseId: response.rows[0].id };
}

/** The outbox rows about one aggregate, oldest first. */
export async function outboxFor(pool: Pool, aggregateId: string) {
  const { rows } = await pool.query(
    `SELECT event_type, aggregate_type, aggregate_id, tenant_id, payload FROM outbox_events
      WHERE aggregate_id = $1 ORDER BY created_at, id`,
    [aggregateId],
  );
  return rows as {
    event_type: string;
    aggregate_type: string;
    aggregate_id: string;
    tenant_id: string | null;
    payload: Record<string, unknown>;
  }[];
}
