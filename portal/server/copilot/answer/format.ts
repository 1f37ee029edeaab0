import { METRIC_FORMAT, type DateRange, type Metric } from '@stratum/contract';

export const METRIC_LABEL: Record<Metric, string> = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversions',
  revenue: 'revenue',
  ctr: 'CTR',
  cpc: 'CPC',
  cpa: 'CPA',
  roas: 'ROAS',
  conversion_rate: 'conversion rate',
};

export function money(n: number, currency: string, digits = 0): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A metric value as people read it: money in the result's currency, rates as percent, ROAS as a ratio. */
export function metricValue(metric: Metric, value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  switch (METRIC_FORMAT[metric]) {
    case 'currency':
      return money(value, currency, Math.abs(value) < 100 ? 2 : 0);
    case 'percent':
      return `${(value * 100).toFixed(2)}%`;
    case 'ratio':
      return value.toFixed(2);
    default:
      return Math.round(value).toLocaleString('en');
  }
}

export function signedPct(p: number): string {
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`;
}

export function signedValue(metric: Metric, v: number, currency: string): string {
  return `${v >= 0 ? '+' : '−'}${metricValue(metric, Math.abs(v), currency)}`;
}

const DAY = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export function day(d: string): string {
  return DAY.format(new Date(`${d}T00:00:00Z`));
}

export function rangeText(r: DateRange): string {
  return r.from === r.to ? day(r.from) : `${day(r.from)} – ${day(r.to)}`;
}

export function channelName(c: string): string {
  return { meta: 'Meta', google: 'Google', tiktok: 'TikTok', linkedin: 'LinkedIn', email: 'Email' }[c] ?? c;
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
