import { tQuantile, tTwoSidedP } from './distributions.ts';

/** Ordinary least squares y = intercept + slope·x, with the slope's t-test. */
export interface OlsFit {
  n: number;
  slope: number;
  intercept: number;
  /** Standard error of the slope. */
  slopeSe: number;
  /** Residual standard deviation. */
  sigma: number;
  /** t statistic of H0: slope = 0. */
  t: number;
  df: number;
  /** Two-sided p-value of the slope. */
  pValue: number;
  r2: number;
  meanX: number;
  sxx: number;
}

export function ols(x: readonly number[], y: readonly number[]): OlsFit {
  const n = x.length;
  if (n !== y.length) throw new RangeError('ols: x and y differ in length');
  if (n < 3) throw new RangeError('ols: needs at least 3 points');
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
  }
  const meanX = sx / n;
  const meanY = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new RangeError('ols: x has no variance');
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = Math.max(0, syy - slope * sxy);
  const df = n - 2;
  const sigma = Math.sqrt(sse / df);
  const slopeSe = sigma / Math.sqrt(sxx);
  const t = slopeSe === 0 ? (slope === 0 ? 0 : Math.sign(slope) * Infinity) : slope / slopeSe;
  const pValue = slopeSe === 0 ? (slope === 0 ? 1 : 0) : tTwoSidedP(t, df);
  const r2 = syy === 0 ? 0 : 1 - sse / syy;
  return { n, slope, intercept, slopeSe, sigma, t, df, pValue, r2, meanX, sxx };
}

/** Two-sided confidence interval of the slope at `level` (e.g. 0.9). */
export function slopeInterval(fit: OlsFit, level = 0.9): [number, number] {
  const q = tQuantile(1 - (1 - level) / 2, fit.df);
  return [fit.slope - q * fit.slopeSe, fit.slope + q * fit.slopeSe];
}

/** Fitted mean at x0 with its confidence interval at `level`. */
export function meanAt(fit: OlsFit, x0: number, level = 0.9): { mean: number; low: number; high: number } {
  const mean = fit.intercept + fit.slope * x0;
  const se = fit.sigma * Math.sqrt(1 / fit.n + (x0 - fit.meanX) ** 2 / fit.sxx);
  const q = tQuantile(1 - (1 - level) / 2, fit.df);
  return { mean, low: mean - q * se, high: mean + q * se };
}
