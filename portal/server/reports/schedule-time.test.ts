import { describe, expect, it } from 'vitest';
import { cronProblem, isTimeZone, localDay, nextRunAfter, rangeForRun } from './schedule-time.ts';

describe('schedule times', () => {
  it('reads the cron in the schedule time zone, daylight saving included', () => {
    // Mondays 08:00 in Berlin: 07:00 UTC in winter, 06:00 UTC in summer.
    expect(nextRunAfter('0 8 * * 1', 'Europe/Berlin', new Date('2026-11-26T06:00:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(nextRunAfter('0 8 * * 1', 'Europe/Berlin', new Date('2026-06-02T00:00:00Z')).toISOString()).toBe('2026-06-08T06:00:00.000Z');
    expect(nextRunAfter('30 9 1 * *', 'America/New_York', new Date('2026-01-15T00:00:00Z')).toISOString()).toBe('2026-02-01T14:30:00.000Z');
  });

  it('explains a bad cron or zone', () => {
    expect(cronProblem('0 8 * * 1')).toBeNull();
    expect(cronProblem('0 8 * *')).toMatch(/five fields/);
    expect(cronProblem('61 8 * * *')).toMatch(/Not a valid schedule/);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
  });

  it('computes ranges relative to the run in local time', () => {
    // 23:30 UTC on the 31st is already the 1st in Berlin.
    const run = new Date('2026-03-31T23:30:00Z');
    expect(localDay(run, 'Europe/Berlin')).toBe('2026-04-01');
    expect(rangeForRun('last_7_days', run, 'Europe/Berlin')).toEqual({ from: '2026-03-25', to: '2026-03-31' });
    expect(rangeForRun('last_month', run, 'Europe/Berlin')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(rangeForRun('last_month', run, 'UTC')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(rangeForRun('this_month', new Date('2026-03-15T12:00:00Z'), 'UTC')).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(rangeForRun('year_to_date', new Date('2026-01-01T12:00:00Z'), 'UTC')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(rangeForRun('last_30_days', new Date('2026-03-15T12:00:00Z'), 'UTC')).toEqual({ from: '2026-02-13', to: '2026-03-14' });
  });
});
