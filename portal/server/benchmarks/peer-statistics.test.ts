import { describe, expect, it } from 'vitest';
import { comparePeers, harrellDavisQuantile, type TenantTotals } from './peer-statistics.ts';

const tenant = (id: string, ctrPct: number, cpa: number, roas: number): TenantTotals => {
  const impressions = 100_000;
  const clicks = (impressions * ctrPct) / 100;
  const conversions = 100;
  const spend = cpa * conversions;
  return { tenantId: id, impressions, clicks, conversions, spend, revenue: spend * roas };
};

const cohort = [tenant('a', 1, 22, 2.1), tenant('b', 1.6, 30, 3.4), tenant('c', 2.7, 41, 3.9), tenant('d', 4.1, 55, 5.6), tenant('e', 7, 90, 8)];

describe('benchmarks against industry peers', () => {
  it('refuses cohorts of fewer than 5 opted-in tenants', () => {
    expect(comparePeers(cohort[0], cohort.slice(0, 4), ['ctr', 'cpa', 'roas'])).toEqual({ status: 'refused', reason: 'COHORT_TOO_SMALL' });
    expect(comparePeers(cohort[0], [], ['ctr'])).toEqual({ status: 'refused', reason: 'COHORT_TOO_SMALL' });
    // A tenant without delivery in the window does not count towards the five.
    const idle: TenantTotals = { tenantId: 'z', impressions: 0, clicks: 0, conversions: 0, spend: 0, revenue: 0 };
    expect(comparePeers(cohort[0], [...cohort.slice(0, 4), idle], ['ctr']).status).toBe('refused');
  });

  it('answers a cohort of 5 with quartiles that never equal any single tenant figure', () => {
    const result = comparePeers(cohort[1], cohort, ['ctr', 'cpa', 'roas']);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.cohortSize).toBe(5);
    const singles = new Set(cohort.flatMap((t) => [t.clicks / t.impressions, t.spend / t.conversions, t.revenue / t.spend].map((v) => v.toFixed(9))));
    for (const figure of result.figures) {
      for (const q of [figure.p25, figure.median, figure.p75]) expect(singles.has(q.toFixed(9))).toBe(false);
      expect(figure.p25).toBeLessThan(figure.median);
      expect(figure.median).toBeLessThan(figure.p75);
    }
    const ctr = result.figures.find((f) => f.metric === 'ctr')!;
    expect(ctr).toMatchObject({ tenant: 0.016, better: false });
    const cpa = result.figures.find((f) => f.metric === 'cpa')!;
    expect(cpa).toMatchObject({ tenant: 30, better: true });
  });

  it('moves every quartile when any one tenant changes: no figure rests on a single tenant', () => {
    const base = comparePeers(undefined, cohort, ['ctr']);
    for (let i = 0; i < cohort.length; i += 1) {
      const changed = cohort.map((t, j) => (j === i ? { ...t, clicks: t.clicks * 1.01 } : t));
      const after = comparePeers(undefined, changed, ['ctr']);
      if (base.status !== 'ok' || after.status !== 'ok') throw new Error('expected answers');
      for (const q of ['p25', 'median', 'p75'] as const) expect(after.figures[0]![q]).not.toBe(base.figures[0]![q]);
    }
  });

  it('leaves out a metric that fewer than 5 tenants can be measured on', () => {
    const noConversions = cohort.map((t, i) => (i < 2 ? { ...t, conversions: 0 } : t));
    const result = comparePeers(noConversions[4], noConversions, ['ctr', 'cpa']);
    expect(result.status === 'ok' && result.figures.map((f) => f.metric)).toEqual(['ctr']);
  });

  it('computes the Harrell–Davis estimate as the Beta-weighted mean of the order statistics', () => {
    // n = 2, p = 0.5: a = b = 1.5, I_{1/2}(1.5, 1.5) = 0.5 → the mean of the two values.
    expect(harrellDavisQuantile([10, 20], 0.5)).toBeCloseTo(15, 10);
    // A constant sample stays constant.
    expect(harrellDavisQuantile([7, 7, 7, 7, 7], 0.25)).toBeCloseTo(7, 10);
    // Lies strictly between the extremes and moves with p.
    const q1 = harrellDavisQuantile([1, 2, 3, 4, 100], 0.25);
    const q3 = harrellDavisQuantile([1, 2, 3, 4, 100], 0.75);
    expect(q1).toBeGreaterThan(1);
    expect(q1).toBeLessThan(q3);
  });
});
