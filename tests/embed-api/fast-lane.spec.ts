/**
 * The embed API's fast lane (scripts/lib/embed-fast-lane.ts) answers exactly as Next would: the e2e portal (lane
 * on) and a second portal on the same data with EMBED_FAST_LANE=0 (everything through Next) get the same requests —
 * good and bad tokens, foreign tenants, wrong origins, preflights, every embed route — and must give the same
 * status, security and CORS headers and body (timings and request ids aside; content encoding aside, as the lane does not
 * gzip bodies under 1 KiB). Plus what only one server can show:
 * the request URL's origin is Next's (localhost:<port>, whatever the Host header) and the rate limit answers 429.
 * E2E_PARITY_PORT (default E2E_PORT + 7) is the second portal's port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SignJWT } from 'jose';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';
import { resolveDatabaseUrl } from '../../prisma/connect.ts';
import { portalEnv } from '../../scripts/lib/runtime-env.ts';
import { E2E } from '../e2e-env.ts';

const parityPort = Number(process.env.E2E_PARITY_PORT ?? E2E.port + 7);
const nextOnly = `http://localhost:${parityPort}`;
const COMPARED_HEADERS = [
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'vary',
  'retry-after',
  'cache-control',
  'content-disposition',
  'x-content-type-options',
  'referrer-policy',
];

let server: ChildProcess | undefined;
const manifest = () => JSON.parse(readFileSync(E2E.demoManifestPath, 'utf8')) as DemoManifest;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function mint(app: { id: string; secret: string }, tenant: string, opts: { lifetime?: number; issuedAgo?: number; secret?: string; scopes?: string[] } = {}) {
  const iat = Math.floor(Date.now() / 1000) - (opts.issuedAgo ?? 0);
  return new SignJWT({ tenant, scopes: opts.scopes ?? ['dashboards:*', 'recommendations', 'export', 'copilot'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(app.id)
    .setSubject('parity-viewer')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (opts.lifetime ?? 600))
    .sign(new TextEncoder().encode(opts.secret ?? app.secret));
}

/** Timings, cache flags, request ids, and the stamps of recommendations both servers refresh at the same moment. */
const VOLATILE_KEYS = new Set(['tookMs', 'cached', 'requestId', 'expiresAt', 'generatedAt', 'computedAt']);

/** The response without what legitimately differs between two servers: timings, cache flags, request ids. */
function normalized(text: string, contentType: string): unknown {
  if (!contentType.includes('json')) return text;
  return JSON.parse(text, (key, value: unknown) => (VOLATILE_KEYS.has(key) ? undefined : value));
}

async function answer(base: string, path: string, init: RequestInit) {
  const res = await fetch(`${base}${path}`, init);
  const headers = Object.fromEntries(COMPARED_HEADERS.map((h) => [h, res.headers.get(h)]));
  // Next varies its own pages on its router headers; API answers do not depend on them, and the lane leaves them out.
  headers.vary = (headers.vary ?? '').split(/,\s*/).filter((v) => v && !/^(rsc|next-router-.*)$/i.test(v)).join(', ');
  const text = await res.text();
  return { status: res.status, headers, body: normalized(text, headers['content-type'] ?? '') };
}

