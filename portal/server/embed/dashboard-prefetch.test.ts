/**
 * GET /api/embed/v1/dashboards/:id?prefetch=1 against a real database: the definition brings exactly the queries
 * its widgets will make (built by the contract's widgetQuery for the view asked for), each answered as POST /query
 * answers the same token — its tenant and row filters inside — and signal health as GET /signal-health does.
 * Another tenant's token learns nothing; a malformed view is a 400, never a 500; without rate-limit room the
 * definition still comes, without its data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  widgetQuery,
  type DashboardDefinition,
  type DashboardWidget,
  type MetricQuery,
  type PrefetchedAnswer,
  type PrefetchedDashboardDefinition,
  type QueryResult,
  type QueryScope,
} from '@stratum/contract';
import { resetEnvForTests } from '@/lib/env';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { useScenarioDb } from '../../../tests/embed-api/support/scenario-db';
import * as dashboardRoute from '../../app/api/embed/v1/dashboards/[id]/route';
import * as queryRoute from '../../app/api/embed/v1/query/route';
import * as signalHealthRoute from '../../app/api/embed/v1/signal-health/route';
import { closeRateLimitStore } from '../rate-limit/limits';

// Room for every read of this file's quick succession of requests (each test file runs in its own worker); the
// rate-limit tests at the end set a small budget.
const ROOMY_RATE_LIMIT = '100000';
process.env.EMBED_RATE_LIMIT_PER_SECOND = ROOMY_RATE_LIMIT;

const ORIGIN = 'https://app.agency-a.test';
const TODAY = SCENARIO_END;
let s: Scenario;

useScenarioDb([ORIGIN], (_db, scenario) => {
  s = scenario;
});

/** A dashboard of tenant a1 with every kind of widget (the scenario's own show one KPI). */
const WIDGETS = [
  { id: 'w-spend', kind: 'kpi', title: 'Spend', layout: { w: 3, h: 1 }, metric: 'spend' },
  { id: 'w-roas', kind: 'kpi', title: 'ROAS', layout: { w: 3, h: 1 }, metric: 'roas' },
  { id: 'w-trend', kind: 'chart', title: 'Trend', layout: { w: 6, h: 2 }, chartType: 'line', metrics: ['revenue', 'spend'], grain: 'week' },
  { id: 'w-stacked', kind: 'chart', title: 'Conversions', layout: { w: 6, h: 2 }, chartType: 'stacked-bar', metrics: ['conversions'] },
  { id: 'w-share', kind: 'chart', title: 'Share', layout: { w: 4, h: 2 }, chartType: 'doughnut', metrics: ['spend'], dimension: 'channel', limit: 3 },
  { id: 'w-table', kind: 'table', title: 'Campaigns', layout: { w: 12, h: 3 } },
  { id: 'w-health', kind: 'signal-health', title: 'Signal health', layout: { w: 4, h: 2 } },
  { id: 'w-copilot', kind: 'copilot', title: 'Ask', layout: { w: 4, h: 2 } },
] satisfies DashboardWidget[];
let full: string;

beforeAll(async () => {
  const layout = { widgets: WIDGETS, defaultRange: 'last_7_days' };
  full = (await s.db.dashboard.create({ data: { tenantId: s.a1.id, partnerId: s.partnerA.id, title: 'a1 everything', layout } })).id;
});

type Prefetched = PrefetchedDashboardDefinition;

function open(token: string, id: string, params: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(params).toString();
  return callRoute(dashboardRoute.GET, `/api/embed/v1/dashboards/${id}${search ? `?${search}` : ''}`, { token, origin: ORIGIN, params: { id } });
}

async function prefetched(token: string, id: string, params: Record<string, string> = {}): Promise<Prefetched> {
  const res = await open(token, id, { prefetch: '1', today: TODAY, ...params });
  expect(res.status).toBe(200);
  const body = await json<Prefetched>(res);
  expect(body.prefetched, 'the definition brings its widgets\' reads').toBeDefined();
  return body;
}

/** The queries the dashboard's widgets make in this view, as the widgets build them (currency last, as the session adds it). */
function widgetQueries(definition: DashboardDefinition, scope: QueryScope, currency?: string): MetricQuery[] {
  return definition.layout.widgets.flatMap((widget) => {
    const query = widgetQuery(widget, scope);
    if (!query) return [];
    return [currency ? { ...query, currency } : query];
  });
}

