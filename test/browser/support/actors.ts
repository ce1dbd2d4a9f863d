import { randomUUID } from 'node:crypto';
import TestAgent from 'supertest/lib/agent';
import { PASSWORD, TestUser, verifyEmailOf } from '@gilde/testing';

/** An e-mail address derived from a person's name, unique per run. */
export function emailFor(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}.${randomUUID().slice(0, 6)}@example.test`;
}

/** Registers a person with a realistic display name, so screens and screenshots read naturally. */
export async function registerPerson(
  http: TestAgent,
  accountType: 'interim' | 'client',
  displayName: string,
): Promise<TestUser & { displayName: string }> {
  const email = emailFor(displayName);
  const res = await http
    .post('/api/v1/auth/register')
    .send({ email, password: PASSWORD, displayName, accountType });
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  await verifyEmailOf(res.body.user.id);
  return {
    id: res.body.user.id,
    email,
    displayName,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}
