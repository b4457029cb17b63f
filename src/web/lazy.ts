/**
 * A named export of a module as a lazy component that can be preloaded. Once its module has
 * loaded, the component renders at once: React.lazy would otherwise suspend on its first render
 * even then (a promise resolves later), show the fallback and, as React throttles the reveal of
 * suspended content, keep the page waiting up to 300 ms more.
 */
import { type ComponentType, lazy } from 'react';

export type Preloadable<P> = ComponentType<P> & { preload: () => Promise<unknown> };

type Loaded<T> = { default: T };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page's props are its own
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () => {
    loading ??= load().then(
      (m) => (loaded = m),
      (err: unknown) => {
        loading = undefined; // tried again when next asked for
        throw err;
      },
    );
    return loading;
  };
  const component = lazy<M[K]>(() => {
    if (loaded) {
      const module = loaded;
      // A thenable that answers at once: React.lazy then renders the component in the same pass.
      return { then: (resolve: (value: Loaded<M[K]>) => void) => resolve({ default: module[name] }) } as unknown as Promise<Loaded<M[K]>>;
    }
    return preload().then((m) => ({ default: m[name] }));
  });
  return Object.assign(component, { preload });
}