/** An answer without what differs between two calls (request id, timing, cache hit). */
function stable(answer: unknown): unknown {
  return JSON.parse(JSON.stringify(answer), (key, value: unknown) => (key === 'requestId' || key === 'meta' ? undefined : value));
}

/** What a single route answers, in a prefetched answer's shape. */
async function asAnswer(res: Response): Promise<unknown> {
  const body = await json<Record<string, unknown>>(res);
  return stable(res.status === 200 ? { status: 200, result: body } : { status: res.status, error: body.error });
}

/** Each prefetched answer is what POST /query answers this token for that query. */
async function expectAnswersOfPostQuery(token: string, definition: Prefetched): Promise<void> {
  for (const { query, answer } of definition.prefetched.queries) {
    const single = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token, origin: ORIGIN, body: query });
    expect(stable(answer), JSON.stringify(query)).toEqual(await asAnswer(single));
  }
}

const results = (definition: Prefetched): QueryResult[] =>
  definition.prefetched.queries.map(({ answer }) => {
    expect(answer.status).toBe(200);
    return (answer as Extract<PrefetchedAnswer<QueryResult>, { result: unknown }>).result;
  });

const lastDays = (days: number) => ({ from: dayOffset(TODAY, 1 - days), to: TODAY });

describe('GET /dashboards/:id without prefetch', () => {
  it('answers the plain definition, as before', async () => {
    const token = await s.token();
    const views: Record<string, string>[] = [{}, { prefetch: '0', today: TODAY }, { prefetch: 'false' }];
    for (const params of views) {
      const res = await open(token, full, params);
      expect(res.status).toBe(200);
      const body = await json<Record<string, unknown>>(res);
      expect(Object.keys(body).sort()).toEqual(['description', 'id', 'layout', 'tenant', 'title', 'updatedAt', 'version']);
      expect(body).toMatchObject({ id: full, title: 'a1 everything', layout: { widgets: WIDGETS, defaultRange: 'last_7_days' } });
    }
  });
});

