/**
 * Captures every route the app registers, with its options, by wrapping Fastify so that an
 * `onRoute` hook is the first thing added to each instance. Use in a test file with
 *   vi.mock('fastify', async (original) => (await import('../helpers/routes.ts')).withRouteCapture(await original()));
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

export const capturedRoutes: RouteOptions[] = [];

type Factory = (opts?: object) => FastifyInstance;

export function withRouteCapture<M extends { default: unknown }>(original: M): M {
  const create = original.default as Factory;
  const factory: Factory = (opts) => {
    const app = create(opts);
    app.addHook('onRoute', (route) => {
      capturedRoutes.push(route);
    });
    return app;
  };
  return { ...original, default: factory, fastify: factory };
}

export const methodsOf = (route: RouteOptions): string[] => [route.method].flat().map((m) => String(m).toUpperCase());

/** The /api routes of the product (not the documentation UI's own files, not HEAD twins). */
export function apiRoutes(): { method: string; url: string; route: RouteOptions }[] {
  return capturedRoutes.flatMap((route) =>
    methodsOf(route)
      .filter((method) => method !== 'HEAD' && route.url.startsWith('/api') && !route.url.startsWith('/api/docs'))
      .map((method) => ({ method, url: route.url, route })),
  );
}
