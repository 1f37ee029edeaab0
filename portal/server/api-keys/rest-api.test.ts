/**
 * REST API v1 against a real database: API key checks, every resource, cross-partner isolation (a key of
 * partner B never reads or writes partner A's objects), embed apps and tokens end to end, metric ingest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResult } from '@stratum/contract';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { buildScenario, dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import * as campaignRoute from '../../app/api/v1/campaigns/[id]/route';
import * as dashboardRoute from '../../app/api/v1/dashboards/[id]/route';
import * as embedAppRoute from '../../app/api/v1/embed-apps/[id]/route';
import * as revokeRoute from '../../app/api/v1/embed-apps/[id]/revoke/route';
import * as rotateRoute from '../../app/api/v1/embed-apps/[id]/rotate-secret/route';
import * as embedAppsRoute from '../../app/api/v1/embed-apps/route';
import * as embedTokensRoute from '../../app/api/v1/embed-tokens/route';
import * as batchRoute from '../../app/api/v1/metrics/batch/route';
import * as openApiRoute from '../../app/api/v1/openapi.json/route';
import * as tenantRoute from '../../app/api/v1/tenants/[id]/route';
import * as tenantCampaignsRoute from '../../app/api/v1/tenants/[id]/campaigns/route';
import * as tenantDashboardsRoute from '../../app/api/v1/tenants/[id]/dashboards/route';
import * as tenantQueryRoute from '../../app/api/v1/tenants/[id]/query/route';
import * as tenantsRoute from '../../app/api/v1/tenants/route';
import { verifyEmbedToken } from '../embed/verify-token';
import { createApiKey } from './keys';

let t: TestDb;
let s: Scenario;
let keyA: string;
let keyB: string;
let readOnlyA: string;

const serverToServer = { origin: null, secFetchSite: null, hasCookie: false, selfOrigin: 'http://portal.test' };
type ErrorBody = { error: { code: string; issues?: { path: string }[] } };

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  s = await buildScenario(t.db);
  keyA = (await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'A', scopes: ['*'] })).key;
  keyB = (await createApiKey(t.db, { partnerId: s.partnerB.id, name: 'B', scopes: ['*'] })).key;
  readOnlyA = (await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'A read', scopes: ['tenants:read'] })).key;
});

afterAll(async () => {
  await t?.drop();
});

describe('API keys', () => {
  it('are required, must exist, and must not be revoked or expired', async () => {
    const revoked = await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'old', scopes: ['*'] });
    await t.db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date(Date.now() - 1000) } });
    const expired = await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'exp', scopes: ['*'], expiresAt: new Date(Date.now() - 1000) });
    for (const token of [undefined, 'sk_live_not-a-real-key-at-all', revoked.key, expired.key]) {
      const res = await callRoute(tenantsRoute.GET, '/api/v1/tenants', token ? { token } : {});
      expect(res.status).toBe(401);
      expect((await json<ErrorBody>(res)).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('are stored hashed and record their last use', async () => {
    const created = await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'use', scopes: ['*'] });
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hashedKey).not.toContain(created.key.slice(12));
    expect(row.prefix).toBe(created.key.slice(0, 12));
    expect(row.lastUsedAt).toBeNull();
    await callRoute(tenantsRoute.GET, '/api/v1/tenants', { token: created.key });
    await new Promise((r) => setTimeout(r, 100));
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
  });

  it('are limited to their scopes (403)', async () => {
    expect((await callRoute(tenantsRoute.GET, '/api/v1/tenants', { token: readOnlyA })).status).toBe(200);
    const res = await callRoute(tenantsRoute.POST, '/api/v1/tenants', { token: readOnlyA, body: { slug: 'nope', name: 'Nope' } });
    expect(res.status).toBe(403);
    expect((await json<ErrorBody>(res)).error.code).toBe('FORBIDDEN');
  });
});

describe('tenants', () => {
  it('lists the partner’s tenants with cursor pagination', async () => {
    const first = await json<{ data: { slug: string }[]; nextCursor: string | null }>(await callRoute(tenantsRoute.GET, '/api/v1/tenants?limit=1', { token: keyA }));
    expect(first.data).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await json<{ data: { slug: string }[]; nextCursor: string | null }>(await callRoute(tenantsRoute.GET, `/api/v1/tenants?limit=1&cursor=${first.nextCursor}`, { token: keyA }));
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect([first.data[0]!.slug, second.data[0]!.slug].sort()).toEqual(['a1', 'a2']);
    const bad = await callRoute(tenantsRoute.GET, '/api/v1/tenants?cursor=%%%', { token: keyA });
    expect(bad.status).toBe(400);
  });

  it('creates (201), refuses a duplicate slug (409) and validates input (400)', async () => {
    const created = await callRoute(tenantsRoute.POST, '/api/v1/tenants', { token: keyA, body: { slug: 'new-client', name: 'New client', currency: 'CHF' } });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ slug: 'new-client', currency: 'CHF', locale: 'en' });
    expect((await callRoute(tenantsRoute.POST, '/api/v1/tenants', { token: keyA, body: { slug: 'new-client', name: 'Again' } })).status).toBe(409);
    const invalid = await callRoute(tenantsRoute.POST, '/api/v1/tenants', { token: keyA, body: { slug: 'Bad Slug', name: '', timezone: 'Mars/Base' } });
    expect(invalid.status).toBe(400);
    expect((await json<ErrorBody>(invalid)).error.issues?.map((i) => i.path).sort()).toEqual(['name', 'slug', 'timezone']);
  });

  it('updates by id or slug', async () => {
    const res = await callRoute(tenantRoute.PATCH, '', { token: keyA, method: 'PATCH', body: { trustGateThreshold: 55 }, params: { id: 'a2' } });
    expect(await json(res)).toMatchObject({ id: s.a2.id, trustGateThreshold: 55 });
  });

  it('a change reaches the very next embed request (no cached tenant)', async () => {
    const token = await s.token({ tenant: s.a2.id });
    expect((await verifyEmbedToken(t.db, token, serverToServer)).tenant).toMatchObject({ trustGateThreshold: 55 });
    await callRoute(tenantRoute.PATCH, '', { token: keyA, method: 'PATCH', body: { trustGateThreshold: 80, currency: 'GBP' }, params: { id: 'a2' } });
    expect((await verifyEmbedToken(t.db, token, serverToServer)).tenant).toMatchObject({ trustGateThreshold: 80, currency: 'GBP' });
    await callRoute(tenantRoute.PATCH, '', { token: keyA, method: 'PATCH', body: { trustGateThreshold: 55, currency: 'USD' }, params: { id: 'a2' } });
    expect((await verifyEmbedToken(t.db, token, serverToServer)).tenant).toMatchObject({ trustGateThreshold: 55, currency: 'USD' });
  });
});

describe('another partner’s key', () => {
  it('gets 404 and no data for every object of partner A', async () => {
    const a1Campaign = s.campaigns.find((c) => c.tenantId === s.a1.id)!.id;
    const calls: [string, Promise<Response>][] = [
      ['tenant', callRoute(tenantRoute.GET, '', { token: keyB, params: { id: s.a1.id } })],
      ['tenant by slug', callRoute(tenantRoute.GET, '', { token: keyB, params: { id: 'a1' } })],
      ['tenant patch', callRoute(tenantRoute.PATCH, '', { token: keyB, method: 'PATCH', body: { name: 'pwned' }, params: { id: s.a1.id } })],
      ['campaigns', callRoute(tenantCampaignsRoute.GET, '', { token: keyB, params: { id: s.a1.id } })],
      ['campaign create', callRoute(tenantCampaignsRoute.POST, '', { token: keyB, body: { name: 'x', channel: 'meta', dailyBudget: 1 }, params: { id: s.a1.id } })],
      ['campaign', callRoute(campaignRoute.GET, '', { token: keyB, params: { id: a1Campaign } })],
      ['campaign patch', callRoute(campaignRoute.PATCH, '', { token: keyB, method: 'PATCH', body: { dailyBudget: 0 }, params: { id: a1Campaign } })],
      ['dashboards', callRoute(tenantDashboardsRoute.GET, '', { token: keyB, params: { id: s.a1.id } })],
      ['dashboard', callRoute(dashboardRoute.GET, '', { token: keyB, params: { id: s.dashboards.a1 } })],
      ['dashboard patch', callRoute(dashboardRoute.PATCH, '', { token: keyB, method: 'PATCH', body: { title: 'pwned' }, params: { id: s.dashboards.a1 } })],
      ['query', callRoute(tenantQueryRoute.POST, '', { token: keyB, body: { metrics: ['spend'], range: { from: '2026-10-01', to: '2026-11-20' } }, params: { id: s.a1.id } })],
      ['embed app', callRoute(embedAppRoute.GET, '', { token: keyB, params: { id: s.appA.id } })],
      ['embed app rotate', callRoute(rotateRoute.POST, '', { token: keyB, body: {}, params: { id: s.appA.id } })],
      ['embed app revoke', callRoute(revokeRoute.POST, '', { token: keyB, method: 'POST', params: { id: s.appA.id } })],
      ['embed token', callRoute(embedTokensRoute.POST, '', { token: keyB, body: { tenant: s.a1.id, viewerId: 'x', scopes: ['dashboards:*'] } })],
    ];
    for (const [name, call] of calls) {
      const res = await call;
      expect.soft(res.status, name).toBe(404);
      expect.soft(Object.keys(await json<object>(res)), name).toEqual(['error']);
    }
    const apps = await json<{ data: { id: string }[] }>(await callRoute(embedAppsRoute.GET, '', { token: keyB }));
    expect(apps.data.map((a) => a.id)).toEqual([s.appB.id]);
    const tenants = await json<{ data: { id: string }[] }>(await callRoute(tenantsRoute.GET, '', { token: keyB }));
    expect(tenants.data.map((x) => x.id)).toEqual([s.b1.id]);
    expect((await t.db.embedApp.findUniqueOrThrow({ where: { id: s.appA.id } })).revokedAt).toBeNull();
  });

  it('cannot ingest metrics into partner A’s campaigns', async () => {
    const a1Campaign = s.campaigns.find((c) => c.tenantId === s.a1.id)!.id;
    const res = await callRoute(batchRoute.POST, '', { token: keyB, body: { rows: [{ campaignId: a1Campaign, date: '2026-11-21', spend: 1, impressions: 1, clicks: 1, conversions: 1, revenue: 1 }] } });
    expect(await json(res)).toMatchObject({ upserted: 0, rejected: 1, errors: [{ index: 0, issues: [{ path: 'campaignId' }] }] });
    expect(await t.db.metricDaily.count({ where: { campaignId: a1Campaign, date: new Date('2026-11-21T00:00:00Z') } })).toBe(0);
  });
});

describe('campaigns and dashboards', () => {
  it('creates a campaign in the tenant’s currency and updates it', async () => {
    const created = await json<{ id: string; currency: string }>(await callRoute(tenantCampaignsRoute.POST, '', { token: keyA, body: { name: 'Winter', channel: 'google', dailyBudget: 50 }, params: { id: s.a1.id } }));
    expect(created.currency).toBe('EUR');
    const updated = await callRoute(campaignRoute.PATCH, '', { token: keyA, method: 'PATCH', body: { status: 'paused' }, params: { id: created.id } });
    expect(await json(updated)).toMatchObject({ status: 'paused' });
  });

  it('versions a dashboard on update', async () => {
    const res = await callRoute(dashboardRoute.PATCH, '', { token: keyA, method: 'PATCH', body: { title: 'Renamed' }, params: { id: s.dashboards.a1 } });
    expect(await json(res)).toMatchObject({ title: 'Renamed', version: 2 });
    expect(await t.db.dashboardVersion.count({ where: { dashboardId: s.dashboards.a1 } })).toBe(1);
    const invalid = await callRoute(tenantDashboardsRoute.POST, '', { token: keyA, body: { title: 'x', layout: { widgets: [{ id: 'w', kind: 'pie' }] } }, params: { id: s.a1.id } });
    expect(invalid.status).toBe(400);
  });
});

describe('embed apps and tokens', () => {
  it('create → mint → verify; rotate keeps the old secret for the overlap; revoke stops everything', async () => {
    const created = await json<{ id: string; secret: string }>(
      await callRoute(embedAppsRoute.POST, '', { token: keyA, body: { name: 'Site', allowedOrigins: ['https://client.example/'], allowedScopes: ['dashboards:*', 'export'] } }),
    );
    expect(created.secret).toMatch(/^esk_/);
    const stored = await t.db.embedApp.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.secretEncrypted).not.toContain(created.secret);
    expect(stored.allowedOrigins).toEqual(['https://client.example']);

    const minted = await json<{ token: string }>(await callRoute(embedTokensRoute.POST, '', { token: keyA, body: { embedAppId: created.id, tenant: 'a1', viewerId: 'u1', scopes: ['dashboards:*'], filters: { channels: ['meta'] } } }));
    const ctx = await verifyEmbedToken(t.db, minted.token, serverToServer);
    expect(ctx).toMatchObject({ tenantId: s.a1.id, rowFilters: { channels: ['meta'] }, viewerId: 'u1' });

    const refused = await callRoute(embedTokensRoute.POST, '', { token: keyA, body: { embedAppId: created.id, tenant: 'a1', viewerId: 'u1', scopes: ['copilot'] } });
    expect(refused.status).toBe(403);

    const rotated = await json<{ secret: string; previousSecretExpiresAt: string }>(await callRoute(rotateRoute.POST, '', { token: keyA, body: { overlapSeconds: 600 }, params: { id: created.id } }));
    expect(rotated.secret).not.toBe(created.secret);
    expect(Date.parse(rotated.previousSecretExpiresAt)).toBeGreaterThan(Date.now());
    await expect(verifyEmbedToken(t.db, minted.token, serverToServer)).resolves.toBeDefined();

    await callRoute(revokeRoute.POST, '', { token: keyA, method: 'POST', params: { id: created.id } });
    await expect(verifyEmbedToken(t.db, minted.token, serverToServer)).rejects.toMatchObject({ code: 'APP_REVOKED' });
  });
});

describe('POST /metrics/batch', () => {
  const campaign = () => s.campaigns.find((c) => c.tenantId === s.a2.id)!;
  const query = () =>
    callRoute(tenantQueryRoute.POST, '', { token: keyA, body: { metrics: ['spend'], range: { from: dayOffset(SCENARIO_END, 1), to: dayOffset(SCENARIO_END, 2) } }, params: { id: s.a2.id } });

  it('upserts idempotently, keeps good rows next to bad ones, and refreshes cached queries', async () => {
    expect((await json<QueryResult>(await query())).totals.spend).toBe(0);
    const rows = [
      { campaignId: campaign().id, date: dayOffset(SCENARIO_END, 1), spend: 10, impressions: 100, clicks: 5, conversions: 1, revenue: 30 },
      { campaignId: campaign().id, date: dayOffset(SCENARIO_END, 2), spend: 20, impressions: 100, clicks: 5, conversions: 1, revenue: 30 },
      { campaignId: campaign().id, date: 'yesterday', spend: -1, impressions: 1, clicks: 1, conversions: 1, revenue: 1 },
      { campaignId: 'no-such-campaign', date: dayOffset(SCENARIO_END, 1), spend: 1, impressions: 1, clicks: 1, conversions: 1, revenue: 1 },
    ];
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await json<{ upserted: number; rejected: number; errors: { index: number; issues: { path: string }[] }[] }>(await callRoute(batchRoute.POST, '', { token: keyA, body: { rows } }));
      expect(res).toMatchObject({ upserted: 2, rejected: 2 });
      expect(res.errors.map((e) => e.index)).toEqual([2, 3]);
      expect(res.errors[0]!.issues.map((i) => i.path).sort()).toEqual(['date', 'spend']);
    }
    expect(await t.db.metricDaily.count({ where: { campaignId: campaign().id, date: { gt: new Date(`${SCENARIO_END}T00:00:00Z`) } } })).toBe(2);
    expect((await json<QueryResult>(await query())).totals.spend).toBe(30);

    await callRoute(batchRoute.POST, '', { token: keyA, body: { rows: [{ ...rows[0], spend: 15 }] } });
    expect((await json<QueryResult>(await query())).totals.spend).toBe(35);
  });

  it('refuses more than 10,000 rows', async () => {
    const rows = Array.from({ length: 10_001 }, () => ({}));
    const res = await callRoute(batchRoute.POST, '', { token: keyA, body: { rows } });
    expect(res.status).toBe(400);
  });
});

describe('GET /openapi.json', () => {
  it('describes every operation with schemas from zod', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; 'x-required-scope': string }>> }>(
      await callRoute(openApiRoute.GET, '/api/v1/openapi.json'),
    );
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/tenants', '/tenants/{id}/campaigns', '/embed-tokens', '/metrics/batch', '/embed-apps/{id}/rotate-secret']));
    expect(doc.paths['/metrics/batch']!.post!.requestBody).toBeDefined();
    expect(doc.paths['/embed-tokens']!.post!['x-required-scope']).toBe('embed-tokens:create');
  });
});
