/**
 * The dashboard query mix of the benchmark: what one dashboard load asks the embed API for (KPIs with
 * compare, a daily trend, a channel breakdown, a top-campaigns table, a weekly ROAS line), over the demo
 * data's last 30/90 days. Used by the autocannon runner and the in-process timing script.
 */
import type { MetricQuery } from '../../widgets/src/contract.ts';

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function dashboardMix(today: string): MetricQuery[] {
  const last30 = { from: addDays(today, -29), to: today };
  const last90 = { from: addDays(today, -89), to: today };
  return [
    { metrics: ['spend', 'revenue', 'roas', 'conversions'], range: last30, compare: true },
    { metrics: ['spend', 'revenue'], dimensions: ['date'], grain: 'day', range: last30 },
    { metrics: ['spend', 'clicks', 'ctr', 'cpa'], dimensions: ['channel'], range: last30, compare: true },
    { metrics: ['spend', 'revenue', 'roas'], dimensions: ['campaign'], range: last30, sort: { metric: 'spend' }, limit: 10 },
    { metrics: ['roas', 'cpc'], dimensions: ['date'], grain: 'week', range: last90 },
  ];
}
