import { type BASE_METRICS, type Metric } from '@stratum/contract';

export type BaseMetric = (typeof BASE_METRICS)[number];
/** Summed base facts of a group of rows (money already in the answer's currency). */
export type BaseSums = Record<BaseMetric, number>;

export function emptySums(): BaseSums {
  return { spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };
}

export function addSums(into: BaseSums, from: BaseSums): BaseSums {
  into.spend += from.spend;
  into.impressions += from.impressions;
  into.clicks += from.clicks;
  into.conversions += from.conversions;
  into.revenue += from.revenue;
  return into;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** A metric's value from summed base facts: derived metrics are ratios of sums, never averages of ratios. */
export function metricValue(metric: Metric, sums: BaseSums): number | null {
  switch (metric) {
    case 'spend':
    case 'impressions':
    case 'clicks':
    case 'conversions':
    case 'revenue':
      return sums[metric];
    case 'ctr':
      return ratio(sums.clicks, sums.impressions);
    case 'cpc':
      return ratio(sums.spend, sums.clicks);
    case 'cpa':
      return ratio(sums.spend, sums.conversions);
    case 'roas':
      return ratio(sums.revenue, sums.spend);
    case 'conversion_rate':
      return ratio(sums.conversions, sums.clicks);
  }
}

export function metricValues(metrics: readonly Metric[], sums: BaseSums): Partial<Record<Metric, number | null>> {
  const values: Partial<Record<Metric, number | null>> = {};
  for (const metric of metrics) values[metric] = metricValue(metric, sums);
  return values;
}
