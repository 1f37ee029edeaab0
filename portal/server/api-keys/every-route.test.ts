/**
 * Every REST API v1 route — including ones added later — found on disk and called by partner B's key with
 * partner A's object ids in the path: each must answer 401/403/404 and leak none of A's ids or names; list
 * routes without ids must not contain A's objects. And every route refuses a request without a key.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRoute } from '../../../tests/embed-api/support/call-route';
import { routeFiles } from '../../../tests/embed-api/support/route-files';
import { buildScenario, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import { createApiKey } from './keys';

const ROUTES_DIR = path.resolve(import.meta.dirname, '../../app/api/v1');
const PUBLIC_ROUTES = new Set(['openapi.json']);
/** Marketplace listings are shared across partners by design (portal/server/marketplace tests their rules). */
const SHARED_OBJECT_ROUTES = /^listings(\/|$)/;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

let t: TestDb;
let s: Scenario;
let keyB: string;
const routes = routeFiles(ROUTES_DIR).filter((r) => !PUBLIC_ROUTES.has(r));

/** Partner A's object of the kind named by the path segment before [id]. */
function objectIdFor(route: string): string {
  const kind = route.split('/')[0];
  if (kind === 'tenants') return s.a1.id;
  if (kind === 'campaigns') return s.campaigns.find((c) => c.tenantId === s.a1.id)!.id;
  if (kind === 'dashboards') return s.dashboards.a1;
  if (kind === 'embed-apps') return s.appA.id;
  throw new Error(`every-route.test.ts: say which object of partner A fills the [id] of ${route}`);
}

/** A valid body for each writing route, so that the ownership check (not validation) is what answers. */
function bodyFor(route: string, method: string): unknown {
  const a1Campaign = s.campaigns.find((c) => c.tenantId === s.a1.id)!.id;
  const bodies: Record<string, unknown> = {
    'POST tenants': { slug: 'created-by-b', name: 'B client' },
    'PATCH tenants/[id]': { name: 'pwned' },
    'POST tenants/[id]/campaigns': { name: 'x', channel: 'meta', dailyBudget: 1 },
    'POST tenants/[id]/dashboards': { title: 'x', layout: { widgets: [] } },
    'POST tenants/[id]/query': { metrics: ['spend'], range: { from: '2026-10-01', to: '2026-11-20' } },
    'PATCH campaigns/[id]': { dailyBudget: 0 },
    'PATCH dashboards/[id]': { title: 'pwned' },
    'POST embed-apps': { name: 'B app', allowedOrigins: ['https://b.example'], allowedScopes: ['dashboards:*'] },
    'PATCH embed-apps/[id]': { name: 'pwned' },
    'POST embed-apps/[id]/rotate-secret': {},
    'POST embed-apps/[id]/revoke': undefined,
    'POST embed-tokens': { tenant: s.a1.id, viewerId: 'x', scopes: ['dashboards:*'] },
    'POST metrics/batch': { rows: [{ campaignId: a1Campaign, date: '2026-11-21', spend: 1, impressions: 1, clicks: 1, conversions: 1, revenue: 1 }] },
  };
  const key = `${method} ${route}`;
  if (!(key in bodies)) throw new Error(`every-route.test.ts: add a valid body for ${key}`);
  return bodies[key];
}

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  s = await buildScenario(t.db);
  keyB = (await createApiKey(t.db, { partnerId: s.partnerB.id, name: 'B', scopes: ['*'] })).key;
});

afterAll(async () => {
  await t?.drop();
});

it('finds the REST routes', () => {
  expect(routes).toEqual(expect.arrayContaining(['tenants', 'tenants/[id]', 'campaigns/[id]', 'embed-apps/[id]/rotate-secret', 'metrics/batch', 'embed-tokens']));
});

describe.each(routes)('/api/v1/%s', (route) => {
  it('refuses partner A’s objects to partner B’s key, and everything to no key', async () => {
    const mod = (await import(path.join(ROUTES_DIR, route, 'route.ts'))) as Record<string, unknown>;
    const secrets = [s.a1.id, s.a2.id, s.appA.id, s.dashboards.a1, s.dashboards.a2, ...s.campaigns.filter((c) => c.tenantId !== s.b1.id).flatMap((c) => [c.id, c.name])];
    for (const method of METHODS.filter((m) => typeof mod[m] === 'function')) {
      const shared = SHARED_OBJECT_ROUTES.test(route);
      const hasId = route.includes('[id]');
      const params: Record<string, string> = hasId ? { id: objectIdFor(route) } : {};
      const body = method === 'GET' || shared ? undefined : bodyFor(route, method);
      const anonymous = await callRoute(mod[method], `/api/v1/${route}`, { method, params, ...(body ? { body } : {}) });
      expect.soft(anonymous.status, `${method} without a key`).toBe(401);
      if (SHARED_OBJECT_ROUTES.test(route)) continue;

      const res = await callRoute(mod[method], `/api/v1/${route}`, { method, token: keyB, params, ...(body ? { body } : {}) });
      const text = await res.text();
      if (hasId || route === 'embed-tokens') expect.soft([401, 403, 404], `${method} ${route} → ${res.status}`).toContain(res.status);
      for (const secret of secrets) expect.soft(text.includes(secret), `${method} ${route} leaks ${secret}`).toBe(false);
    }
  });
});
