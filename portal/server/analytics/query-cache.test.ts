import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import type { MetricQuery } from '@stratum/contract';
import { buildScenario, dayOffset, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import { clearQueryCache, invalidateTenantMetrics, runCachedMetricQuery } from './query-cache';
import type { AnalyticsScope } from './scope';

let t: TestDb;
let s: Scenario;
let scope: AnalyticsScope;
const query: MetricQuery = { metrics: ['spend', 'clicks'], dimensions: ['channel'], range: { from: dayOffset(SCENARIO_END, -6), to: SCENARIO_END } };

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  s = await buildScenario(t.db);
  scope = { partnerId: s.partnerA.id, tenantId: s.a1.id, rowFilters: {}, currency: 'EUR' };
});

afterAll(async () => {
  await t?.drop();
});

describe('runCachedMetricQuery', () => {
  it('answers a repeated query from the cache', async () => {
    const first = await runCachedMetricQuery(scope, query);
    const second = await runCachedMetricQuery(scope, query);
    expect(first.meta.cached).toBe(false);
    expect(second.meta.cached).toBe(true);
    expect(second.rows).toEqual(first.rows);
  });

  it('never serves one row filter’s result to another', async () => {
    await runCachedMetricQuery(scope, query);
    const narrowed = await runCachedMetricQuery({ ...scope, rowFilters: { channels: ['google'] } }, query);
    expect(narrowed.meta.cached).toBe(false);
    expect(narrowed.rows.map((r) => r.keys.channel)).toEqual(['google']);
    const otherTenant = await runCachedMetricQuery({ ...scope, tenantId: s.a2.id }, query);
    expect(otherTenant.meta.cached).toBe(false);
  });

  it('shares one computation between identical concurrent queries', async () => {
    const fresh = { ...query, range: { from: dayOffset(SCENARIO_END, -9), to: SCENARIO_END } };
    const [a, b] = await Promise.all([runCachedMetricQuery(scope, fresh), runCachedMetricQuery(scope, fresh)]);
    expect(a).toBe(b);
  });

  it('recomputes after the tenant’s metrics change', async () => {
    const before = await runCachedMetricQuery(scope, query);
    const campaign = s.campaigns.find((c) => c.tenantId === s.a1.id && c.channel === 'google')!;
    await t.db.metricDaily.updateMany({ where: { campaignId: campaign.id, date: new Date(`${SCENARIO_END}T00:00:00Z`) }, data: { clicks: { increment: 1000 } } });
    expect((await runCachedMetricQuery(scope, query)).meta.cached).toBe(true);
    invalidateTenantMetrics(s.a1.id);
    const after = await runCachedMetricQuery(scope, query);
    expect(after.meta.cached).toBe(false);
    expect(after.totals.clicks).toBe((before.totals.clicks ?? 0) + 1000);
  });

  it('serves a result past its TTL while one background run refreshes it, and then the fresh one', async () => {
    process.env.QUERY_CACHE_TTL_SECONDS = '1';
    resetEnvForTests();
    try {
      clearQueryCache();
      const campaignQuery: MetricQuery = { ...query, dimensions: ['campaign'], range: { from: dayOffset(SCENARIO_END, -4), to: SCENARIO_END } };
      const first = await runCachedMetricQuery(scope, campaignQuery);
      const campaign = s.campaigns.find((c) => c.tenantId === s.a1.id)!;
      // A writer this process does not see (no invalidation): only the TTL brings it in.
      await t.db.metricDaily.updateMany({ where: { campaignId: campaign.id, date: new Date(`${SCENARIO_END}T00:00:00Z`) }, data: { clicks: { increment: 500 } } });
      await new Promise((r) => setTimeout(r, 1_100));
      const stale = await runCachedMetricQuery(scope, campaignQuery);
      expect(stale.meta.cached).toBe(true);
      expect(stale.totals.clicks).toBe(first.totals.clicks);
      await new Promise((r) => setTimeout(r, 200));
      const refreshed = await runCachedMetricQuery(scope, campaignQuery);
      expect(refreshed.meta.cached).toBe(true);
      expect(refreshed.totals.clicks).toBe((first.totals.clicks ?? 0) + 500);
      await new Promise((r) => setTimeout(r, 2_100));
      expect((await runCachedMetricQuery(scope, campaignQuery)).meta.cached).toBe(false);
    } finally {
      delete process.env.QUERY_CACHE_TTL_SECONDS;
      resetEnvForTests();
    }
  });
});