test.beforeAll(async () => {
  const runtime = { port: parityPort, idpPort: E2E.idpPort, dataDir: E2E.dataDir, databaseUrl: resolveDatabaseUrl(E2E.databaseUrl), portalUrl: E2E.portalUrl };
  const env = { ...portalEnv(runtime, { ...process.env, STRATUM_DEMO: '1', WORKER_IN_PORTAL: '0' }), EMBED_FAST_LANE: '0' };
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/lib/portal-server.ts'], { env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${nextOnly}/api/embed/v1/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the Next-only portal on ${nextOnly} did not start`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('every embed route answers through the fast lane exactly as through Next', async () => {
  test.setTimeout(120_000);
  const m = manifest();
  const [first, second] = m.partners;
  const app = first!.embedApp;
  const tenant = first!.tenants[0]!;
  const origin = app.allowedOrigins[0]!;
  const good = await mint(app, tenant.id);
  const tokens: Record<string, string> = {
    good,
    expired: await mint(app, tenant.id, { lifetime: 300, issuedAgo: 900 }),
    badSignature: await mint(app, tenant.id, { secret: 'not-the-secret' }),
    foreignTenant: await mint(app, second!.tenants[0]!.id),
    tooLong: await mint(app, tenant.id, { lifetime: 3600 }),
    noExport: await mint(app, tenant.id, { scopes: ['dashboards:*'] }),
    algNone: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${good.split('.')[1]}.`,
  };
  const range = { from: addDays(m.today, -29), to: m.today };
  const json = (body: unknown) => JSON.stringify(body);
  const requests: [string, RequestInit][] = [
    ['/api/embed/v1/query', { method: 'POST', body: json({ metrics: ['spend', 'roas'], dimensions: ['channel'], range, compare: true }) }],
    ['/api/embed/v1/query', { method: 'POST', body: json({ metrics: ['spend', 'revenue'], dimensions: ['campaign'], range, sort: { metric: 'spend' }, limit: 5 }) }],
    ['/api/embed/v1/query', { method: 'POST', body: json({ metrics: ['nonsense'], range }) }],
    ['/api/embed/v1/query', { method: 'POST', body: '{not json' }],
    ['/api/embed/v1/query/batch', { method: 'POST', body: json({ items: [{ query: { metrics: ['spend'], range } }, { dashboard: tenant.dashboards[0]!.id }, { dashboard: second!.tenants[0]!.dashboards[0]!.id }] }) }],
    ['/api/embed/v1/dashboards', { method: 'GET' }],
    [`/api/embed/v1/dashboards/${tenant.dashboards[0]!.id}`, { method: 'GET' }],
    [`/api/embed/v1/dashboards/${second!.tenants[0]!.dashboards[0]!.id}`, { method: 'GET' }],
    ['/api/embed/v1/filters/channel', { method: 'GET' }],
    ['/api/embed/v1/filters/nonsense', { method: 'GET' }],
    ['/api/embed/v1/signal-health', { method: 'GET' }],
    ['/api/embed/v1/recommendations', { method: 'GET' }],
    ['/api/embed/v1/export', { method: 'POST', body: json({ metrics: ['spend', 'clicks'], dimensions: ['campaign'], range }) }],
  ];
  const origins: (string | null)[] = [origin, null, 'https://evil.example'];
  let compared = 0;
  for (const [path, init] of requests) {
    for (const [name, token] of Object.entries(tokens)) {
      for (const from of origins) {
        if (name !== 'good' && from === null) continue; // enough: the bad-token cases with and without a foreign origin
        const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
        if (from) headers.origin = from;
        const [viaLane, viaNext] = await Promise.all([answer(E2E.portalUrl, path, { ...init, headers }), answer(nextOnly, path, { ...init, headers })]);
        expect(viaLane, `${init.method} ${path} with the ${name} token from ${from ?? 'no origin'}`).toEqual(viaNext);
        compared += 1;
      }
    }
  }
  for (const from of [origin, 'https://evil.example']) {
    const init = { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } };
    expect(await answer(E2E.portalUrl, '/api/embed/v1/query', init)).toEqual(await answer(nextOnly, '/api/embed/v1/query', init));
  }
  // Both compress what the client accepts (Next's own middleware); the lane leaves bodies under 1 KiB as they are.
  const trend = json({ metrics: ['spend', 'revenue', 'clicks'], dimensions: ['date'], range: { from: addDays(m.today, -89), to: m.today } });
  const large = await fetch(`${E2E.portalUrl}/api/embed/v1/query`, { method: 'POST', body: trend, headers: { authorization: `Bearer ${good}`, 'content-type': 'application/json', 'accept-encoding': 'gzip' } });
  expect(large.headers.get('content-encoding')).toBe('gzip');
  expect(((await large.json()) as { rows: unknown[] }).rows).toHaveLength(90);
  // And the lane really answered (a lane that fell back to Next would pass every comparison): only Next adds its
  // router headers to Vary.
  const probe = { method: 'POST', body: trend, headers: { authorization: `Bearer ${good}`, 'content-type': 'application/json' } };
  expect((await fetch(`${E2E.portalUrl}/api/embed/v1/query`, probe)).headers.get('vary')).not.toContain('rsc');
  expect((await fetch(`${nextOnly}/api/embed/v1/query`, probe)).headers.get('vary')).toContain('rsc');
  const missing = { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ metrics: ['spend'], range }) };
  expect(await answer(E2E.portalUrl, '/api/embed/v1/query', missing)).toEqual(await answer(nextOnly, '/api/embed/v1/query', missing));
  expect(compared).toBeGreaterThan(100);
});

test('the copilot streams through the fast lane as through Next', async () => {
  const m = manifest();
  const app = m.partners[0]!.embedApp;
  const token = await mint(app, m.partners[0]!.tenants[0]!.id);
  const init = (thread: string) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: thread, messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'How did spend change last week?' }] }] }),
  });
  const run = Date.now();
  // One after the other: two servers writing their threads into one SQLite file at once could make one of them busy.
  const viaLane = await fetch(`${E2E.portalUrl}/api/embed/v1/copilot`, init(`parity-lane-${run}`));
  const laneText = await viaLane.text();
  const viaNext = await fetch(`${nextOnly}/api/embed/v1/copilot`, init(`parity-next-${run}`));
  const nextText = await viaNext.text();
  expect(viaLane.status).toBe(viaNext.status);
  expect(viaLane.headers.get('content-type')).toBe(viaNext.headers.get('content-type'));
  expect(laneText.length).toBeGreaterThan(0);
  // The answer's wording may differ run to run; its framing may not: same event types, and both streams complete.
  const types = (text: string) => new Set(text.split('\n').flatMap((l) => (/^data: \{"type":"([\w-]+)"/.exec(l) ?? []).slice(1)));
  expect(types(laneText)).toEqual(types(nextText));
  expect([...types(laneText)]).not.toContain('error');
  expect(types(laneText)).toContain('text-delta');
  expect(laneText.trimEnd().endsWith('data: [DONE]')).toBe(true);
});

test('the fast lane gives handlers Next’s request origin and keeps the rate limit', async () => {
  const m = manifest();
  const partner = m.partners[1]!;
  const token = await mint(partner.embedApp, partner.tenants[1]!.id);
  const body = JSON.stringify({ metrics: ['spend'], range: { from: addDays(m.today, -6), to: m.today } });
  // A same-origin page request (no Origin header) is checked against http://localhost:<port>, as Next builds it, even
  // when the browser reached the portal as 127.0.0.1; the portal's origin is one the demo apps allow.
  for (const base of [E2E.portalUrl, `http://127.0.0.1:${E2E.port}`]) {
    const res = await fetch(`${base}/api/embed/v1/query`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body });
    expect(res.status, base).toBe(200);
  }
  const crossSite = await fetch(`${E2E.portalUrl}/api/embed/v1/query`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body });
  expect(crossSite.status).toBe(401);
  // EMBED_RATE_LIMIT_PER_SECOND (200 by default) per app + tenant: a burst beyond it gets 429 with Retry-After. Each
  // batch item counts as a request, so 12 batches of 24 (288) exceed it within a second even on a slow machine.
  const batch = JSON.stringify({ items: Array.from({ length: 24 }, () => ({ query: JSON.parse(body) as unknown })) });
  const burst = await Promise.all(Array.from({ length: 12 }, () => fetch(`${E2E.portalUrl}/api/embed/v1/query/batch`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: batch })));
  const limited = burst.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(limited[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
});
