/**
 * The signed-in user (GET /api/auth/me), shared by every page. `me` is undefined while loading and
 * null when nobody is signed in. The CSRF token from /me is handed to the API wrapper for writes.
 * A read answered 401 ends the session here too (`expired`); signing in or out tells `onUserChange`
 * listeners (the cache of reads empties itself), so that nobody sees what the previous user could.
 * No TanStack Query here: the sign-in page is served without it (it comes with the signed-in app).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { can, type Action, type Target } from '../domain/authorization.ts';
import type { Me } from '../domain/schemas/users.ts';
import { ApiError, apiPath, getJson, request, setCsrfToken } from './api.ts';

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

const userChangeListeners = new Set<() => void>();

/** Calls `listener` whenever the user signs in, signs out or the session expires; returns the unsubscribe. */
export function onUserChange(listener: () => void): () => void {
  userChangeListeners.add(listener);
  return () => userChangeListeners.delete(listener);
}

const userChanged = () => {
  for (const listener of userChangeListeners) listener();
};

async function fetchMe(): Promise<Me | null> {
  try {
    const { data: me } = await getJson(apiPath('/api/auth/me'));
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
    await request('POST', '/api/auth/login', { body: { email, password } });
    userChanged();
    setMe(await fetchMe());
  }, []);

  const signOut = useCallback(async () => {
    try {
      await request('POST', '/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setMe(null);
      userChanged();
    }
  }, []);

  const expired = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
    userChanged();
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
