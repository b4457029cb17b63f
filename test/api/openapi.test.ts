import { describe, expect, it, vi } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { apiRoutes } from '../helpers/routes.ts';

vi.mock('fastify', async (original) => (await import('../helpers/routes.ts')).withRouteCapture(await original()));

const t = useTestApp();
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every registered /api route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    const routes = apiRoutes().filter((r) => r.url !== '/api/openapi.json');
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes
      .filter((r) => !doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(missing).toEqual([]);
    for (const path of ['/api/forums/{id}/members/{memberId}', '/api/funding-periods/{id}/intervention-areas', '/api/audit-events']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('renders the documentation at /api/docs', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    if (res.statusCode >= 300 && res.statusCode < 400) {
      res = await t.app.inject({ method: 'GET', url: String(res.headers.location) });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/<html/i);
  });
});
