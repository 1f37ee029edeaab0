import { describe, expect, it } from 'vitest';
import { defaultFilterState, mergeFilterState } from './filter-state.ts';

const today = '2026-11-25';
const base = defaultFilterState('last_30_days', today);

describe('mergeFilterState', () => {
  it('applies a preset with its range', () => {
    expect(mergeFilterState(base, { preset: 'last_7_days' }, today)).toMatchObject({ preset: 'last_7_days', range: { from: '2026-11-19', to: today } });
  });

  it('turns an explicit range into a custom one, and refuses a reversed or malformed one', () => {
    expect(mergeFilterState(base, { range: { from: '2026-01-01', to: '2026-01-31' } }, today)).toMatchObject({ preset: 'custom', range: { from: '2026-01-01', to: '2026-01-31' } });
    expect(mergeFilterState(base, { range: { from: '2026-02-01', to: '2026-01-31' } }, today)).toEqual(base);
    expect(mergeFilterState(base, { range: { from: 'yesterday', to: '2026-01-31' } }, today)).toEqual(base);
  });

  it('keeps only known channels', () => {
    expect(mergeFilterState(base, { channels: ['meta', 'myspace' as never] }, today).channels).toEqual(['meta']);
  });
});
