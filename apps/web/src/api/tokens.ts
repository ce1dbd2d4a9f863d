/**
 * Session tokens. The access token lives in memory only. The refresh token never reaches this
 * code: the server keeps it in an httpOnly cookie scoped to /api/v1/auth, so a reload or a new
 * tab stays signed in without script ever seeing it. Refresh and sign-out prove they come from
 * this page by echoing the readable CSRF cookie in a header. Refresh tokens rotate and a reused
 * one revokes the session, so rotation is serialised across tabs with the Web Locks API.
 */
const REFRESH_URL = '/api/v1/auth/refresh';
const CSRF_COOKIE = 'gilde_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** Where earlier versions kept the refresh token; removed on load. */
const LEGACY_REFRESH_KEY = 'gilde.refreshToken';

export interface AccessGrant {
  accessToken: string;
}

type Listener = (signedIn: boolean) => void;

let accessToken: string | null = null;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

try {
  localStorage.removeItem(LEGACY_REFRESH_KEY);
} catch {
  // No storage (private mode): nothing to remove.
}

/** The CSRF token the server set beside the session cookie; null when there is no session. */
export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('=')) || null;
  }
  return null;
}

export const tokens = {
  access(): string | null {
    return accessToken;
  },
  /** Signed in, or a session cookie that a refresh may turn into an access token. */
  hasSession(): boolean {
    return accessToken !== null || csrfToken() !== null;
  },
  set(grant: AccessGrant): void {
    accessToken = grant.accessToken;
    listeners.forEach((l) => l(true));
  },
  clear(): void {
    accessToken = null;
    listeners.forEach((l) => l(false));
  },
  onChange(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

async function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn();
  return locks.request('gilde-token-refresh', fn) as Promise<T>;
}

/** Rotates the session cookie once; concurrent callers share the same attempt. */
export function refreshSession(): Promise<boolean> {
  inflight ??= withRefreshLock(async () => {
    // Read inside the lock: another tab may just have rotated the session (and its CSRF token).
    const csrf = csrfToken();
    if (!csrf) return false;
    try {
      const res = await fetch(REFRESH_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: csrf },
        body: '{}',
      });
      if (!res.ok) {
        // Only a refusal ends the session; a network error or 5xx keeps it for a retry.
        if (res.status === 400 || res.status === 401 || res.status === 403) tokens.clear();
        return false;
      }
      const body = (await res.json()) as AccessGrant;
      tokens.set(body);
      return true;
    } catch {
      return false;
    }
  }).finally(() => {
    inflight = null;
  });
  return inflight;
}

function isAuthRoute(url: string): boolean {
  return new URL(url, location.origin).pathname.startsWith('/api/v1/auth/');
}

/** Sign-out needs a live access token: with an expired one it refreshes and tries again. */
function retriesAfterRefresh(url: string): boolean {
  return !isAuthRoute(url) || new URL(url, location.origin).pathname === '/api/v1/auth/logout';
}

/**
 * fetch for the API client: adds the bearer token (and, for the auth routes, the CSRF header)
 * and, on a 401, rotates the session once and repeats the request.
 */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const token = tokens.access();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  const csrf = isAuthRoute(request.url) ? csrfToken() : null;
  if (csrf) request.headers.set(CSRF_HEADER, csrf);
  const res = await fetch(request);
  if (res.status !== 401 || !retriesAfterRefresh(request.url) || !csrfToken()) return res;
  // A refused refresh clears the session itself; a failed one leaves it for the next attempt.
  if (!(await refreshSession())) return res;
  retry.headers.set('Authorization', `Bearer ${tokens.access() ?? ''}`);
  // The refresh rotated the CSRF token with the session.
  const fresh = isAuthRoute(retry.url) ? csrfToken() : null;
  if (fresh) retry.headers.set(CSRF_HEADER, fresh);
  return fetch(retry);
}
