/** Loads one API resource for a component; keeps the previous data while reloading. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './api.ts';
import { useSession } from './session.tsx';

type Loaded<T> = { key: string; path: string; data?: T; version: number | null; error?: ApiError };

export type Resource<T> = {
  data: T | undefined;
  version: number | null;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError({ title: 'Error', status: 0, detail: String(err) });
}

/** `path` null: nothing to load (yet). */
export function useApi<T>(path: string | null): Resource<T> {
  const { expired } = useSession();
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = `${round}:${path ?? ''}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.getVersioned<T>(path, controller.signal).then(
      (r) => setLoaded({ key, path, data: r.data, version: r.version }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = asApiError(err);
        if (error.status === 401) expired();
        setLoaded({ key, path, version: null, error });
      },
    );
    return () => controller.abort();
  }, [key, path, expired]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const samePath = loaded !== null && loaded.path === path;
  const current = samePath && loaded.key === key ? loaded : null;
  return {
    data: samePath ? loaded.data : undefined,
    version: samePath ? loaded.version : null,
    error: current?.error,
    loading: path !== null && current === null,
    reload,
  };
}
