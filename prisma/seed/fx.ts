import type { Prisma } from '../generated/sqlite/client.ts';
import type { SeedContext } from './context.ts';

/** Real-ish levels of one unit in USD; AED is pegged, so it does not walk. */
export const BASE_USD_RATES: Record<string, number> = { USD: 1, EUR: 1.08, GBP: 1.27, AED: 0.2723 };
const PEGGED = new Set(['USD', 'AED']);

export function baseUsdRate(currency: string): number {
  const rate = BASE_USD_RATES[currency];
  if (rate === undefined) throw new Error(`No FX level for currency ${currency}`);
  return rate;
}

/** A daily rate to USD for every currency, over the whole seeded period: a mean-reverting random walk in log space. */
export function buildFxRates(ctx: SeedContext, currencies: string[]): Prisma.FxRateCreateManyInput[] {
  const rows: Prisma.FxRateCreateManyInput[] = [];
  for (const currency of [...new Set(currencies)].sort()) {
    const random = ctx.random.fork(`fx/${currency}`);
    const base = baseUsdRate(currency);
    let drift = 0;
    for (let day = 0; day < ctx.calendar.days; day++) {
      if (!PEGGED.has(currency)) drift = drift * 0.97 + random.normal(0, 0.004);
      rows.push({ id: random.id(), currency, date: ctx.calendar.date(day), rateToUsd: Number((base * Math.exp(drift)).toFixed(6)) });
    }
  }
  return rows;
}
