import type { Dimension, Metric, QueryResult, QueryRow } from '../../contract.js';

export interface Category {
  key: string;
  label: string;
}

export interface Series {
  /** The metric, or the stack member (e.g. a channel) for stacked charts. */
  key: string;
  label: string;
  metric: Metric;
  values: (number | null)[];
}

export interface ChartData {
  dimension: Dimension;
  categories: Category[];
  series: Series[];
}

export type KeyLabeler = (dimension: Dimension, key: string, row?: QueryRow) => string;

/**
 * Turns query rows into categories × series: one series per metric, or — when `stackBy` is given — one series
 * per value of that dimension for the first metric (stacked bars).
 */
export function toChartData(
  result: QueryResult,
  { metrics, dimension, stackBy }: { metrics: Metric[]; dimension: Dimension; stackBy?: Dimension },
  labelFor: KeyLabeler,
  metricName: (metric: Metric) => string,
): ChartData {
  const categories: Category[] = [];
  const index = new Map<string, number>();
  for (const row of result.rows) {
    const key = row.keys[dimension] ?? '';
    if (!index.has(key)) {
      index.set(key, categories.length);
      categories.push({ key, label: labelFor(dimension, key, row) });
    }
  }
  if (dimension === 'date') {
    const order = [...categories].sort((a, b) => a.key.localeCompare(b.key));
    categories.splice(0, categories.length, ...order);
    order.forEach((category, position) => index.set(category.key, position));
  }
  if (stackBy) {
    const metric = metrics[0]!;
    const stacks = new Map<string, Series>();
    for (const row of result.rows) {
      const stackKey = row.keys[stackBy] ?? '';
      let series = stacks.get(stackKey);
      if (!series) {
        series = { key: stackKey, label: labelFor(stackBy, stackKey, row), metric, values: categories.map(() => null) };
        stacks.set(stackKey, series);
      }
      series.values[index.get(row.keys[dimension] ?? '')!] = row.values[metric] ?? null;
    }
    return { dimension, categories, series: [...stacks.values()] };
  }
  const series = metrics.map((metric) => {
    const values: (number | null)[] = categories.map(() => null);
    for (const row of result.rows) values[index.get(row.keys[dimension] ?? '')!] = row.values[metric] ?? null;
    return { key: metric, label: metricName(metric), metric, values };
  });
  return { dimension, categories, series };
}

export interface SeriesFacts {
  first: { label: string; value: number } | null;
  last: { label: string; value: number } | null;
  max: { label: string; value: number } | null;
  min: { label: string; value: number } | null;
  total: number;
}

/** The figures a text summary of one series is built from. */
export function seriesFacts(data: ChartData, series: Series): SeriesFacts {
  const points = series.values
    .map((value, position) => ({ label: data.categories[position]!.label, value }))
    .filter((point): point is { label: string; value: number } => typeof point.value === 'number');
  if (!points.length) return { first: null, last: null, max: null, min: null, total: 0 };
  let max = points[0]!;
  let min = points[0]!;
  for (const point of points) {
    if (point.value > max.value) max = point;
    if (point.value < min.value) min = point;
  }
  return { first: points[0]!, last: points[points.length - 1]!, max, min, total: points.reduce((sum, point) => sum + point.value, 0) };
}
