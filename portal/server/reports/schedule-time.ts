import { CronExpressionParser } from 'cron-parser';
import { DATE_RANGE_PRESETS, type DateRange, type DateRangePreset } from '../../../widgets/src/contract.ts';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A five-field cron expression (minute hour day-of-month month day-of-week), or an explanation why not. */
export function cronProblem(expression: string): string | null {
  if (expression.trim().split(/\s+/).length !== 5) return 'Use five fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1".';
  try {
    CronExpressionParser.parse(expression, { tz: 'UTC' }).next();
    return null;
  } catch (error) {
    return `Not a valid schedule: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The first firing strictly after `after`, with the cron read in `timeZone` (so "0 8 * * 1" is 08:00 local, DST included). */
export function nextRunAfter(cron: string, timeZone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timeZone }).next().toDate();
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The report's date range, relative to the run, in the schedule's time zone: "last N days" are the N full days
 * before the run's local day; "this month" and "year to date" run up to yesterday; "last month" is the previous
 * calendar month. A run on the 1st asking for "this month" gets the 1st alone (there is no earlier day in it).
 */
export function rangeForRun(preset: DateRangePreset, runAt: Date, timeZone: string): DateRange {
  const today = localDay(runAt, timeZone);
  const yesterday = shift(today, -1);
  switch (preset) {
    case 'last_7_days':
      return { from: shift(today, -7), to: yesterday };
    case 'last_30_days':
      return { from: shift(today, -30), to: yesterday };
    case 'last_90_days':
      return { from: shift(today, -90), to: yesterday };
    case 'this_month': {
      const first = `${today.slice(0, 7)}-01`;
      return { from: first, to: first === today ? today : yesterday };
    }
    case 'last_month': {
      const lastOfPrevious = shift(`${today.slice(0, 7)}-01`, -1);
      return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious };
    }
    case 'year_to_date': {
      const first = `${today.slice(0, 4)}-01-01`;
      return { from: first, to: first === today ? today : yesterday };
    }
  }
}

export const RANGE_PRESETS = DATE_RANGE_PRESETS;
