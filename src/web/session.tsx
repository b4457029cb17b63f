/**
 * The signed-in user (GET /api/auth/me), shared by every page. `me` is undefined while loading and
 * null when nobody is signed in. The CSRF token from /me is handed to the API wrapper for writes.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { can, type Action, type Target } from '../domain/authorization.ts';
import type { Role, Scope } from '../domain/roles.ts';
import { ApiError, api, setCsrfToken } from './api.ts';

/** The body of GET /api/auth/me (its zod schema lives in the server's auth routes). */
export type Me = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  scope: Scope;
  csrfToken: string;
};

type SessionValue = {
  me: Me | null | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Called when the API answers 401: the session ended on the server. */
  expired: () => void;
  /** May the signed-in user do this (same policy as the server)? */
  may: (action: Action, target?: Target) => boolean;
};

const SessionContext = createContext<SessionValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetchMe()
      .then((m) => {
        if (live) setMe(m);
      })
      .catch(() => {
        if (live) setMe(null);
      });
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await api.post('/api/auth/login', { email, password });
    setMe(await fetchMe());
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setMe(null);
    }
  }, []);

  const expired = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      me,
      signIn,
      signOut,
      expired,
      may: (action, target) =>
        me ? can({ userId: me.id, role: me.role, scope: me.scope }, action, target ?? {}) : false,
    }),
    [me, signIn, signOut, expired],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
