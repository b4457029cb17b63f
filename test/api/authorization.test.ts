import { describe, expect, it, vi } from 'vitest';
import { actions } from '../../src/domain/authorization.ts';
import { useTestApp } from '../helpers/app.ts';
import { capturedRoutes } from '../helpers/routes.ts';

vi.mock('fastify', async (original) => (await import('../helpers/routes.ts')).withRouteCapture(await original()));

const t = useTestApp();
const known = new Set<string>(['public', 'signed_in', ...actions]);

describe('route-level access', () => {
  it('captured the whole app', () => {
    expect(t.app).toBeDefined();
    const urls = capturedRoutes.map((r) => r.url);
    expect(urls).toEqual(expect.arrayContaining(['/api/health', '/api/urban-areas/:id', '/api/estates', '/api/audit-events', '/api/openapi.json']));
  });

  it('every /api route names what it needs, from the policy', () => {
    const api = capturedRoutes.filter((r) => r.url.startsWith('/api'));
    expect(api.length).toBeGreaterThan(30);
    const problems = api.flatMap((r) => {
      const access: unknown = r.config?.access;
      const name = `${[r.method].flat().join(',')} ${r.url}`;
      if (access === undefined) return [`${name}: no config.access`];
      if (typeof access !== 'string' || !known.has(access)) return [`${name}: unknown access ${String(access)}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('only a few routes are public, and none of them writes the registry', () => {
    const publicRoutes = capturedRoutes
      .filter((r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs') && r.config?.access === 'public')
      .map((r) => r.url);
    for (const url of publicRoutes) {
      expect(url, url).toMatch(/^\/api\/(health|auth|openapi\.json)/);
    }
  });
});
