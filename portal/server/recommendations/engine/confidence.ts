/**
 * Calibrated confidence from a test: 1 − p, shrunk toward 0 by the sample size (n / (n + n0), a pseudo-count
 * prior: a result from a short window earns less trust), and by data quality (signal health 0–100: a channel
 * whose tracking is degraded gives less trustworthy figures). Rounded to 3 decimals.
 */
export function confidenceFrom(pValue: number, n: number, n0: number, healthScore = 100): number {
  const shrink = n / (n + n0);
  const quality = 0.6 + 0.4 * Math.min(1, Math.max(0, healthScore / 100));
  const c = (1 - Math.min(1, Math.max(0, pValue))) * shrink * quality;
  return Math.round(Math.min(1, Math.max(0, c)) * 1000) / 1000;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Money rounded to cents for storage; never more precision than the figures carry. */
export function money(v: number): number {
  return Math.round(v * 100) / 100;
}

export function formatMoney(amount: number, currency: string, fractionDigits = 0): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(amount);
}

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
