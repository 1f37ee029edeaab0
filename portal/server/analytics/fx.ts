// No 'server-only' marker: the background worker (outside Next) recomputes recommendations with this.
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addDays, isoDay } from './dates';

/** Rates to USD by currency, each list sorted by day. */
type RateSeries = { day: string; rate: number }[];

/**
 * Converts money between currencies with the daily FxRate table (rate of one unit in USD on that day).
 * A day without a rate uses the closest earlier rate, else the closest later one.
 */
export class FxTable {
  private readonly lookupCache = new Map<string, number>();

  constructor(private readonly series: Map<string, RateSeries>) {}

  /** Rate of one unit of `currency` in USD on `day`. */
  rateToUsd(currency: string, day: string): number {
    if (currency === 'USD') return 1;
    const key = `${currency}|${day}`;
    const cached = this.lookupCache.get(key);
    if (cached !== undefined) return cached;
    const list = this.series.get(currency);
    if (!list || list.length === 0) throw new AppError('UNPROCESSABLE', `No exchange rate is known for ${currency}.`);
    // Binary search for the last entry on or before `day`.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.day <= day) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const rate = (found >= 0 ? list[found]! : list[0]!).rate;
    this.lookupCache.set(key, rate);
    return rate;
  }

  /** Factor that turns an amount in `from` on `day` into `to`. */
  factor(from: string, to: string, day: string): number {
    if (from === to) return 1;
    return this.rateToUsd(from, day) / this.rateToUsd(to, day);
  }
}

/** Loads the rates needed to convert `currencies` into `target` over [from, to]. */
export async function loadFxTable(db: Db, currencies: Iterable<string>, target: string, from: string, to: string): Promise<FxTable> {
  const wanted = [...new Set([...currencies, target])].filter((c) => c !== 'USD');
  const series = new Map<string, RateSeries>();
  if (wanted.length === 0) return new FxTable(series);
  const windowFrom = addDays(from, -14);
  const rows = await db.fxRate.findMany({
    where: { currency: { in: wanted }, date: { gte: new Date(`${windowFrom}T00:00:00.000Z`), lte: new Date(`${to}T00:00:00.000Z`) } },
    select: { currency: true, date: true, rateToUsd: true },
    orderBy: { date: 'asc' },
  });
  for (const row of rows) {
    const list = series.get(row.currency) ?? [];
    list.push({ day: isoDay(row.date), rate: row.rateToUsd });
    series.set(row.currency, list);
  }
  for (const currency of wanted) {
    const list = series.get(currency) ?? [];
    if (list.length > 0 && list[0]!.day <= from) continue;
    // No rate at the start of the window: take the nearest earlier one, else the nearest later one.
    const nearest =
      (await db.fxRate.findFirst({ where: { currency, date: { lte: new Date(`${from}T00:00:00.000Z`) } }, orderBy: { date: 'desc' } })) ??
      (list.length === 0 ? await db.fxRate.findFirst({ where: { currency, date: { gte: new Date(`${from}T00:00:00.000Z`) } }, orderBy: { date: 'asc' } }) : null);
    if (nearest) list.unshift({ day: isoDay(nearest.date), rate: nearest.rateToUsd });
    if (list.length > 0) series.set(currency, list);
  }
  return new FxTable(series);
}
