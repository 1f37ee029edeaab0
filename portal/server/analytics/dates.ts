import type { DateGrain, DateRange } from '@stratum/contract';

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD string as the Date of its UTC midnight. */
export function dayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return isoDay(new Date(dayStart(isoDate).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS);
}

/** The period of equal length that ends the day before `range` starts. */
export function previousRange(range: DateRange): DateRange {
  const length = daysBetween(range.from, range.to);
  const to = addDays(range.from, -1);
  return { from: addDays(to, -length), to };
}

/** The bucket a day falls in: the day itself, the Monday of its ISO week, or the first of its month. */
export function bucketOf(isoDate: string, grain: DateGrain): string {
  if (grain === 'day') return isoDate;
  if (grain === 'month') return `${isoDate.slice(0, 7)}-01`;
  const weekday = (dayStart(isoDate).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(isoDate, -weekday);
}
