/**
 * The embed API's routes, called in-process against a real SQLite (or TEST_POSTGRES_URL) database:
 * what a token of tenant a1 sees, and that nothing of tenant a2 (same partner) or b1 (another partner) leaks.
 */
import { describe, expect, it } from 'vitest';
import type { DashboardDefinition, FilterValuesResult, QueryResult, SignalHealthResult } from '@stratum/contract';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { useScenarioDb } from '../../../tests/embed-api/support/scenario-db';
import * as dashboardRoute from '../../app/api/embed/v1/dashboards/[id]/route';
import * as dashboardsRoute from '../../app/api/embed/v1/dashboards/route';
import * as exportRoute from '../../app/api/embed/v1/export/route';
import * as filtersRoute from '../../app/api/embed/v1/filters/[dimension]/route';
import * as queryRoute from '../../app/api/embed/v1/query/route';
import * as signalHealthRoute from '../../app/api/embed/v1/signal-health/route';

const ORIGIN = 'https://app.agency-a.test';
let s: Scenario;

useScenarioDb([ORIGIN], (_db, scenario) => {
  s = scenario;
});

const range = { from: dayOffset(SCENARIO_END, -29), to: SCENARIO_END };
const secretNames = () => s.campaigns.filter((c) => c.tenantId !== s.a1.id).map((c) => c.name);

describe('POST /query', () => {
  it('answers with CORS for the allowed origin and the tenant currency', async () => {
    const res = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token: await s.token(), origin: ORIGIN, body: { metrics: ['spend'], range } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('vary')).toContain('Origin');
    const body = await json<QueryResult>(res);
    expect(body.currency).toBe('EUR');
    expect(body.totals.spend).toBeGreaterThan(0);
  });

  it('returns nothing for campaigns of another tenant named in the filters', async () => {
    const foreign = s.campaigns.filter((c) => c.tenantId !== s.a1.id).map((c) => c.id);
    const res = await callRoute(queryRoute.POST, '/api/embed/v1/query', {
      token: await s.token(),
      origin: ORIGIN,
      body: { metrics: ['spend', 'clicks'], dimensions: ['campaign'], range, filters: { campaignIds: foreign } },
    });
    const body = await json<QueryResult>(res);
    expect(body.rows).toEqual([]);
    expect(body.totals).toEqual({ spend: 0, clicks: 0 });
  });

  it('keeps the token row filter even when the query asks for other channels', async () => {
    const token = await s.token({ filters: { channels: ['google'] } });
    const res = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token, origin: ORIGIN, body: { metrics: ['clicks'], dimensions: ['channel'], range, filters: { channels: ['meta', 'google'] } } });
    const body = await json<QueryResult>(res);
    expect(body.rows.map((r) => r.keys.channel)).toEqual(['google']);
  });

  it('refuses a token without a dashboard scope (403) and an invalid query (400 with issues)', async () => {
    const noScope = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token: await s.token({ scopes: ['copilot'] }), origin: ORIGIN, body: { metrics: ['spend'], range } });
    expect(noScope.status).toBe(403);
    expect((await json<{ error: { code: string } }>(noScope)).error.code).toBe('SCOPE_FORBIDDEN');
    const invalid = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token: await s.token(), origin: ORIGIN, body: { metrics: ['spend'], range: { from: '2026-02-30', to: 'x' } } });
    expect(invalid.status).toBe(400);
    const error = (await json<{ error: { code: string; issues: { path: string }[] } }>(invalid)).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i) => i.path)).toContain('range.to');
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const res = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token: await s.token(), origin: ORIGIN, body: '{"metrics":' });
    expect(res.status).toBe(400);
  });
});

