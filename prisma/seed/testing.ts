import { buildSeedData, type SeedData } from './build.ts';
import { readSeedConfig, type SeedEnv } from './config.ts';
import { createContext, type SeedContext } from './context.ts';
import { generateCampaignMetrics, type MetricRow } from './metrics.ts';

/** The demo dataset generated in memory (no database), for the generator's unit tests. */
export interface GeneratedSeed {
  ctx: SeedContext;
  data: SeedData;
  metrics: MetricRow[];
}

export function generateInMemory(env: SeedEnv = {}): GeneratedSeed {
  const ctx = createContext(readSeedConfig({ SEED_PROGRESS: '0', ...env }), (plain) => `sealed:${plain}`);
  const data = buildSeedData(ctx);
  const metrics = data.plans.flatMap((plan, ordinal) => generateCampaignMetrics(ctx, plan, data.drops, ordinal));
  return { ctx, data, metrics };
}

export interface Totals {
  spend: number;
  revenue: number;
  clicks: number;
  conversions: number;
  days: number;
}

export function totals(rows: MetricRow[]): Totals {
  const out = { spend: 0, revenue: 0, clicks: 0, conversions: 0, days: new Set<number>() };
  for (const row of rows) {
    out.spend += row.spend;
    out.revenue += row.revenue;
    out.clicks += row.clicks;
    out.conversions += row.conversions;
    out.days.add(row.date.getTime());
  }
  return { spend: out.spend, revenue: out.revenue, clicks: out.clicks, conversions: out.conversions, days: out.days.size };
}

export const roas = (t: Totals) => (t.spend > 0 ? t.revenue / t.spend : 0);

/** Two-proportion z statistic of conversion rates (b − a). */
export function zConversionRate(a: Totals, b: Totals): number {
  const pa = a.conversions / a.clicks;
  const pb = b.conversions / b.clicks;
  const pooled = (a.conversions + b.conversions) / (a.clicks + b.clicks);
  return (pb - pa) / Math.sqrt(pooled * (1 - pooled) * (1 / a.clicks + 1 / b.clicks));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
