import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from '@nestjs/common';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { grantPlatformAdmin, markEmailVerified } from '@gilde/identity';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app';

export interface ApiHarness {
  app: NestFastifyApplication;
  http: TestAgent;
  close(): Promise<void>;
}

/** Boots the real API (Fastify, guards, pipes, filters) against the test database and Redis. */
export async function startApi(options: { module?: Type<unknown> } = {}): Promise<ApiHarness> {
  const app = await createApiApp({ module: options.module, webDist: '/nonexistent' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    close: () => app.close(),
  };
}

export const PASSWORD = 'a-long-enough-passw0rd';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
  auth: { Authorization: string };
}

let verifierPool: Pool | undefined;

/**
 * Marks an account verified as the demo seed does, so suites about other things need not read
 * mail; the verification mail and link themselves are tested in accounts.e2e-spec.
 */
export async function verifyEmailOf(userId: string): Promise<void> {
  if (!verifierPool) {
    verifierPool = new Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      idleTimeoutMillis: 200,
      allowExitOnIdle: true,
    });
    // The file's database is dropped (with force) when it ends: an idle connection dying then
    // is expected, not a failure.
    verifierPool.on('error', () => undefined);
  }
  await markEmailVerified(verifierPool, userId);
}

/** A new account through the API; verified unless `{ verified: false }`. */
export async function registerUser(
  http: TestAgent,
  accountType: 'interim' | 'client',
  label: string = accountType,
  email = uniqueEmail(label),
  options: { verified?: boolean } = {},
): Promise<TestUser> {
  const res = await http.post('/api/v1/auth/register').send({
    email,
    password: PASSWORD,
    displayName: `${label} ${email.slice(-20, -13)}`,
    accountType,
  });
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (options.verified !== false) await verifyEmailOf(res.body.user.id);
  return {
    id: res.body.user.id,
    email,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

export interface TestOrganisation {
  id: string;
  admin: TestUser;
}

/** A client organisation whose creator is admin and hiring manager. */
export async function createOrganisation(
  http: TestAgent,
  name = `Org ${randomUUID().slice(0, 6)}`,
): Promise<TestOrganisation> {
  const admin = await registerUser(http, 'client', 'admin');
  const res = await http.post('/api/v1/organisations').set(admin.auth).send({ name });
  if (res.status !== 201)
    throw new Error(`create organisation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, admin };
}

/** Adds a new client user to the organisation in a role, through the real invitation flow. */
export async function addMember(
  http: TestAgent,
  org: TestOrganisation,
  role: 'hiring_manager' | 'procurement' | 'admin',
): Promise<TestUser> {
  const user = await registerUser(http, 'client', role);
  const inv = await http
    .post(`/api/v1/organisations/${org.id}/invitations`)
    .set(org.admin.auth)
    .send({ email: user.email, role });
  if (inv.status !== 201)
    throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const acc = await http.post(`/api/v1/invitations/${inv.body.token}/accept`).set(user.auth).send();
  if (acc.status !== 200)
    throw new Error(`accept failed: ${acc.status} ${JSON.stringify(acc.body)}`);
  return user;
}

/** The address test-env lists in PLATFORM_ADMIN_EMAILS. */
export const PLATFORM_ADMIN_EMAIL = 'platform-admin@gilde.test';

/**
 * Grants platform admin to an existing account through the same function `npm run admin:grant`
 * runs: registering a listed address alone grants nothing.
 */
export async function grantAdmin(app: NestFastifyApplication, email: string): Promise<void> {
  await grantPlatformAdmin(app.get(DataSource, { strict: false }), email, 'test suite');
}
