import type { DateRange, DateRangePreset } from '../contract.js';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string as a UTC midnight Date. */
export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  return isoDate(new Date(parseIsoDate(value).getTime() + days * DAY_MS));
}

/** Today in the viewer's calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** The inclusive range a preset stands for, ending on `today`. */
export function presetRange(preset: DateRangePreset, today: string): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'last_30_days':
      return { from: addDays(today, -29), to: today };
    case 'last_90_days':
      return { from: addDays(today, -89), to: today };
    case 'this_month':
      return { from: isoDate(new Date(Date.UTC(year, month - 1, 1))), to: today };
    case 'last_month':
      return { from: isoDate(new Date(Date.UTC(year, month - 2, 1))), to: isoDate(new Date(Date.UTC(year, month - 1, 0))) };
    case 'year_to_date':
      return { from: `${year}-01-01`, to: today };
  }
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseIsoDate(value).getTime());
}
