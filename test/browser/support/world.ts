import { randomUUID } from 'node:crypto';
import TestAgent from 'supertest/lib/agent';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  grantAdmin,
  PASSWORD,
  PLATFORM_ADMIN_EMAIL,
  TestUser,
  verifyEmailOf,
} from '@gilde/testing';
import { registerPerson } from './actors';

export type Person = TestUser & { displayName: string };

/** ISO date `days` from today. */
export function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

async function ok<T = { id: string }>(
  pending: PromiseLike<{ status: number; body: unknown }>,
  expected: number[] = [200, 201, 204],
): Promise<T> {
  const res = await pending;
  if (!expected.includes(res.status))
    throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export interface ClientOrganisation {
  id: string;
  name: string;
  hiringManager: Person;
  procurement: Person;
}

/** A client organisation: its creator is admin and hiring manager; procurement joins by invitation. */
export async function clientOrganisation(
  http: TestAgent,
  name: string,
  people: { hiringManager: string; procurement: string },
): Promise<ClientOrganisation> {
  const hiringManager = await registerPerson(http, 'client', people.hiringManager);
  const org = await ok(
    http
      .post('/api/v1/organisations')
      .set(hiringManager.auth)
      .send({ name, kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)) }),
  );
  const procurement = await registerPerson(http, 'client', people.procurement);
  const inv = await ok<{ token: string }>(
    http
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(hiringManager.auth)
      .send({ email: procurement.email, role: 'procurement' }),
  );
  await ok(http.post(`/api/v1/invitations/${inv.token}/accept`).set(procurement.auth).send());
  return { id: org.id, name, hiringManager, procurement };
}

export interface InterimSpec {
  name: string;
  headline: string;
  summary: string;
  skills: { name: string; level: number; years: number }[];
  sectors: string[];
  assignmentKinds: string[];
  city: string;
  dayRate: { min: number; max: number };
  hours?: { min: number; max: number };
  availableFrom?: string;
  credential?: 'RQIM' | 'CEIM';
  /** Only be notified of assignments in these sectors (all when empty). */
  notifySectors?: string[];
}

/** Registers an interim manager with a complete profile (and availability) through the API. */
export async function interimWithProfile(http: TestAgent, spec: InterimSpec): Promise<Person> {
  const person = await registerPerson(http, 'interim', spec.name);
  await ok(
    http
      .put('/api/v1/interims/me/profile')
      .set(person.auth)
      .send({
        headline: spec.headline,
        summary: spec.summary,
        skills: spec.skills,
        sectors: spec.sectors,
        assignmentKinds: spec.assignmentKinds,
        languages: ['nl', 'en'],
        location: { city: spec.city, country: 'NL' },
        maxTravelKm: 120,
        remotePreference: 'hybrid',
        dayRate: spec.dayRate,
        hoursPerWeek: spec.hours ?? { min: 24, max: 40 },
        availableFrom: spec.availableFrom ?? inDays(7),
        credentials: spec.credential
          ? [
              {
                type: spec.credential,
                number: `${spec.credential}-${randomUUID().slice(0, 6).toUpperCase()}`,
                validUntil: inDays(700),
              },
            ]
          : [],
        preferences: { notify: 'instant', sectors: spec.notifySectors ?? [] },
        visibility: 'clients',
        kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
      }),
  );
  await ok(
    http
      .put('/api/v1/interims/me/availability')
      .set(person.auth)
      .send({
        periods: [
          {
            from: spec.availableFrom ?? inDays(7),
            to: inDays(300),
            hoursPerWeek: spec.hours?.max ?? 40,
          },
        ],
      }),
  );
  return person;
}

/**
 * The platform admin of the test environment (PLATFORM_ADMIN_EMAILS), registered once per
 * database and granted as `npm run admin:grant` does.
 */
export async function platformAdmin(h: AdminHarness): Promise<TestUser> {
  const { http } = h;
  const email = PLATFORM_ADMIN_EMAIL;
  let res = await http
    .post('/api/v1/auth/register')
    .send({ email, password: PASSWORD, displayName: 'Gilde Admin', accountType: 'client' });
  if (res.status === 409)
    res = await http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`platform admin: ${res.status} ${JSON.stringify(res.body)}`);
  await verifyEmailOf(res.body.user.id);
  await grantAdmin(h.app, email);
  return {
    id: res.body.user.id,
    email,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

/** What the admin helpers need of the harness: its HTTP agent and the app to grant through. */
export interface AdminHarness {
  http: TestAgent;
  app: NestFastifyApplication;
}

/** Verifies every credential of an interim manager, as the platform admin would. */
export async function verifyCredentials(h: AdminHarness, interim: Person): Promise<void> {
  const { http } = h;
  const admin = await platformAdmin(h);
  const profile = await ok<{ credentials: { id: string }[] }>(
    http.get('/api/v1/interims/me/profile').set(interim.auth),
  );
  for (const c of profile.credentials) {
    await ok(http.post(`/api/v1/admin/credentials/${c.id}/verify`).set(admin.auth).send());
  }
}

export interface AssignmentSpec {
  title: string;
  description: string;
  assignmentKind: string;
  sector: string;
  requiredSkills: { name: string; weight: number; mustHave: boolean }[];
  city: string;
  remoteShare: number;
  startInDays: number;
  weeks: number;
  hoursPerWeek: number;
  maxDayRate: number;
}

export async function createAssignment(
  http: TestAgent,
  org: ClientOrganisation,
  spec: AssignmentSpec,
  publish: boolean,
): Promise<{ id: string }> {
  const a = await ok(
    http
      .post('/api/v1/assignments')
      .set(org.hiringManager.auth)
      .send({
        organisationId: org.id,
        title: spec.title,
        description: spec.description,
        assignmentKind: spec.assignmentKind,
        sector: spec.sector,
        requiredSkills: spec.requiredSkills,
        languages: ['nl'],
        location: { city: spec.city, country: 'NL' },
        remoteShare: spec.remoteShare,
        startDate: inDays(spec.startInDays),
        endDate: inDays(spec.startInDays + spec.weeks * 7),
        hoursPerWeek: spec.hoursPerWeek,
        maxDayRate: spec.maxDayRate,
      }),
  );
  if (publish)
    await ok(http.post(`/api/v1/assignments/${a.id}/publish`).set(org.hiringManager.auth).send());
  return a;
}
