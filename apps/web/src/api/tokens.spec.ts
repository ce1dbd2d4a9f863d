import { beforeEach, describe, expect, it } from '@jest/globals';

/**
 * The session's token handling against a fake API at the network boundary (global fetch); the
 * browser globals come from apps/web/src/jest-setup.ts.
 */
import { authFetch, refreshSession, tokens } from './tokens';

const ORIGIN = location.origin;

interface Seen {
  url: string;
  authorization: string | null;
  body?: unknown;
}

/** A fake API: `/api/v1/auth/refresh` answers `refresh`, anything else `resource`. */
function fakeApi(opts: {
  refresh: () => Response;
  resource: (authorization: string | null) => Response;
}): Seen[] {
  const seen: Seen[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), ORIGIN), init);
    const entry: Seen = {
      url: new URL(request.url).pathname,
      authorization: request.headers.get('Authorization'),
    };
    seen.push(entry);
    if (entry.url === '/api/v1/auth/refresh') {
      entry.body = await request.json();
      return opts.refresh();
    }
    return opts.resource(entry.authorization);
  };
  return seen;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const rotated = () => json(200, { accessToken: 'access-2', refreshToken: 'refresh-2' });
const onlyNewToken = (auth: string | null) =>
  auth === 'Bearer access-2' ? json(200, { ok: true }) : json(401, { statusCode: 401 });

beforeEach(() => {
  localStorage.clear();
  tokens.clear();
});

describe('authFetch', () => {
  it('sends the access token as a bearer token', async () => {
    tokens.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const seen = fakeApi({ refresh: rotated, resource: () => json(200, {}) });
    await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(seen).toEqual([{ url: '/api/v1/me', authorization: 'Bearer access-1' }]);
  });

  it('on a 401 rotates the refresh token once and repeats the request with the new token', async () => {
    tokens.set({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(seen[1]?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(tokens.access()).toBe('access-2');
    expect(tokens.refreshToken()).toBe('refresh-2');
  });

  it('never refreshes for the auth routes themselves', async () => {
    tokens.set({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const seen = fakeApi({ refresh: rotated, resource: () => json(401, {}) });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST' }));
    expect(res.status).toBe(401);
    expect(seen.map((s) => s.url)).toEqual(['/api/v1/auth/login']);
  });

  it('ends the session when the refresh token is refused', async () => {
    tokens.set({ accessToken: 'expired', refreshToken: 'revoked' });
    const changes: boolean[] = [];
    const off = tokens.onChange((v) => changes.push(v));
    fakeApi({ refresh: () => json(401, {}), resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    off();
    expect(res.status).toBe(401);
    expect(tokens.hasSession()).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('keeps the refresh token when the refresh fails for another reason (5xx)', async () => {
    tokens.set({ accessToken: 'expired', refreshToken: 'refresh-1' });
    fakeApi({ refresh: () => json(503, {}), resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(res.status).toBe(401);
    expect(tokens.refreshToken()).toBe('refresh-1');
  });
});

describe('refreshSession', () => {
  it('shares one rotation between concurrent callers (a reused refresh token revokes the session)', async () => {
    tokens.set({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(results).toEqual([true, true, true]);
    expect(seen.filter((s) => s.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('answers false without a stored refresh token, asking nothing', async () => {
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    expect(await refreshSession()).toBe(false);
    expect(seen).toEqual([]);
  });
});
