/**
 * POST /api/embed/v1/query/batch against a real database: every item is answered exactly as its single route
 * (POST /query, GET /dashboards/:id) answers the same token — the same data, the same refusals — and the batch
 * has a size limit.
 */
import { describe, expect, it } from 'vitest';
import { QUERY_BATCH_MAX_ITEMS, type MetricQuery, type QueryBatchAnswer, type QueryBatchResult } from '@stratum/contract';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { useScenarioDb } from '../../../tests/embed-api/support/scenario-db';
import * as dashboardRoute from '../../app/api/embed/v1/dashboards/[id]/route';
import * as batchRoute from '../../app/api/embed/v1/query/batch/route';
import * as queryRoute from '../../app/api/embed/v1/query/route';

const ORIGIN = 'https://app.agency-a.test';
const BATCH = '/api/embed/v1/query/batch';
let s: Scenario;

useScenarioDb([ORIGIN], (_db, scenario) => {
  s = scenario;
});

const range = { from: dayOffset(SCENARIO_END, -29), to: SCENARIO_END };

async function batch(token: string, items: unknown[]): Promise<QueryBatchAnswer[]> {
  const res = await callRoute(batchRoute.POST, BATCH, { token, origin: ORIGIN, body: { items } });
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  return (await json<QueryBatchResult>(res)).answers;
}

/** A single route's answer in the batch's shape, without what differs between two calls (request id, timing). */
async function single(res: Response, key: 'result' | 'dashboard'): Promise<unknown> {
  const body = (await res.json()) as Record<string, unknown>;
  return res.status === 200 ? stable({ status: 200, [key]: body }) : stable({ status: res.status, error: body.error });
}
function stable(answer: unknown): unknown {
  return JSON.parse(JSON.stringify(answer), (key, value: unknown) => (key === 'requestId' || key === 'meta' ? undefined : value));
}

describe('POST /query/batch', () => {
  it('answers each query as POST /query does, with the token row filter kept inside every item', async () => {
    const token = await s.token({ filters: { channels: ['google'] } });
    const foreign = s.campaigns.filter((c) => c.tenantId !== s.a1.id).map((c) => c.id);
    const queries: MetricQuery[] = [
      { metrics: ['spend', 'clicks'], range, compare: true },
      // Asks for channels the token may not see: filtered exactly as the single route filters them.
      { metrics: ['clicks'], dimensions: ['channel'], range, filters: { channels: ['meta', 'google'] } },
      { metrics: ['spend'], dimensions: ['campaign'], range, filters: { campaignIds: foreign } },
      { metrics: ['spend', 'conversions'], dimensions: ['date'], range },
    ];
    const answers = await batch(token, queries.map((query) => ({ query })));
    expect(answers).toHaveLength(queries.length);
    for (const [position, query] of queries.entries()) {
      const expected = await single(await callRoute(queryRoute.POST, '/api/embed/v1/query', { token, origin: ORIGIN, body: query }), 'result');
      expect(stable(answers[position])).toEqual(expected);
    }
    const byChannel = answers[1] as { result: { rows: { keys: { channel?: string } }[] } };
    expect(byChannel.result.rows.map((row) => row.keys.channel)).toEqual(['google']);
    const foreignRows = answers[2] as { result: { rows: unknown[]; totals: unknown } };
    expect(foreignRows.result.rows).toEqual([]);
  });

  it('refuses a dashboard the token may not open exactly as GET /dashboards/:id does, and still answers the other items', async () => {
    const token = await s.token({ scopes: [`dashboard:${s.dashboards.a1}`] });
    const ids = [s.dashboards.a1, s.dashboards.a2, s.dashboards.b1];
    const answers = await batch(token, [...ids.map((dashboard) => ({ dashboard })), { query: { metrics: ['spend'], range } }]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 403, 403, 200]);
    for (const [position, id] of ids.entries()) {
      const expected = await single(await callRoute(dashboardRoute.GET, '', { token, origin: ORIGIN, params: { id } }), 'dashboard');
      expect(stable(answers[position])).toEqual(expected);
    }
    // With every dashboard open, another tenant's dashboards are 404 — as the single route says.
    const wide = await s.token();
    const [own, sibling, otherPartner] = await batch(wide, ids.map((dashboard) => ({ dashboard })));
    expect(own).toMatchObject({ status: 200, dashboard: { id: s.dashboards.a1 } });
    expect(sibling).toMatchObject({ status: 404, error: { code: 'NOT_FOUND' } });
    expect(otherPartner).toMatchObject({ status: 404, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify([sibling, otherPartner])).not.toContain('secret');
  });

  it('answers a malformed item 400 on its own, as the single route would', async () => {
    const token = await s.token();
    const [bad, good] = await batch(token, [{ query: { metrics: ['spend'], range: { from: '2026-02-30', to: 'x' } } }, { query: { metrics: ['spend'], range } }]);
    expect(bad).toMatchObject({ status: 400, error: { code: 'VALIDATION_FAILED' } });
    expect((bad as { error: { issues: { path: string }[] } }).error.issues.map((issue) => issue.path)).toContain('query.range.to');
    expect(good?.status).toBe(200);
  });

  it('needs a dashboard scope and a valid token for the whole batch, like POST /query', async () => {
    const items = [{ query: { metrics: ['spend'], range } }];
    const noScope = await callRoute(batchRoute.POST, BATCH, { token: await s.token({ scopes: ['copilot'] }), origin: ORIGIN, body: { items } });
    expect(noScope.status).toBe(403);
    expect((await json<{ error: { code: string } }>(noScope)).error.code).toBe('SCOPE_FORBIDDEN');
    const iat = Math.floor(Date.now() / 1000) - 1200;
    const expired = await callRoute(batchRoute.POST, BATCH, { token: await s.token({ iat, exp: iat + 600 }), origin: ORIGIN, body: { items } });
    expect(expired.status).toBe(401);
    expect(await expired.text()).not.toContain('answers');
  });

  it('limits the number of items and the body size', async () => {
    const token = await s.token();
    const query = { metrics: ['spend'], range };
    const tooMany = await callRoute(batchRoute.POST, BATCH, { token, origin: ORIGIN, body: { items: Array.from({ length: QUERY_BATCH_MAX_ITEMS + 1 }, () => ({ query })) } });
    expect(tooMany.status).toBe(400);
    expect((await json<{ error: { code: string } }>(tooMany)).error.code).toBe('VALIDATION_FAILED');
    const empty = await callRoute(batchRoute.POST, BATCH, { token, origin: ORIGIN, body: { items: [] } });
    expect(empty.status).toBe(400);
    const huge = await callRoute(batchRoute.POST, BATCH, { token, origin: ORIGIN, body: { items: [{ query: { ...query, filters: { campaignIds: Array.from({ length: 5000 }, (_, i) => `campaign-${i}`) } } }] } });
    expect(huge.status).toBe(413);
  });
});
