import { METRIC_DIRECTION, METRIC_FORMAT, type Metric } from '../contract.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Creates the locale's number and date formats ahead of use: the first Intl format of a page loads the locale's
 * data (tens of milliseconds on a slow device), better spent while the data is still on its way.
 */
export function warmFormats(locale: string): void {
  numberFormat(locale, { maximumFractionDigits: 0 });
  formatDate('2000-01-01', locale, 'short');
}

export interface FormatOptions {
  locale: string;
  currency: string;
  /** Short forms (1.2K) for tight places such as axes. */
  compact?: boolean;
}

/** A metric value as the viewer reads it: money in the result's currency, ratios as percent. */
export function formatMetric(metric: Metric, value: number | null | undefined, { locale, currency, compact }: FormatOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const notation = compact ? 'compact' : 'standard';
  switch (METRIC_FORMAT[metric]) {
    case 'currency':
      return numberFormat(locale, {
        style: 'currency',
        currency,
        notation,
        maximumFractionDigits: compact ? 1 : Math.abs(value) >= 100 ? 0 : 2,
      }).format(value);
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'ratio':
      return `${numberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value)}×`;
    case 'number':
      return numberFormat(locale, { notation, maximumFractionDigits: compact ? 1 : 0 }).format(value);
  }
}

export function formatPercentChange(change: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

export function formatInteger(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** A YYYY-MM-DD date in the viewer's locale (read as a calendar date, not shifted by time zones). */
export function formatDate(value: string, locale: string, style: 'short' | 'medium' = 'medium'): string {
  const key = `${locale}|${style}`;
  let format = dateCache.get(key);
  if (!format) {
    format =
      style === 'short'
        ? new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateCache.set(key, format);
  }
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : format.format(date);
}

export function formatDateRange(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

export type DeltaTone = 'positive' | 'negative' | 'neutral';

export interface Delta {
  /** Relative change, e.g. 0.12 for +12 %; null when the previous value is 0 or missing. */
  change: number | null;
  direction: 'up' | 'down' | 'flat';
  /** Good or bad news, given whether the metric should rise (lower CPA is good). */
  tone: DeltaTone;
}

export function computeDelta(metric: Metric, current: number | null | undefined, previous: number | null | undefined): Delta {
  if (current == null || previous == null || previous === 0) return { change: null, direction: 'flat', tone: 'neutral' };
  const change = (current - previous) / Math.abs(previous);
  if (Math.abs(change) < 0.0005) return { change: 0, direction: 'flat', tone: 'neutral' };
  const direction = change > 0 ? 'up' : 'down';
  return { change, direction, tone: direction === METRIC_DIRECTION[metric] ? 'positive' : 'negative' };
}
