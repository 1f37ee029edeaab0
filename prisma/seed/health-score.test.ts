import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeHealthScore, freshnessFactor } from './health-score.ts';

describe('computeHealthScore', () => {
  it('is 100 for perfect tracking and 0 for none', () => {
    expect(computeHealthScore({ emqScore: 10, eventCoverage: 1, freshnessMinutes: 5 })).toBe(100);
    expect(computeHealthScore({ emqScore: 0, eventCoverage: 0, freshnessMinutes: 24 * 60 })).toBe(0);
  });

  it('follows the documented weights', () => {
    // 100 × (0.45 × 0.8 + 0.35 × 0.9 + 0.2 × 1) = 87.5 → 88
    expect(computeHealthScore({ emqScore: 8, eventCoverage: 0.9, freshnessMinutes: 30 })).toBe(88);
    // freshness of 12 h: 1 − ln(12)/ln(24) ≈ 0.218
    expect(freshnessFactor(12 * 60)).toBeCloseTo(1 - Math.log(12) / Math.log(24), 6);
  });

  it('is an integer within 0–100 for any input, including out-of-range and non-finite values', () => {
    const anyNumber = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constantFrom(Infinity, -Infinity, NaN));
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (emqScore, eventCoverage, freshnessMinutes) => {
        const score = computeHealthScore({ emqScore, eventCoverage, freshnessMinutes });
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('never gets better when an input gets worse', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3000 }), (emq, coverage, minutes) => {
        const base = computeHealthScore({ emqScore: emq, eventCoverage: coverage, freshnessMinutes: minutes });
        return (
          computeHealthScore({ emqScore: emq * 0.8, eventCoverage: coverage, freshnessMinutes: minutes }) <= base &&
          computeHealthScore({ emqScore: emq, eventCoverage: coverage * 0.8, freshnessMinutes: minutes }) <= base &&
          computeHealthScore({ emqScore: emq, eventCoverage: coverage, freshnessMinutes: minutes * 2 + 1 }) <= base
        );
      }),
    );
  });
});
