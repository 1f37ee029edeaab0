import { addDays, dayStart } from '@/server/analytics/dates';

/** Date helpers over ISO days (YYYY-MM-DD, UTC); the shared ones come from the analytics engine. */
export { addDays, daysBetween, isoDay } from '@/server/analytics/dates';

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return dayStart(day).getUTCDay();
}

/** ISO week key, e.g. 2026-W48: the period of weekly recommendations. */
export function isoWeek(day: string): string {
  const d = dayStart(day);
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Every day from `from` to `to`, inclusive. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