describe('GET /dashboards/:id?prefetch=1', () => {
  it('brings exactly the queries its widgets make on the default range ending today, each answered as POST /query answers', async () => {
    const token = await s.token();
    const definition = await prefetched(token, full);
    const { prefetched: data, ...plain } = definition;
    // The definition itself is the one GET without prefetch answers.
    expect(stable(plain)).toEqual(stable(await json(await open(token, full))));

    const scope: QueryScope = { range: lastDays(7), compare: true, filters: {} };
    const queries = data.queries.map((entry) => entry.query);
    // Character for character: the widgets find their answers by their own query's JSON.
    expect(JSON.stringify(queries)).toBe(JSON.stringify(widgetQueries(definition, scope)));
    // Six widgets read metrics (not signal health, not the copilot); the first, spelled out.
    expect(queries).toHaveLength(6);
    expect(queries[0]).toEqual({ metrics: ['spend'], range: { from: '2026-11-14', to: '2026-11-20' }, compare: true, dimensions: ['date'] });

    await expectAnswersOfPostQuery(token, definition);
    const [spend] = results(definition);
    expect(spend!.totals.spend).toBeGreaterThan(0);
    expect(spend!.previous?.range).toEqual({ from: '2026-11-07', to: '2026-11-13' });
  });

  it('asks in the embed\'s currency when one is given', async () => {
    const token = await s.token();
    const definition = await prefetched(token, full, { currency: 'USD' });
    const expected = widgetQueries(definition, { range: lastDays(7), compare: true, filters: {} }, 'USD');
    expect(JSON.stringify(definition.prefetched.queries.map((entry) => entry.query))).toBe(JSON.stringify(expected));
    expect(results(definition).every((result) => result.currency === 'USD')).toBe(true);
    await expectAnswersOfPostQuery(token, definition);
  });

  it('prefetches the view the host opens: a range preset, from–to, compare off, channels and campaigns', async () => {
    const token = await s.token();
    const queriesOf = async (params: Record<string, string>) => (await prefetched(token, full, params)).prefetched.queries.map((entry) => entry.query);
    const definition = await prefetched(token, full);
    const view = (scope: Partial<QueryScope>) => widgetQueries(definition, { range: lastDays(7), compare: true, filters: {}, ...scope });

    expect(await queriesOf({ range: 'last_90_days' })).toEqual(view({ range: lastDays(90) }));
    expect(await queriesOf({ range: 'last_month' })).toEqual(view({ range: { from: '2026-10-01', to: '2026-10-31' } }));
    expect(await queriesOf({ from: '2026-10-01', to: '2026-10-15' })).toEqual(view({ range: { from: '2026-10-01', to: '2026-10-15' } }));
    // A preset wins over from–to (as in the filter bar); a reversed or half range is ignored.
    expect(await queriesOf({ range: 'last_30_days', from: '2026-10-01', to: '2026-10-15' })).toEqual(view({ range: lastDays(30) }));
    expect(await queriesOf({ from: '2026-10-15', to: '2026-10-01' })).toEqual(view({}));
    expect(await queriesOf({ from: '2026-10-15' })).toEqual(view({}));

    const noCompare = await queriesOf({ compare: 'false' });
    expect(noCompare).toEqual(view({ compare: false }));
    expect(noCompare[0]).toMatchObject({ compare: false });

    const campaign = s.campaigns.find((c) => c.tenantId === s.a1.id)!.id;
    // Unknown channels are dropped, as the filter bar drops them.
    const filtered = await queriesOf({ channels: 'meta,myspace,google', campaigns: campaign });
    expect(filtered).toEqual(view({ filters: { channels: ['meta', 'google'], campaignIds: [campaign] } }));
    expect(filtered.every((query) => query.filters?.channels?.join() === 'meta,google')).toBe(true);
  });

  it('keeps the token\'s row filter inside every prefetched query: a google-only token gets google rows only', async () => {
    const google = await s.token({ filters: { channels: ['google'] } });
    const definition = await prefetched(google, full);
    await expectAnswersOfPostQuery(google, definition);
    const channelRows = results(definition).flatMap((result) => result.rows.filter((row) => row.keys.channel !== undefined));
    expect(channelRows.length).toBeGreaterThan(0);
    expect(new Set(channelRows.map((row) => row.keys.channel))).toEqual(new Set(['google']));
    const campaignRows = results(definition).flatMap((result) => result.rows.filter((row) => row.keys.campaign !== undefined));
    const googleCampaigns = new Set(s.campaigns.filter((c) => c.tenantId === s.a1.id && c.channel === 'google').map((c) => c.id));
    expect(campaignRows.length).toBeGreaterThan(0);
    expect(campaignRows.every((row) => googleCampaigns.has(row.keys.campaign!))).toBe(true);

    // Less spend than the whole tenant's, and asking for other channels does not widen it.
    const wide = results(await prefetched(await s.token(), full))[0]!;
    expect(results(definition)[0]!.totals.spend!).toBeLessThan(wide.totals.spend!);
    const asked = await prefetched(google, full, { channels: 'meta,google' });
    const askedRows = results(asked).flatMap((result) => result.rows.filter((row) => row.keys.channel !== undefined));
    expect(new Set(askedRows.map((row) => row.keys.channel))).toEqual(new Set(['google']));
    const onlyMeta = await prefetched(google, full, { channels: 'meta' });
    expect(results(onlyMeta)[0]!.totals.spend ?? 0).toBe(0);
  });

  it('brings signal health, as GET /signal-health answers it, when a widget shows it (and only then)', async () => {
    const token = await s.token();
    const definition = await prefetched(token, full);
    const health = await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health', { token, origin: ORIGIN });
    expect(health.status).toBe(200);
    expect(stable(definition.prefetched.signalHealth)).toEqual(await asAnswer(health));
    expect(definition.prefetched.signalHealth).toMatchObject({ status: 200, result: { threshold: 60 } });

    const oneKpi = await prefetched(token, s.dashboards.a1);
    expect(oneKpi.prefetched).not.toHaveProperty('signalHealth');
    expect(oneKpi.prefetched.queries).toHaveLength(1);
  });

  it('answers a query the API refuses with its error, and still the others', async () => {
    const token = await s.token();
    // "bad id!" is no campaign id: POST /query answers 400 for it; every widget's query carries it.
    const definition = await prefetched(token, full, { campaigns: 'bad id!' });
    for (const { query, answer } of definition.prefetched.queries) {
      const single = await callRoute(queryRoute.POST, '/api/embed/v1/query', { token, origin: ORIGIN, body: query });
      expect(single.status).toBe(400);
      expect(answer).toMatchObject({ status: 400, error: { code: 'VALIDATION_FAILED' } });
    }
    expect(definition.prefetched.signalHealth?.status).toBe(200);
  });
});

