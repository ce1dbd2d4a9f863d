import { beforeEach, describe, expect, it, jest } from '@jest/globals';

/**
 * The session's token handling against a fake API at the network boundary (global fetch); the
 * browser globals come from apps/web/src/jest-setup.ts. The refresh token itself is an httpOnly
 * cookie the browser sends and script never sees; what script sees is the CSRF cookie.
 */
import { CSRF_HEADER, authFetch, refreshSession, tokens } from './tokens';

const ORIGIN = location.origin;

interface Seen {
  url: string;
  authorization: string | null;
  csrf: string | null;
  body?: unknown;
}

/** The CSRF cookie as script sees it; the server rotates it with the session. */
function setCsrfCookie(value: string | null): void {
  document.cookie = value === null ? '' : `theme=dark; gilde_csrf=${value}`;
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
      csrf: request.headers.get(CSRF_HEADER),
    };
    seen.push(entry);
    if (entry.url === '/api/v1/auth/refresh') {
      entry.body = await request.json();
      const res = opts.refresh();
      if (res.ok) setCsrfCookie('csrf-2');
      return res;
    }
    return opts.resource(entry.authorization);
  };
  return seen;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const rotated = () => json(200, { accessToken: 'access-2' });
const onlyNewToken = (auth: string | null) =>
  auth === 'Bearer access-2' ? json(200, { ok: true }) : json(401, { statusCode: 401 });

beforeEach(() => {
  localStorage.clear();
  setCsrfCookie(null);
  tokens.clear();
});

describe('authFetch', () => {
  it('sends the access token as a bearer token, and no CSRF header outside the auth routes', async () => {
    tokens.set({ accessToken: 'access-1' });
    setCsrfCookie('csrf-1');
    const seen = fakeApi({ refresh: rotated, resource: () => json(200, {}) });
    await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(seen).toEqual([{ url: '/api/v1/me', authorization: 'Bearer access-1', csrf: null }]);
  });

  it('on a 401 rotates the session once, proving the page with the CSRF cookie, and repeats the request', async () => {
    tokens.set({ accessToken: 'expired' });
    setCsrfCookie('csrf-1');
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    // The refresh token travels as the httpOnly cookie: the body names none.
    expect(seen[1]).toMatchObject({ csrf: 'csrf-1', body: {} });
    expect(tokens.access()).toBe('access-2');
  });

  it('never refreshes for the auth routes other than sign-out', async () => {
    tokens.set({ accessToken: 'expired' });
    setCsrfCookie('csrf-1');
    const seen = fakeApi({ refresh: rotated, resource: () => json(401, {}) });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST' }));
    expect(res.status).toBe(401);
    expect(seen.map((s) => s.url)).toEqual(['/api/v1/auth/login']);
  });

  it('signs out with an expired access token by refreshing first, with the rotated CSRF token', async () => {
    tokens.set({ accessToken: 'expired' });
    setCsrfCookie('csrf-1');
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/logout`, { method: 'POST' }));
    expect(res.status).toBe(200);
    expect(seen.map((s) => [s.url, s.csrf])).toEqual([
      ['/api/v1/auth/logout', 'csrf-1'],
      ['/api/v1/auth/refresh', 'csrf-1'],
      ['/api/v1/auth/logout', 'csrf-2'],
    ]);
  });

  it('ends the session when the refresh is refused', async () => {
    tokens.set({ accessToken: 'expired' });
    setCsrfCookie('revoked');
    const changes: boolean[] = [];
    const off = tokens.onChange((v) => changes.push(v));
    fakeApi({ refresh: () => json(401, {}), resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    off();
    expect(res.status).toBe(401);
    expect(tokens.access()).toBeNull();
    expect(changes).toEqual([false]);
  });

  it('keeps the session when the refresh fails for another reason (5xx)', async () => {
    tokens.set({ accessToken: 'expired' });
    setCsrfCookie('csrf-1');
    const changes: boolean[] = [];
    const off = tokens.onChange((v) => changes.push(v));
    fakeApi({ refresh: () => json(503, {}), resource: onlyNewToken });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    off();
    expect(res.status).toBe(401);
    expect(changes).toEqual([]);
    expect(tokens.hasSession()).toBe(true);
  });
});

describe('refreshSession', () => {
  it('shares one rotation between concurrent callers (a reused refresh token revokes the session)', async () => {
    setCsrfCookie('csrf-1');
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(results).toEqual([true, true, true]);
    expect(seen.filter((s) => s.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('answers false without a session cookie, asking nothing', async () => {
    const seen = fakeApi({ refresh: rotated, resource: onlyNewToken });
    expect(tokens.hasSession()).toBe(false);
    expect(await refreshSession()).toBe(false);
    expect(seen).toEqual([]);
  });

  it('never keeps a refresh token where script can read it', async () => {
    localStorage.setItem('gilde.refreshToken', 'left-over');
    await jest.isolateModulesAsync(async () => {
      await import('./tokens');
    });
    expect(localStorage.getItem('gilde.refreshToken')).toBeNull();
  });
});
