import { describe, expect, it } from 'vitest';
import { presetRange } from './dates.ts';

describe('presetRange', () => {
  it('counts the last N days inclusive of today', () => {
    expect(presetRange('last_30_days', '2026-11-25')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(presetRange('last_7_days', '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
  });

  it('knows calendar months and the year', () => {
    expect(presetRange('this_month', '2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-25' });
    expect(presetRange('last_month', '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last_month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('year_to_date', '2026-11-25')).toEqual({ from: '2026-01-01', to: '2026-11-25' });
  });
});
