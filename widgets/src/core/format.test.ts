import { describe, expect, it } from 'vitest';
import { computeDelta, formatMetric } from './format.ts';

describe('computeDelta', () => {
  it('calls a rise of spend good news and a rise of CPA bad news', () => {
    expect(computeDelta('spend', 110, 100)).toMatchObject({ direction: 'up', tone: 'positive' });
    expect(computeDelta('cpa', 110, 100)).toMatchObject({ direction: 'up', tone: 'negative' });
    expect(computeDelta('cpa', 90, 100)).toMatchObject({ direction: 'down', tone: 'positive' });
  });

  it('has no change when the previous value is zero or missing', () => {
    expect(computeDelta('spend', 10, 0).change).toBeNull();
    expect(computeDelta('spend', 10, null).change).toBeNull();
  });

  it('measures the relative change', () => {
    expect(computeDelta('revenue', 150, 100).change).toBeCloseTo(0.5);
  });
});

describe('formatMetric', () => {
  it('formats money in the given currency and locale', () => {
    expect(formatMetric('spend', 38066.4, { locale: 'en-US', currency: 'USD' })).toBe('$38,066');
    expect(formatMetric('spend', 38066.4, { locale: 'de-DE', currency: 'EUR' })).toBe('38.066\u00a0€');
    expect(formatMetric('cpa', 31.724, { locale: 'en-GB', currency: 'GBP' })).toBe('£31.72');
  });

  it('formats ratios as percent and ROAS as a multiple', () => {
    expect(formatMetric('ctr', 0.0251, { locale: 'en-US', currency: 'USD' })).toBe('2.51%');
    expect(formatMetric('roas', 3.9, { locale: 'en-US', currency: 'USD' })).toBe('3.90×');
  });

  it('shows a dash for undefined values (CPA without conversions)', () => {
    expect(formatMetric('cpa', null, { locale: 'en-US', currency: 'USD' })).toBe('—');
  });
});
