/** Day arithmetic in UTC: every metric row's date is a UTC midnight. */
export const DAY_MS = 86_400_000;

export function utcDay(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Expected a date as YYYY-MM-DD, got "${isoDate}"`);
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) throw new Error(`Not a calendar date: "${isoDate}"`);
  return date;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Day of the year, 0-based. */
export function dayOfYear(date: Date): number {
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS);
}

/** The calendar of the seeded period: `days` consecutive UTC days ending on (and including) `today`. */
export class SeedCalendar {
  readonly first: Date;
  private readonly dates: Date[];

  constructor(
    readonly today: Date,
    readonly days: number,
  ) {
    this.first = addDays(today, -(days - 1));
    this.dates = Array.from({ length: days }, (_, i) => addDays(this.first, i));
  }

  /** The date of day index i (0 = first day, days - 1 = today). */
  date(index: number): Date {
    const date = this.dates[index];
    if (!date) throw new Error(`Day index ${index} is outside the seeded period`);
    return date;
  }

  /** Index of the day `daysAgo` before today. */
  ago(daysAgo: number): number {
    return this.days - 1 - daysAgo;
  }

  iso(index: number): string {
    return isoDay(this.date(index));
  }
}
