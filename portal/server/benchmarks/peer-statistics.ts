import { BENCHMARK_MIN_COHORT, type BenchmarkFigure, type BenchmarkMetric } from '../../../widgets/src/contract.ts';
import { regularizedBeta } from '../recommendations/stats/distributions.ts';

/** One tenant's totals over the benchmark window, money already in one currency. */
export interface TenantTotals {
  tenantId: string;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

export function metricOf(metric: BenchmarkMetric, t: TenantTotals): number | null {
  switch (metric) {
    case 'ctr':
      return t.impressions > 0 ? t.clicks / t.impressions : null;
    case 'cpa':
      return t.conversions > 0 ? t.spend / t.conversions : null;
    case 'roas':
      return t.spend > 0 ? t.revenue / t.spend : null;
  }
}

/**
 * The Harrell–Davis quantile estimate: a weighted mean of ALL order statistics with Beta(p(n+1), (1-p)(n+1)) weights.
 * Every weight is positive, so the published quartiles blend every peer and (barring ties) never equal any single
 * tenant's figure — unlike the usual interpolated quantile, which for 5 peers returns the 2nd, 3rd and 4th values exactly.
 */
export function harrellDavisQuantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) throw new RangeError('no values');
  if (n === 1) return sorted[0]!;
  const a = p * (n + 1);
  const b = (1 - p) * (n + 1);
  let estimate = 0;
  let previous = 0;
  for (let i = 1; i <= n; i += 1) {
    const cumulative = regularizedBeta(i / n, a, b);
    estimate += (cumulative - previous) * sorted[i - 1]!;
    previous = cumulative;
  }
  return estimate;
}

export type PeerComparison =
  | { status: 'ok'; cohortSize: number; figures: BenchmarkFigure[] }
  | { status: 'refused'; reason: 'COHORT_TOO_SMALL' };

const LOWER_IS_BETTER: Record<BenchmarkMetric, boolean> = { ctr: false, cpa: true, roas: false };

/**
 * Compares one tenant with its cohort (every opted-in tenant of the industry with delivery in the window, itself
 * included). Refuses outright when the cohort has fewer than `minimum` tenants; a metric that fewer than `minimum`
 * tenants can be measured on (e.g. CPA without conversions) is left out. Only blended quartiles leave this function.
 */
export function comparePeers(own: TenantTotals | undefined, cohort: readonly TenantTotals[], metrics: readonly BenchmarkMetric[], minimum = BENCHMARK_MIN_COHORT): PeerComparison {
  const active = cohort.filter((t) => t.impressions > 0);
  if (active.length < minimum) return { status: 'refused', reason: 'COHORT_TOO_SMALL' };
  const figures: BenchmarkFigure[] = [];
  for (const metric of metrics) {
    const values = active.map((t) => metricOf(metric, t)).filter((v): v is number => v !== null && Number.isFinite(v));
    if (values.length < minimum) continue;
    const median = harrellDavisQuantile(values, 0.5);
    const tenant = own ? metricOf(metric, own) : null;
    figures.push({
      metric,
      tenant,
      p25: harrellDavisQuantile(values, 0.25),
      median,
      p75: harrellDavisQuantile(values, 0.75),
      better: tenant === null ? null : LOWER_IS_BETTER[metric] ? tenant < median : tenant > median,
    });
  }
  return { status: 'ok', cohortSize: active.length, figures };
}
