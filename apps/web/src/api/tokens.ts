/**
 * Session tokens. The access token lives in memory only; the refresh token is kept in
 * localStorage so a reload or a new tab stays signed in. Refresh tokens rotate and a reused one
 * revokes the session, so rotation is serialised across tabs with the Web Locks API and always
 * uses the newest stored token.
 */
const REFRESH_KEY = 'gilde.refreshToken';
const REFRESH_URL = '/api/v1/auth/refresh';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

type Listener = (signedIn: boolean) => void;

let accessToken: string | null = null;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function readRefresh(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefresh(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_KEY, token);
    else localStorage.removeItem(REFRESH_KEY);
  } catch {
    // Private mode without storage: the session simply does not survive a reload.
  }
}

export const tokens = {
  access(): string | null {
    return accessToken;
  },
  hasSession(): boolean {
    return accessToken !== null || readRefresh() !== null;
  },
  refreshToken(): string | null {
    return readRefresh();
  },
  set(pair: TokenPair): void {
    accessToken = pair.accessToken;
    writeRefresh(pair.refreshToken);
    listeners.forEach((l) => l(true));
  },
  clear(): void {
    accessToken = null;
    writeRefresh(null);
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

/** Rotates the refresh token once; concurrent callers share the same attempt. */
export function refreshSession(): Promise<boolean> {
  inflight ??= withRefreshLock(async () => {
    const current = readRefresh();
    if (!current) return false;
    try {
      const res = await fetch(REFRESH_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: current }),
      });
      if (!res.ok) {
        // Only a refusal ends the session; a network error or 5xx keeps the token for a retry.
        if (res.status === 400 || res.status === 401 || res.status === 403) tokens.clear();
        return false;
      }
      const body = (await res.json()) as TokenPair;
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

/**
 * fetch for the API client: adds the bearer token and, on a 401, rotates the refresh token once
 * and repeats the request.
 */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const token = tokens.access();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(request);
  if (res.status !== 401 || isAuthRoute(request.url) || !readRefresh()) return res;
  // A refused refresh clears the session itself; a failed one leaves it for the next attempt.
  if (!(await refreshSession())) return res;
  retry.headers.set('Authorization', `Bearer ${tokens.access() ?? ''}`);
  return fetch(retry);
}
