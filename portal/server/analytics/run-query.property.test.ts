/**
 * Property: for random queries (metrics, dimensions, grain, range, filters, row filters, currency, compare),
 * runMetricQuery over the database agrees with a naive in-memory computation over the same fixture rows,
 * currency conversion included.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, DIMENSIONS, METRICS, type Channel, type Dimension, type Metric, type MetricQuery, type RowFilters } from '@stratum/contract';
import { buildScenario, dayOffset, SCENARIO_DAYS, SCENARIO_END, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import { bucketOf, previousRange } from './dates';
import { metricValue, type BaseSums } from './metrics';
import { runMetricQuery } from './run-query';
import type { AnalyticsScope } from './scope';

let t: TestDb;
let s: Scenario;

beforeAll(async () => {
  t = await createTestDb();
  s = await buildScenario(t.db);
});

afterAll(async () => {
  await t?.drop();
});

function naiveRate(currency: string, day: string): number {
  if (currency === 'USD') return 1;
  const list = s.fx.filter((r) => r.currency === currency).sort((a, b) => a.date.localeCompare(b.date));
  const before = list.filter((r) => r.date <= day);
  return (before.length ? before[before.length - 1]! : list[0]!).rateToUsd;
}

function naive(scope: AnalyticsScope, query: MetricQuery, range: { from: string; to: string }) {
  const target = query.currency ?? scope.currency;
  const dims = [...new Set(query.dimensions ?? [])];
  const inList = <T>(list: T[] | undefined, value: T) => !list || list.includes(value);
  const groups = new Map<string, { keys: Partial<Record<Dimension, string>>; sums: BaseSums }>();
  const totals: BaseSums = { spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };
  for (const r of s.metrics) {
    if (r.tenantId !== scope.tenantId || r.date < range.from || r.date > range.to) continue;
    if (!inList(scope.rowFilters.channels, r.channel) || !inList(scope.rowFilters.campaignIds, r.campaignId)) continue;
    if (!inList(query.filters?.channels, r.channel) || !inList(query.filters?.campaignIds, r.campaignId)) continue;
    const factor = naiveRate(r.currency, r.date) / naiveRate(target, r.date);
    const keys: Partial<Record<Dimension, string>> = {};
    for (const d of dims) {
      keys[d] = d === 'date' ? bucketOf(r.date, query.grain ?? 'day') : d === 'channel' ? r.channel : d === 'campaign' ? r.campaignId : (r.variantId ?? '-');
    }
    const key = JSON.stringify(dims.map((d) => keys[d]));
    const g = groups.get(key) ?? { keys, sums: { spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 } };
    for (const sums of [g.sums, totals]) {
      sums.spend += r.spend * factor;
      sums.revenue += r.revenue * factor;
      sums.impressions += r.impressions;
      sums.clicks += r.clicks;
      sums.conversions += r.conversions;
    }
    groups.set(key, g);
  }
  return { groups, totals };
}

function close(actual: number | null | undefined, expected: number | null): boolean {
  if (expected === null || actual === null || actual === undefined) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const dayArb = fc.integer({ min: 0, max: SCENARIO_DAYS + 5 }).map((n) => dayOffset(SCENARIO_END, -n));
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

describe('runMetricQuery', () => {
  it('agrees with a naive in-memory computation', async () => {
    const a1Campaigns = () => s.campaigns.filter((c) => c.tenantId === s.a1.id).map((c) => c.id);
    const queryArb = fc.record({
      metrics: fc.subarray([...METRICS], { minLength: 1 }),
      dimensions: subset(DIMENSIONS).chain((d) => fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length })),
      grain: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
      days: fc.tuple(dayArb, dayArb),
      compare: fc.boolean(),
      currency: fc.option(fc.constantFrom('USD', 'EUR', 'GBP'), { nil: undefined, freq: 2 }),
      queryChannels: fc.option(subset(CHANNELS), { nil: undefined, freq: 2 }),
      queryCampaigns: fc.option(fc.integer({ min: 0, max: 31 }), { nil: undefined, freq: 2 }),
      rowChannels: fc.option(subset(CHANNELS), { nil: undefined, freq: 2 }),
      rowCampaigns: fc.option(fc.integer({ min: 0, max: 31 }), { nil: undefined, freq: 2 }),
      limit: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 2 }),
      sortMetric: fc.option(fc.constantFrom(...METRICS), { nil: undefined, freq: 2 }),
    });
    const pick = (mask: number | undefined) => (mask === undefined ? undefined : a1Campaigns().filter((_, i) => mask & (1 << i)));

    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        const [from, to] = q.days[0] <= q.days[1] ? q.days : [q.days[1], q.days[0]];
        const rowFilters: RowFilters = {};
        if (q.rowChannels) rowFilters.channels = q.rowChannels as Channel[];
        const rowCampaigns = pick(q.rowCampaigns);
        if (rowCampaigns) rowFilters.campaignIds = rowCampaigns;
        const scope: AnalyticsScope = { partnerId: s.partnerA.id, tenantId: s.a1.id, rowFilters, currency: 'EUR' };
        const query: MetricQuery = { metrics: q.metrics as Metric[], dimensions: q.dimensions as Dimension[], grain: q.grain, range: { from, to }, compare: q.compare };
        if (q.currency) query.currency = q.currency;
        const queryCampaigns = pick(q.queryCampaigns);
        if (q.queryChannels || queryCampaigns) query.filters = { ...(q.queryChannels ? { channels: q.queryChannels as Channel[] } : {}), ...(queryCampaigns ? { campaignIds: queryCampaigns } : {}) };
        if (q.limit) query.limit = q.limit;
        if (q.sortMetric) query.sort = { metric: q.sortMetric };

        const result = await runMetricQuery(t.db, scope, query);
        const periods: [typeof result, { from: string; to: string }][] = [[result, query.range]];
        if (q.compare) {
          expect(result.previous).toBeDefined();
          periods.push([{ ...result, ...result.previous! }, previousRange(query.range)]);
        }
        for (const [period, range] of periods) {
          const expected = naive(scope, query, range);
          for (const m of query.metrics) expect(close(period.totals[m], metricValue(m, expected.totals)), `total ${m}`).toBe(true);
          if (!query.limit || expected.groups.size <= query.limit) {
            expect(period.rows).toHaveLength(expected.groups.size);
            for (const row of period.rows) {
              const g = expected.groups.get(JSON.stringify([...new Set(query.dimensions)].map((d) => row.keys[d])));
              expect(g, `row ${JSON.stringify(row.keys)}`).toBeDefined();
              for (const m of query.metrics) expect(close(row.values[m], metricValue(m, g!.sums)), `${m} of ${JSON.stringify(row.keys)}`).toBe(true);
            }
          } else {
            // Top N plus one "other" row; their additive metrics still add up to the totals.
            expect(period.rows).toHaveLength(query.limit + 1);
            expect(Object.values(period.rows[query.limit]!.keys).every((k) => k === 'other')).toBe(true);
          }
        }
      }),
      { numRuns: 120, seed: 20261126 },
    );
  });
});