describe('GET /dashboards and /dashboards/:id', () => {
  it('lists only the tenant’s dashboards', async () => {
    const res = await callRoute(dashboardsRoute.GET, '/api/embed/v1/dashboards', { token: await s.token(), origin: ORIGIN });
    const body = await json<{ dashboards: { id: string }[] }>(res);
    expect(body.dashboards.map((d) => d.id)).toEqual([s.dashboards.a1]);
  });

  it('opens the tenant’s dashboard and 404s the others', async () => {
    const token = await s.token();
    const own = await callRoute(dashboardRoute.GET, '', { token, origin: ORIGIN, params: { id: s.dashboards.a1 } });
    expect(own.status).toBe(200);
    expect((await json<DashboardDefinition>(own)).layout.widgets[0]?.metric).toBe('spend');
    for (const id of [s.dashboards.a2, s.dashboards.b1]) {
      const res = await callRoute(dashboardRoute.GET, '', { token, origin: ORIGIN, params: { id } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('honours dashboard:<id> scopes', async () => {
    const token = await s.token({ scopes: [`dashboard:${s.dashboards.a1}`] });
    expect((await callRoute(dashboardRoute.GET, '', { token, origin: ORIGIN, params: { id: s.dashboards.a1 } })).status).toBe(200);
    expect((await callRoute(dashboardRoute.GET, '', { token, origin: ORIGIN, params: { id: s.dashboards.a2 } })).status).toBe(403);
  });
});

describe('GET /filters/:dimension', () => {
  it('lists only the tenant’s campaigns', async () => {
    const res = await callRoute(filtersRoute.GET, '', { token: await s.token(), origin: ORIGIN, params: { dimension: 'campaign' } });
    const labels = (await json<FilterValuesResult>(res)).values.map((v) => v.label);
    expect(labels).toHaveLength(5);
    for (const secret of secretNames()) expect(labels).not.toContain(secret);
  });

  it('respects the token’s row filters', async () => {
    const token = await s.token({ filters: { channels: ['meta'] } });
    const campaigns = await json<FilterValuesResult>(await callRoute(filtersRoute.GET, '', { token, origin: ORIGIN, params: { dimension: 'campaign' } }));
    expect(campaigns.values.map((v) => v.label).sort()).toEqual(['Retargeting', 'Spring sale']);
    const channels = await json<FilterValuesResult>(await callRoute(filtersRoute.GET, '', { token, origin: ORIGIN, params: { dimension: 'channel' } }));
    expect(channels.values.map((v) => v.value)).toEqual(['meta']);
    const byCampaign = await s.token({ filters: { campaignIds: [s.campaigns[1]!.id] } });
    const only = await json<FilterValuesResult>(await callRoute(filtersRoute.GET, '', { token: byCampaign, origin: ORIGIN, params: { dimension: 'channel' } }));
    expect(only.values.map((v) => v.value)).toEqual(['google']);
  });

  it('refuses an unknown dimension with 400', async () => {
    const res = await callRoute(filtersRoute.GET, '', { token: await s.token(), origin: ORIGIN, params: { dimension: 'tenant' } });
    expect(res.status).toBe(400);
  });
});

describe('GET /signal-health', () => {
  it('reports the tenant’s channels against its trust-gate threshold', async () => {
    const res = await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health', { token: await s.token(), origin: ORIGIN });
    const body = await json<SignalHealthResult>(res);
    expect(body.threshold).toBe(60);
    expect(body.asOf).toBe(SCENARIO_END);
    expect(body.channels.map((c) => c.channel)).toEqual(['meta', 'google', 'tiktok', 'email']);
    expect(body.channels.find((c) => c.channel === 'tiktok')).toMatchObject({ healthScore: 40, gated: true });
    expect(body.channels.find((c) => c.channel === 'meta')).toMatchObject({ healthScore: 80, gated: false });
    expect(body.channels[0]!.trend).toHaveLength(30);
  });

  it('shows only channels the row filters allow', async () => {
    const res = await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health?days=7', { token: await s.token({ filters: { channels: ['google', 'linkedin'] } }), origin: ORIGIN });
    const body = await json<SignalHealthResult>(res);
    expect(body.channels.map((c) => c.channel)).toEqual(['google']);
    expect(body.channels[0]!.trend).toHaveLength(7);
  });
});

describe('POST /export', () => {
  const exportBody = { metrics: ['spend', 'clicks'], dimensions: ['campaign'], range };

  it('streams a CSV of the tenant’s rows with formula cells neutralised', async () => {
    const res = await callRoute(exportRoute.POST, '/api/embed/v1/export', { token: await s.token(), origin: ORIGIN, body: exportBody });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="export-/);
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('campaign_id,campaign_name,spend,clicks,currency');
    expect(lines).toHaveLength(6);
    expect(csv).toContain(`"'=HYPERLINK(""x"") newsletter"`);
    for (const secret of secretNames()) expect(csv).not.toContain(secret);
  });

  it('applies the token’s row filters', async () => {
    const res = await callRoute(exportRoute.POST, '/api/embed/v1/export', { token: await s.token({ filters: { channels: ['google'] } }), origin: ORIGIN, body: exportBody });
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Search brand');
  });

  it('needs the export scope and a valid token, and then sends no CSV at all', async () => {
    const noScope = await callRoute(exportRoute.POST, '/api/embed/v1/export', { token: await s.token({ scopes: ['dashboards:*'] }), origin: ORIGIN, body: exportBody });
    expect(noScope.status).toBe(403);
    const iat = Math.floor(Date.now() / 1000) - 1200;
    const expired = await callRoute(exportRoute.POST, '/api/embed/v1/export', { token: await s.token({ iat, exp: iat + 600 }), origin: ORIGIN, body: exportBody });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('content-type')).toContain('application/json');
    expect((await json<{ error: { code: string } }>(expired)).error.code).toBe('TOKEN_EXPIRED');
  });
});
