import { normalQuantile, normalTwoSidedP } from './distributions.ts';

export interface TwoProportionTest {
  /** Rates of group A and B. */
  pA: number;
  pB: number;
  /** pB − pA. */
  diff: number;
  /** z statistic under the pooled null. */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Confidence interval of pB − pA (unpooled Wald). */
  diffLow: number;
  diffHigh: number;
}

/** Two-proportion z-test of xA/nA against xB/nB. */
export function twoProportionZTest(xA: number, nA: number, xB: number, nB: number, level = 0.9): TwoProportionTest {
  if (nA <= 0 || nB <= 0) throw new RangeError('twoProportionZTest: sample sizes must be positive');
  const pA = xA / nA;
  const pB = xB / nB;
  const pooled = (xA + xB) / (nA + nB);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const diff = pB - pA;
  const z = sePooled === 0 ? 0 : diff / sePooled;
  const seDiff = Math.sqrt((pA * (1 - pA)) / nA + (pB * (1 - pB)) / nB);
  const q = normalQuantile(1 - (1 - level) / 2);
  return { pA, pB, diff, z, pValue: sePooled === 0 ? 1 : normalTwoSidedP(z), diffLow: diff - q * seDiff, diffHigh: diff + q * seDiff };
}