describe('GET /dashboards/:id?prefetch=1: tenancy', () => {
  it('another tenant\'s token gets 404 and no data, from the same partner or another', async () => {
    for (const token of [await s.token({ tenant: s.a2.id }), await s.token({ app: s.appB, tenant: s.b1.id })]) {
      const res = await open(token, full, { prefetch: '1', today: TODAY });
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(text).not.toContain('prefetched');
      expect(text).not.toContain('a1 everything');
      expect(text).not.toContain('"rows"');
    }
  });

  it('a token that does not open this dashboard gets 403 and no data', async () => {
    for (const scopes of [[`dashboard:${s.dashboards.a1}`], ['copilot']]) {
      const res = await open(await s.token({ scopes }), full, { prefetch: '1', today: TODAY });
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'SCOPE_FORBIDDEN' } });
      expect(text).not.toContain('prefetched');
      expect(text).not.toContain('"rows"');
    }
    // The dashboard its scope names opens, with its data.
    const own = await prefetched(await s.token({ scopes: [`dashboard:${s.dashboards.a1}`] }), s.dashboards.a1);
    expect(own.prefetched.queries[0]?.answer.status).toBe(200);
  });
});

describe('GET /dashboards/:id?prefetch=1: validation', () => {
  it('needs the viewer\'s today', async () => {
    const res = await open(await s.token(), full, { prefetch: '1' });
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string; issues: { path: string }[] } }>(res);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['today']);
  });

  it('answers 400 (never 500, never data) to a malformed view', async () => {
    const token = await s.token();
    const cases: [Record<string, string>, string][] = [
      [{ currency: 'usd' }, 'currency'],
      [{ currency: 'EURO' }, 'currency'],
      [{ range: 'last_week' }, 'range'],
      [{ range: '' }, 'range'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
      [{ today: '2026-13-01' }, 'today'],
      [{ today: 'yesterday' }, 'today'],
      [{ compare: 'no' }, 'compare'],
      [{ prefetch: 'yes' }, 'prefetch'],
    ];
    for (const [params, path] of cases) {
      const res = await open(token, full, { prefetch: '1', today: TODAY, ...params });
      expect(res.status, JSON.stringify(params)).toBe(400);
      const body = await json<{ error: { code: string; issues: { path: string }[] } }>(res);
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.issues.map((issue) => issue.path), JSON.stringify(params)).toContain(path);
      expect(body).not.toHaveProperty('prefetched');
    }
    // A parameter given twice is not a list either.
    const twice = await callRoute(dashboardRoute.GET, `/api/embed/v1/dashboards/${full}?prefetch=1&today=${TODAY}&channels=meta&channels=google`, {
      token,
      origin: ORIGIN,
      params: { id: full },
    });
    expect(twice.status).toBe(400);
    // A parameter the route does not know (a host's cache-buster) is ignored, as before prefetch existed.
    const busted = await open(token, full, { prefetch: '1', today: TODAY, v: '1700000000' });
    expect(busted.status).toBe(200);
    expect(await json<Record<string, unknown>>(busted)).toHaveProperty('prefetched');
  });
});

describe('GET /dashboards/:id?prefetch=1: rate limit', () => {
  // Two requests a second per app + tenant: the definition's own, and one prefetched read.
  beforeAll(async () => {
    process.env.EMBED_RATE_LIMIT_PER_SECOND = '2';
    resetEnvForTests();
    await closeRateLimitStore();
  });
  afterAll(async () => {
    process.env.EMBED_RATE_LIMIT_PER_SECOND = ROOMY_RATE_LIMIT;
    resetEnvForTests();
    await closeRateLimitStore();
  });

  it('answers the definition without `prefetched` when the limit has no room for its reads', async () => {
    // Seven reads (six queries and signal health) do not fit in what is left: nothing is prefetched.
    const res = await open(await s.token(), full, { prefetch: '1', today: TODAY });
    expect(res.status).toBe(200);
    const body = await json<Record<string, unknown>>(res);
    expect(body).toMatchObject({ id: full, layout: { widgets: WIDGETS } });
    expect(body).not.toHaveProperty('prefetched');
  });

  it('prefetches when there is room (one read, another tenant\'s fresh budget)', async () => {
    const definition = await prefetched(await s.token({ tenant: s.a2.id }), s.dashboards.a2);
    expect(definition.prefetched.queries).toHaveLength(1);
    expect(definition.prefetched.queries[0]?.answer.status).toBe(200);
  });
});
