/**
 * Every embed API route — including ones added later (recommendations, copilot) — found on disk and called
 * with tokens that must be refused: none, expired, another partner's app naming this tenant, a forged one.
 * Each must answer 401 with a reason code and no data, and export an OPTIONS preflight.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callRoute } from '../../../tests/embed-api/support/call-route';
import { routeFiles } from '../../../tests/embed-api/support/route-files';
import { type Scenario } from '../../../tests/embed-api/support/scenario';
import { useScenarioDb } from '../../../tests/embed-api/support/scenario-db';
import { mintTestToken } from '../../../tests/embed-api/support/tokens';

const ORIGIN = 'https://app.agency-a.test';
const ROUTES_DIR = path.resolve(import.meta.dirname, '../../app/api/embed/v1');
const UNAUTHENTICATED_ROUTES = new Set(['health']);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Fills [param] and [...param] segments with plausible values. */
function paramsOf(route: string, id: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const match of route.matchAll(/\[(\.\.\.)?(\w+)\]/g)) params[match[2]!] = match[1] ? [id] : id;
  return params;
}

let s: Scenario;
const routes = routeFiles(ROUTES_DIR).filter((r) => !UNAUTHENTICATED_ROUTES.has(r));

useScenarioDb([ORIGIN], (_db, scenario) => {
  s = scenario;
});

it('finds the embed routes', () => {
  expect(routes).toEqual(expect.arrayContaining(['query', 'dashboards/[id]', 'filters/[dimension]', 'signal-health', 'export']));
});

describe.each(routes)('/api/embed/v1/%s', (route) => {
  it('exports an OPTIONS preflight that answers only known origins', async () => {
    const mod = (await import(path.join(ROUTES_DIR, route, 'route.ts'))) as Record<string, unknown>;
    expect(typeof mod.OPTIONS).toBe('function');
    const known = await callRoute(mod.OPTIONS, `/api/embed/v1/${route}`, { method: 'OPTIONS', origin: ORIGIN });
    expect(known.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(known.headers.get('access-control-allow-headers')).toContain('Authorization');
    const unknown = await callRoute(mod.OPTIONS, `/api/embed/v1/${route}`, { method: 'OPTIONS', origin: 'https://evil.test' });
    expect(unknown.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses every bad token with 401, a reason and no data', async () => {
    const mod = (await import(path.join(ROUTES_DIR, route, 'route.ts'))) as Record<string, unknown>;
    const handlers = METHODS.filter((m) => typeof mod[m] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    const iat = Math.floor(Date.now() / 1000) - 3600;
    const tokens: [string, string | undefined, string][] = [
      ['no token', undefined, 'TOKEN_MISSING'],
      ['expired', await mintTestToken({ app: s.appA, tenant: s.a1.id, iat, exp: iat + 600 }), 'TOKEN_EXPIRED'],
      ['other partner’s app naming this tenant', await mintTestToken({ app: s.appB, tenant: s.a1.id }), 'TENANT_FORBIDDEN'],
      ['forged with another secret', await mintTestToken({ app: s.appA, tenant: s.a1.id, secret: s.appB.secret }), 'TOKEN_BAD_SIGNATURE'],
    ];
    const body = { metrics: ['spend'], range: { from: '2026-10-01', to: '2026-11-20' } };
    for (const method of handlers) {
      for (const [name, token, code] of tokens) {
        const res = await callRoute(mod[method], `/api/embed/v1/${route}`, {
          method,
          origin: ORIGIN,
          ...(token ? { token } : {}),
          ...(method === 'GET' ? {} : { body }),
          params: paramsOf(route, s.dashboards.a1),
        });
        const text = await res.text();
        expect.soft(res.status, `${method} with ${name}`).toBe(401);
        expect.soft(JSON.parse(text).error.code, `${method} with ${name}`).toBe(code);
        expect.soft(Object.keys(JSON.parse(text)), `${method} with ${name}`).toEqual(['error']);
      }
    }
  });
});
