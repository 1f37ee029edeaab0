import type { MetricQuery } from '@stratum/contract';
import { addDays, dayRange } from './dates.ts';
import type { CampaignDay, DailyFacts, EngineInput } from './types.ts';

const ZERO: Omit<DailyFacts, 'date'> = { spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };

/** Dense daily series per key over [from, to], missing days as zeros. */
export function denseSeries<T extends DailyFacts>(rows: readonly T[], keyOf: (r: T) => string, from: string, to: string): Map<string, DailyFacts[]> {
  const days = dayRange(from, to);
  const index = new Map(days.map((d, i) => [d, i]));
  const out = new Map<string, DailyFacts[]>();
  for (const r of rows) {
    const i = index.get(r.date);
    if (i === undefined) continue;
    const key = keyOf(r);
    let s = out.get(key);
    if (!s) {
      s = days.map((date) => ({ date, ...ZERO }));
      out.set(key, s);
    }
    accumulate(s[i]!, r);
  }
  return out;
}

export function campaignSeries(input: EngineInput, days: number): Map<string, DailyFacts[]> {
  return denseSeries<CampaignDay>(input.campaignDays, (r) => r.campaignId, addDays(input.asOf, -(days - 1)), input.asOf);
}

export function totals(series: readonly DailyFacts[]): Omit<DailyFacts, 'date'> {
  const t = { ...ZERO };
  for (const d of series) accumulate(t, d);
  return t;
}

function accumulate(into: Omit<DailyFacts, 'date'>, r: Omit<DailyFacts, 'date'>): void {
  into.spend += r.spend;
  into.impressions += r.impressions;
  into.clicks += r.clicks;
  into.conversions += r.conversions;
  into.revenue += r.revenue;
}

/** The embed query that reproduces a figure, for the evidence. */
export function evidenceQuery(metrics: MetricQuery['metrics'], from: string, to: string, filters: MetricQuery['filters'], dimensions: MetricQuery['dimensions'] = ['date']): MetricQuery {
  return { metrics, dimensions, grain: 'day', range: { from, to }, filters };
}

export function latestHealth(input: EngineInput): Map<string, number> {
  const latest = new Map<string, { date: string; score: number }>();
  for (const s of input.signal) {
    const cur = latest.get(s.channel);
    if (!cur || s.date > cur.date) latest.set(s.channel, { date: s.date, score: s.healthScore });
  }
  return new Map([...latest].map(([k, v]) => [k, v.score]));
}
