import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { refreshSession, tokens } from '../api/tokens';
import { queryKeys, useMeQuery } from '../api/queries';

export type Me = Schemas['MeView'];
export type Membership = Schemas['MembershipView'];
export type OrgRole = Membership['roles'][number];

type Status = 'loading' | 'anonymous' | 'authenticated';

interface Session {
  status: Status;
  me: Me | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  signUp: (input: Schemas['RegisterDto']) => Promise<void>;
  signOut: () => Promise<void>;
  /** The organisation the client user is working in (null for interims or before joining one). */
  activeOrg: Membership | null;
  setActiveOrg: (id: string) => void;
  hasRole: (role: OrgRole) => boolean;
}

const SessionContext = createContext<Session | null>(null);
const ORG_KEY = 'gilde.activeOrg';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // null while the session cookie is being turned into an access token.
  const [signedIn, setSignedIn] = useState<boolean | null>(() =>
    tokens.access() ? true : tokens.hasSession() ? null : false,
  );
  const [orgId, setOrgId] = useState<string | null>(() => localStorage.getItem(ORG_KEY));

  // On load, turn the session cookie into an access token before anything else asks.
  useEffect(() => {
    let cancelled = false;
    if (signedIn === null) void refreshSession().then((ok) => !cancelled && setSignedIn(ok));
    const off = tokens.onChange((value) => {
      setSignedIn(value);
      if (!value) queryClient.clear();
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [queryClient, signedIn]);

  const meQuery = useMeQuery(signedIn === true);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await call(api.POST('/api/v1/auth/login', { body: { email, password } }));
      // The refresh token arrives as an httpOnly cookie; the body's copy is for API clients.
      tokens.set({ accessToken: result.accessToken });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
    [queryClient],
  );

  const signUp = useCallback(
    async (input: Schemas['RegisterDto']) => {
      const result = await call(api.POST('/api/v1/auth/register', { body: input }));
      tokens.set({ accessToken: result.accessToken });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    if (tokens.access()) {
      // Best effort: ending the server session must not keep the user signed in locally. The
      // session cookie and the CSRF header (added by authFetch) say which session ends.
      await call(api.POST('/api/v1/auth/logout', { body: {} })).catch(() => undefined);
    }
    tokens.clear();
    queryClient.clear();
  }, [queryClient]);

  const me = signedIn ? meQuery.data : undefined;
  const memberships = me?.memberships ?? [];
  const activeOrg = memberships.find((m) => m.organisationId === orgId) ?? memberships[0] ?? null;

  const setActiveOrg = useCallback((id: string) => {
    localStorage.setItem(ORG_KEY, id);
    setOrgId(id);
  }, []);

  const status: Status =
    signedIn === null || (signedIn && meQuery.isPending)
      ? 'loading'
      : signedIn && me
        ? 'authenticated'
        : 'anonymous';

  const value = useMemo<Session>(
    () => ({
      status,
      me,
      signIn,
      signUp,
      signOut,
      activeOrg,
      setActiveOrg,
      hasRole: (role) => activeOrg?.roles.includes(role) ?? false,
    }),
    [status, me, signIn, signUp, signOut, activeOrg, setActiveOrg],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
