import { ols } from './regression.ts';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median absolute deviation, scaled by 1.4826 so that it estimates σ for normal data. */
export function scaledMad(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function sampleStdDev(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, values.length - 1));
}

/** A day-of-week seasonal baseline with a linear trend, fitted robustly on a training window. */
export interface SeasonalBaseline {
  /** Multiplicative factor of each weekday (0 = Sunday), median 1. */
  weekdayFactor: number[];
  /** Deseasonalized level at day index x: intercept + slope·x. */
  intercept: number;
  slope: number;
  /** Robust scale (scaled MAD) of the deseasonalized residuals, floored by a Poisson-noise scale. */
  scale: number;
}

/**
 * Fits the baseline on `values[i]` observed on weekday `weekdays[i]` at day index `i`.
 * Factors come from per-weekday medians, the trend from OLS on the deseasonalized values,
 * and the scale from the residuals' MAD — so single outliers do not inflate it. `minScale` floors the scale.
 */
export function fitSeasonalBaseline(values: readonly number[], weekdays: readonly number[], minScale?: number): SeasonalBaseline {
  if (values.length < 21) throw new RangeError('fitSeasonalBaseline: needs at least 3 weeks');
  const overall = median(values) || 1e-9;
  const weekdayFactor = Array.from({ length: 7 }, (_, w) => {
    const own = values.filter((_, i) => weekdays[i] === w);
    const f = own.length ? median(own) / overall : 1;
    return f > 0 ? f : 1;
  });
  const deseason = values.map((v, i) => v / weekdayFactor[weekdays[i]!]!);
  const x = deseason.map((_, i) => i);
  const fit = ols(x, deseason);
  const residuals = deseason.map((v, i) => v - (fit.intercept + fit.slope * i));
  const level = Math.max(1e-9, fit.intercept + fit.slope * (values.length - 1));
  // Floor the scale (by default a Poisson-like √level) so near-constant series do not make every wiggle an outlier.
  const scale = Math.max(scaledMad(residuals), minScale ?? Math.max(Math.sqrt(level), 0.02 * level), 1e-9);
  return { weekdayFactor, intercept: fit.intercept, slope: fit.slope, scale };
}

/** Expected value and robust z-score of `value` observed at day index `index` on weekday `weekday`. */
export function robustZ(baseline: SeasonalBaseline, value: number, index: number, weekday: number): { expected: number; z: number } {
  const factor = baseline.weekdayFactor[weekday] ?? 1;
  const level = baseline.intercept + baseline.slope * index;
  return { expected: Math.max(0, level * factor), z: (value / factor - level) / baseline.scale };
}

/**
 * Removes weekly seasonality by classical decomposition: each value's ratio to its centred 7-day moving average,
 * a median ratio per weekday (normalised to mean 1), then value / factor. Needs at least two weeks.
 */
export function weekdayAdjust(values: readonly number[], weekdays: readonly number[]): number[] {
  if (values.length < 14) return [...values];
  const ratios: number[][] = Array.from({ length: 7 }, () => []);
  for (let i = 3; i < values.length - 3; i++) {
    let s = 0;
    for (let k = i - 3; k <= i + 3; k++) s += values[k]!;
    const ma = s / 7;
    if (ma > 0) ratios[weekdays[i]!]!.push(values[i]! / ma);
  }
  const raw = ratios.map((r) => (r.length ? median(r) : 1));
  const norm = mean(raw);
  const factor = raw.map((f) => (f > 0 && norm > 0 ? f / norm : 1));
  return values.map((v, i) => v / factor[weekdays[i]!]!);
}
