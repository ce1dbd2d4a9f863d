import { Pool } from 'pg';
import type { Response } from 'superagent';
import { ApiHarness, TestUser } from '@gilde/testing';
import {
  API,
  Tenant,
  createPublished,
  futureDate,
  quickTenant,
  respond,
  transition,
} from './assignments.fixtures';
import { interimWithProfile } from './profiles.fixtures';

/** Shared fixtures of the contracts, rate card and reviews suites. */

/** A JSON body as the API returned it; the tests read fields freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export { API, futureDate };

export const DBA_INDEPENDENT = {
  workDirection: 'interim',
  embedding: 'none',
  multipleClients: true,
  professionalLiabilityInsurance: true,
  bearsFinancialRisk: true,
  actsAsEntrepreneur: true,
};

export interface Pick {
  tenant: Tenant;
  interim: TestUser;
  assignmentId: string;
  responseId: string;
}

/**
 * Through the real routes: an organisation with a hiring manager and procurement, an interim
 * with a profile (KvK and VAT numbers), a published assignment, the interim's response, and the
 * hiring manager's selection of it.
 */
export async function selectedResponse(
  api: ApiHarness,
  pool: Pool,
  options: { tenant?: Tenant; maxDayRate?: number } = {},
): Promise<Pick> {
  const tenant = options.tenant ?? (await quickTenant(api, pool));
  const { user: interim } = await interimWithProfile(api, pool);
  const assignment = await createPublished(api, tenant.hiringManager, tenant.id, {
    maxDayRate: options.maxDayRate ?? 1200,
  });
  const response = await respond(api, interim, assignment.id);
  await transition(api, tenant.hiringManager, `/responses/${response.id}/shortlist`);
  await transition(api, tenant.hiringManager, `/responses/${response.id}/select`);
  return { tenant, interim, assignmentId: assignment.id, responseId: response.id };
}

export function contractBody(responseId: string, overrides: Record<string, unknown> = {}) {
  return {
    responseId,
    dayRate: 1100,
    startDate: futureDate(30),
    endDate: futureDate(210),
    hoursPerWeek: 32,
    placeOfWork: 'Utrecht',
    noticePeriodDays: 30,
    terms: 'Monthly progress report to the board of directors.',
    dbaCheck: DBA_INDEPENDENT,
    ...overrides,
  };
}

export async function call(
  api: ApiHarness,
  user: TestUser,
  method: 'post' | 'patch' | 'get' | 'put',
  path: string,
  body?: Record<string, unknown>,
  expected = method === 'post' ? [200, 201] : [200],
): Promise<Json> {
  const req = api.http[method](`${API}${path}`).set(user.auth);
  const res = body === undefined ? await req.send() : await req.send(body);
  if (!expected.includes(res.status)) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

/** A drafted contract for a fresh pick. */
export async function draftContract(
  api: ApiHarness,
  pool: Pool,
  overrides: Record<string, unknown> = {},
  pickOptions: Parameters<typeof selectedResponse>[2] = {},
): Promise<Pick & { contract: Json }> {
  const pick = await selectedResponse(api, pool, pickOptions);
  const contract = await call(
    api,
    pick.tenant.procurement,
    'post',
    '/contracts',
    contractBody(pick.responseId, overrides),
  );
  return { ...pick, contract };
}

/** Drafts, sends, accepts and countersigns: an active contract. */
export async function activeContract(
  api: ApiHarness,
  pool: Pool,
  overrides: Record<string, unknown> = {},
): Promise<Pick & { contract: Json }> {
  const drafted = await draftContract(api, pool, overrides);
  const id = drafted.contract.id as string;
  await call(api, drafted.tenant.procurement, 'post', `/contracts/${id}/send`);
  await call(api, drafted.interim, 'post', `/contracts/${id}/accept`);
  const contract = await call(
    api,
    drafted.tenant.procurement,
    'post',
    `/contracts/${id}/countersign`,
  );
  return { ...drafted, contract };
}

/** Everything the contracts library stores about one contract series, for "nothing changed". */
export async function contractSnapshot(pool: Pool, organisationId: string): Promise<string> {
  const parts: string[] = [];
  for (const sql of [
    `SELECT * FROM contracts WHERE organisation_id = $1`,
    `SELECT a.* FROM contract_acceptances a JOIN contracts c ON c.id = a.contract_id WHERE c.organisation_id = $1`,
    `SELECT d.contract_id, d.revision, d.sha256 FROM contract_documents d JOIN contracts c ON c.id = d.contract_id WHERE c.organisation_id = $1`,
    `SELECT * FROM reviews WHERE organisation_id = $1`,
    // Rows written by requests; a worker may add rows derived from events at any time.
    `SELECT id, entity_type, entity_id, action, before, after FROM audit_events
      WHERE organisation_id = $1 AND event_id IS NULL`,
    // This library's events only (workers of other libraries write theirs at any time), and not
    // their delivery, which a relay may mark at any time.
    `SELECT id, event_type, aggregate_id, payload FROM outbox_events
      WHERE tenant_id = $1 AND aggregate_type IN ('contract', 'review')`,
    `SELECT * FROM rate_card_entries WHERE organisation_id = $1`,
  ]) {
    const { rows } = await pool.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM (${sql}) x`,
      [organisationId],
    );
    parts.push(`${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(',');
}

/** Collects a binary (PDF) body as a Buffer. */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
