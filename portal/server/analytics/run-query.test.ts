import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScenario, dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import { runMetricQuery } from './run-query';
import type { AnalyticsScope } from './scope';

let t: TestDb;
let s: Scenario;
let scope: AnalyticsScope;
const range = { from: dayOffset(SCENARIO_END, -29), to: SCENARIO_END };

beforeAll(async () => {
  t = await createTestDb();
  s = await buildScenario(t.db);
  scope = { partnerId: s.partnerA.id, tenantId: s.a1.id, rowFilters: {}, currency: 'EUR' };
});

afterAll(async () => {
  await t?.drop();
});

describe('runMetricQuery', () => {
  it('refuses a result larger than maxRows unless a limit folds it', async () => {
    await expect(runMetricQuery(t.db, scope, { metrics: ['spend'], dimensions: ['campaign'], range }, { maxRows: 3 })).rejects.toMatchObject({ code: 'UNPROCESSABLE', status: 422 });
    const folded = await runMetricQuery(t.db, scope, { metrics: ['spend'], dimensions: ['campaign'], range, limit: 2 }, { maxRows: 3 });
    expect(folded.rows.map((r) => r.keys.campaign)).toHaveLength(3);
    expect(folded.rows[2]).toMatchObject({ keys: { campaign: 'other' }, labels: { campaign: 'Other' } });
  });

  it('labels campaigns and variants, and keys campaign-level rows as "-" in the variant dimension', async () => {
    const result = await runMetricQuery(t.db, scope, { metrics: ['clicks'], dimensions: ['variant'], range, filters: { campaignIds: [s.abTest.campaignId] } });
    const labels = Object.fromEntries(result.rows.map((r) => [r.keys.variant, r.labels?.variant]));
    expect(labels).toEqual({ [s.abTest.variantIds[0]!]: 'Control', [s.abTest.variantIds[1]!]: 'Bold headline', '-': 'No test running' });
  });

  it('buckets weeks by their Monday and months by their first day', async () => {
    const weeks = await runMetricQuery(t.db, scope, { metrics: ['spend'], dimensions: ['date'], grain: 'week', range });
    for (const row of weeks.rows) expect(new Date(`${row.keys.date}T00:00:00Z`).getUTCDay()).toBe(1);
    const months = await runMetricQuery(t.db, scope, { metrics: ['spend'], dimensions: ['date'], grain: 'month', range });
    expect(months.rows.map((r) => r.keys.date)).toEqual(['2026-10-01', '2026-11-01']);
  });
});
