import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, maxAttempts, nominalDelayMs, retryDelayMs } from './retry-policy.ts';

describe('webhook retry policy', () => {
  it('doubles from 30 s and caps at 4 h', () => {
    expect([1, 2, 3, 4].map((n) => nominalDelayMs(n, DEFAULT_RETRY_POLICY))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(nominalDelayMs(12, DEFAULT_RETRY_POLICY)).toBe(4 * 3_600_000);
  });

  it('keeps retrying for 24 hours, then gives up', () => {
    const attempts = maxAttempts(DEFAULT_RETRY_POLICY);
    let covered = 0;
    for (let n = 1; n < attempts; n += 1) covered += nominalDelayMs(n, DEFAULT_RETRY_POLICY);
    expect(covered).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(covered - nominalDelayMs(attempts - 1, DEFAULT_RETRY_POLICY)).toBeLessThan(24 * 3_600_000);
    expect(retryDelayMs(attempts - 1, DEFAULT_RETRY_POLICY)).not.toBeNull();
    expect(retryDelayMs(attempts, DEFAULT_RETRY_POLICY)).toBeNull();
  });

  it('spreads each delay by at most ±20 %', () => {
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(96_000);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 1)).toBe(144_000);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(120_000);
  });
});
