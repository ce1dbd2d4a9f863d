import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  registerUser,
  snapshot,
  startApi,
  testPool,
  uniqueEmail,
} from '@gilde/testing';

const run = promisify(execFile);

/** `npm run admin:grant -- <args>` against this file's database, as an operator runs it. */
async function adminGrant(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'admin:grant', '--', ...args], {
      cwd: `${__dirname}/../..`,
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('platform admin is an explicit grant', () => {
  let api: ApiHarness;
  let pool: Pool;
  const listed = uniqueEmail('listed-admin');
  const saved = process.env.PLATFORM_ADMIN_EMAILS;

  beforeAll(async () => {
    process.env.PLATFORM_ADMIN_EMAILS = `${saved},${listed}`;
    api = await startApi();
    pool = testPool();
  });
  afterAll(async () => {
    process.env.PLATFORM_ADMIN_EMAILS = saved;
    await api.close();
    await pool.end();
  });

  it('registering a listed address gives no admin rights until admin:grant records a grant', async () => {
    const person = await registerUser(api.http, 'client', 'listed', listed);
    expect((await api.http.get('/api/v1/me').set(person.auth)).body.isPlatformAdmin).toBe(false);
    expect((await api.http.get('/api/v1/admin/credentials').set(person.auth)).status).toBe(403);

    const granted = await adminGrant(listed.toUpperCase(), '--by=ops-anna');
    expect(granted).toMatchObject({ code: 0 });
    expect(granted.stdout).toContain(`Granted platform admin to ${listed} (by ops-anna).`);
    const { rows } = await pool.query(
      `SELECT platform_admin_granted_by AS by, platform_admin_granted_at AS at FROM users WHERE id = $1`,
      [person.id],
    );
    expect(rows[0]).toEqual({ by: 'ops-anna', at: expect.any(Date) });

    // The same access token: the grant counts from the next request.
    expect((await api.http.get('/api/v1/admin/credentials').set(person.auth)).status).toBe(200);
    expect((await api.http.get('/api/v1/me').set(person.auth)).body.isPlatformAdmin).toBe(true);

    // Granting again keeps the first record.
    const again = await adminGrant(listed, '--by=someone-else');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already holds the platform admin grant');
    const after = await pool.query(
      `SELECT platform_admin_granted_by AS by FROM users WHERE id = $1`,
      [person.id],
    );
    expect(after.rows[0].by).toBe('ops-anna');
  }, 60_000);

  it('a grant does nothing for an address that is not listed', async () => {
    const unlisted = await registerUser(api.http, 'client', 'unlisted');
    const granted = await adminGrant(unlisted.email);
    expect(granted.code).toBe(0);
    expect(granted.stderr).toContain('is not in PLATFORM_ADMIN_EMAILS');
    expect((await api.http.get('/api/v1/admin/credentials').set(unlisted.auth)).status).toBe(403);
  }, 60_000);

  it('refuses an unknown address with a clear message and changes nothing', async () => {
    const before = await snapshot(pool, ['users']);
    const unknown = uniqueEmail('nobody');
    const res = await adminGrant(unknown);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      `No account with the address ${unknown}: the person registers first, then you grant.`,
    );
    expect(await snapshot(pool, ['users'])).toEqual(before);
  }, 60_000);
});
