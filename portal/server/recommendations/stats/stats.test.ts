import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalTwoSidedP, tQuantile, tTwoSidedP, logGamma, regularizedBeta } from './distributions.ts';
import { meanAt, ols, slopeInterval } from './regression.ts';
import { twoProportionZTest } from './proportions.ts';
import { fitSeasonalBaseline, median, robustZ, scaledMad } from './robust.ts';

describe('distributions (against published tables)', () => {
  it('normal CDF and quantile', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(normalTwoSidedP(4)).toBeCloseTo(6.334e-5, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
  it('gamma, beta and Student t', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 10);
    expect(tTwoSidedP(2.228139, 10)).toBeCloseTo(0.05, 5);
    expect(tTwoSidedP(2.0, 10)).toBeCloseTo(0.07339, 4);
    expect(tTwoSidedP(0, 5)).toBeCloseTo(1, 10);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.95, 1)).toBeCloseTo(6.313752, 4);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 3);
  });
});

describe('OLS', () => {
  it('recovers slope, its standard error and p-value', () => {
    // y = 2 + 3x with residuals ±1 alternating: slope exactly 3.
    const x = [0, 1, 2, 3, 4, 5, 6, 7];
    const y = x.map((v, i) => 2 + 3 * v + (i % 2 ? 1 : -1));
    const fit = ols(x, y);
    // Σ(x−x̄)·e = 4 and Sxx = 42, so the slope is 3 + 4/42.
    expect(fit.slope).toBeCloseTo(3 + 4 / 42, 10);
    expect(fit.pValue).toBeLessThan(1e-5);
    expect(fit.r2).toBeGreaterThan(0.98);
    const [lo, hi] = slopeInterval(fit, 0.95);
    expect(lo).toBeLessThan(fit.slope);
    expect(hi).toBeGreaterThan(fit.slope);
    const m = meanAt(fit, 10);
    expect(m.low).toBeLessThan(m.mean);
    expect(m.high).toBeGreaterThan(m.mean);
  });
  it('finds no trend in a flat series', () => {
    const x = Array.from({ length: 30 }, (_, i) => i);
    const y = x.map((i) => 10 + Math.sin(i * 1.7));
    expect(ols(x, y).pValue).toBeGreaterThan(0.05);
  });
  it('matches a textbook example', () => {
    // x = 1..5, y = 2,4,5,4,5: slope 0.6, intercept 2.2, SSE 2.4, σ² = 0.8, SE = √0.08 = 0.28284, t = 2.1213 (df 3), p = 0.12402.
    const fit = ols([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(fit.slope).toBeCloseTo(0.6, 10);
    expect(fit.intercept).toBeCloseTo(2.2, 10);
    expect(fit.slopeSe).toBeCloseTo(0.28284, 4);
    expect(fit.t).toBeCloseTo(2.1213, 3);
    expect(fit.pValue).toBeCloseTo(0.12402, 3);
  });
  it('refuses degenerate input', () => {
    expect(() => ols([1, 1, 1], [1, 2, 3])).toThrow(RangeError);
    expect(() => ols([1, 2], [1, 2])).toThrow(RangeError);
  });
});

describe('two-proportion z-test', () => {
  it('matches a hand computation', () => {
    // 200/1000 vs 250/1000: pooled 0.225, SE 0.018675, z 2.6774, p 0.00742.
    const r = twoProportionZTest(200, 1000, 250, 1000, 0.95);
    expect(r.z).toBeCloseTo(2.6774, 3);
    expect(r.pValue).toBeCloseTo(0.00742, 4);
    expect(r.diffLow).toBeGreaterThan(0);
    expect(r.diffHigh).toBeLessThan(0.1);
  });
  it('is not significant for equal rates', () => {
    expect(twoProportionZTest(50, 1000, 50, 1000).pValue).toBeCloseTo(1, 8);
  });
});

describe('robust z against a weekday baseline', () => {
  it('median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(scaledMad([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 4);
  });
  it('weekly seasonality is not an anomaly, a drop is', () => {
    const weekly = [0.7, 1.1, 1.1, 1.0, 1.0, 1.2, 0.9];
    const values: number[] = [];
    const weekdays: number[] = [];
    for (let i = 0; i < 56; i++) {
      weekdays.push(i % 7);
      values.push(100 * weekly[i % 7]! * (1 + 0.03 * Math.sin(i * 2.3)));
    }
    const b = fitSeasonalBaseline(values, weekdays);
    // A Sunday at its usual low level is normal...
    expect(Math.abs(robustZ(b, 70, 56, 0).z)).toBeLessThan(2);
    // ...and a Friday at a third of its level is far out.
    expect(robustZ(b, 40, 61, 5).z).toBeLessThan(-5);
  });
});
