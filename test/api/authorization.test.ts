import { describe, expect, it, vi } from 'vitest';
import { type Action, actions, mayAttempt } from '../../src/domain/authorization.ts';
import type { Role } from '../../src/domain/roles.ts';
import { useTestApp } from '../helpers/app.ts';
import { apiRoutes, capturedRoutes } from '../helpers/routes.ts';

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

  const guarded = () =>
    apiRoutes()
      .filter((r) => r.route.config?.access !== 'public')
      .map((r) => ({ ...r, access: r.route.config?.access as Action | 'signed_in', path: r.url.replace(/:\w+/g, crypto.randomUUID()) }));
  type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

  it('answers 401 on every guarded route without a session, before reading the input', async () => {
    const wrong = [];
    for (const r of guarded()) {
      const res = await t.app.inject({ method: r.method as Method, url: r.path, payload: r.method === 'GET' ? undefined : {} });
      if (res.statusCode !== 401) wrong.push(`${r.method} ${r.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 on every route whose action the role may not attempt', async () => {
    const demo: [string, Role][] = [
      ['sagsbehandler@demo.example', 'case_worker'],
      ['boligorganisation@demo.example', 'housing_staff'],
      ['forum@demo.example', 'forum_member'],
      ['fond@demo.example', 'fund_officer'],
      ['forsker@demo.example', 'researcher'],
    ];
    const wrong = [];
    let checked = 0;
    for (const [email, role] of demo) {
      const user = await t.signIn(email);
      const actor = { userId: 'x', role, scope: { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null } };
      for (const r of guarded()) {
        if (r.access === 'signed_in' || mayAttempt(actor, r.access)) continue;
        checked += 1;
        const res = await user.request({ method: r.method as Method, url: r.path, payload: r.method === 'GET' ? undefined : {} });
        if (res.statusCode !== 403) wrong.push(`${role} ${r.method} ${r.url}: ${res.statusCode}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
