/**
 * The embed API and REST API over HTTP against the production portal of the e2e run (real demo data):
 * the demo token → a real figure; CORS answers only allowed origins; bad tokens are 401 with a reason and no
 * data; cross-partner reads are 404; static routes refuse path traversal; REST API v1 with the demo API key.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DemoTokenResult, QueryResult } from '../../widgets/src/contract.ts';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';
import { E2E } from '../e2e-env.ts';

const manifest = () => JSON.parse(readFileSync(E2E.demoManifestPath, 'utf8')) as DemoManifest;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test.describe('embed API over HTTP', () => {
  test('a demo token reads the tenant’s real spend of the last 30 days', async ({ request }) => {
    const m = manifest();
    const tenant = m.partners[0]!.tenants[0]!;
    const demo = (await (await request.get(`/api/demo/embed-token?tenant=${tenant.slug}`)).json()) as DemoTokenResult;
    expect(demo.tenant.id).toBe(tenant.id);
    const res = await request.post('/api/embed/v1/query', {
      headers: { authorization: `Bearer ${demo.token}` },
      data: { metrics: ['spend', 'roas'], range: { from: addDays(m.today, -29), to: m.today }, compare: true },
    });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as QueryResult;
    expect(body.currency).toBe(tenant.currency);
    expect(body.totals.spend).toBeGreaterThan(0);
    expect(body.previous?.totals.spend).toBeGreaterThan(0);
  });

  test('CORS answers allowed origins only', async ({ request }) => {
    const allowed = manifest().partners[0]!.embedApp.allowedOrigins[0]!;
    const ok = await request.fetch('/api/embed/v1/query', { method: 'OPTIONS', headers: { origin: allowed, 'access-control-request-method': 'POST' } });
    expect(ok.headers()['access-control-allow-origin']).toBe(allowed);
    const evil = await request.fetch('/api/embed/v1/query', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(evil.headers()['access-control-allow-origin']).toBeUndefined();
    const demo = (await (await request.get('/api/demo/embed-token')).json()) as DemoTokenResult;
    const fromEvil = await request.post('/api/embed/v1/query', { headers: { authorization: `Bearer ${demo.token}`, origin: 'https://evil.example' }, data: { metrics: ['spend'], range: { from: '2026-01-01', to: '2026-01-31' } } });
    expect(fromEvil.status()).toBe(401);
    expect(await fromEvil.json()).toEqual({ error: expect.objectContaining({ code: 'ORIGIN_NOT_ALLOWED' }) });
  });

  test('bad tokens get 401 with a reason and no data', async ({ request }) => {
    const demo = (await (await request.get('/api/demo/embed-token')).json()) as DemoTokenResult;
    const [header, payload] = demo.token.split('.');
    const cases: [string | undefined, string][] = [
      [undefined, 'TOKEN_MISSING'],
      ['not.a.jwt', 'TOKEN_MALFORMED'],
      [`${header}.${payload}.AAAA`, 'TOKEN_BAD_SIGNATURE'],
      [`${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`, 'TOKEN_ALGORITHM'],
    ];
    for (const [token, code] of cases) {
      const res = await request.post('/api/embed/v1/export', {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        data: { metrics: ['spend'], dimensions: ['campaign'], range: { from: '2026-01-01', to: '2026-01-31' } },
      });
      expect(res.status()).toBe(401);
      expect(res.headers()['content-type']).toContain('application/json');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  test('a token of one partner cannot open another partner’s dashboard', async ({ request }) => {
    const m = manifest();
    const [first, second] = m.partners;
    const foreign = second!.tenants[0]!.dashboards[0]!;
    const demo = (await (await request.get(`/api/demo/embed-token?tenant=${first!.tenants[0]!.slug}`)).json()) as DemoTokenResult;
    const res = await request.get(`/api/embed/v1/dashboards/${foreign.id}`, { headers: { authorization: `Bearer ${demo.token}` } });
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain(foreign.title);
  });
});

test.describe('static routes', () => {
  test('refuse path traversal and serve the strict-CSP example under its policy', async ({ request }) => {
    for (const path of ['/widgets/..%2f..%2fpackage.json', '/widgets/%2e%2e/%2e%2e/package.json', '/examples/..%2f.stratum%2fsecret.key', '/examples/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
    }
    const widget = await request.get('/widgets/stratum.js');
    expect(widget.headers()['content-type']).toContain('javascript');
    expect(widget.headers()['access-control-allow-origin']).toBe('*');
    const strict = await request.get('/examples/strict-csp/');
    expect(strict.status()).toBe(200);
    expect(strict.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(strict.headers()['content-security-policy']).not.toContain('unsafe');
  });
});

test.describe('REST API v1', () => {
  test('lists tenants with the demo API key and describes itself in OpenAPI 3.1', async ({ request }) => {
    const m = manifest();
    const res = await request.get('/api/v1/tenants?limit=2', { headers: { authorization: `Bearer ${m.partners[0]!.apiKey}` } });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as { data: { slug: string }[]; nextCursor: string | null };
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    expect((await request.get('/api/v1/tenants', { headers: { authorization: 'Bearer sk_live_wrong-key-000000000' } })).status()).toBe(401);
    const doc = (await (await request.get('/api/v1/openapi.json')).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
  });
});
