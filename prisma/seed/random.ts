/**
 * The seed's only source of randomness: a small, fast, seedable PRNG (sfc32), so the same seed always yields
 * the same rows — ids included. Never use Math.random in the seed.
 */

/** 32-bit string hash (cyrb53 folded to 32 bits), used to derive seeds from labels. */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | undefined;

  constructor(readonly seed: string) {
    this.a = hashString(`${seed}#a`);
    this.b = hashString(`${seed}#b`);
    this.c = hashString(`${seed}#c`);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for a sub-task; generation order elsewhere does not change what it yields. */
  fork(label: string): Random {
    return new Random(`${this.seed}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Standard normal (Box–Muller, caching the second value). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== undefined) {
      const z = this.spareNormal;
      this.spareNormal = undefined;
      return mean + sd * z;
    }
    const u = 1 - this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return mean + sd * radius * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(0, sd)): multiplicative noise centred on 1 in log space. */
  jitter(sd: number): number {
    return Math.exp(this.normal(0, sd));
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > limit);
    return k - 1;
  }

  /** Successes in n trials of probability p (Poisson or normal approximation where they are accurate). */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    const mean = n * p;
    if (n < 40) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    if (p < 0.05 && mean < 30) return Math.min(n, this.poisson(mean));
    return Math.min(n, Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean * (1 - p))))));
  }

  /** A cuid-like id (25 chars: "c" + 24 base-36 chars), deterministic for the stream. */
  id(): string {
    let out = 'c';
    for (let i = 0; i < 24; i++) out += BASE36[Math.floor(this.next() * 36)];
    return out;
  }

  /**
   * A cuid-like id whose first characters are a fixed-width base-36 ordinal (like cuid v1's timestamp): ids made in
   * ascending ordinal order sort in that order, so bulk inserts append to the primary-key index instead of
   * scattering over it.
   */
  orderedId(ordinal: number, width = 9): string {
    const prefix = ordinal.toString(36).padStart(width, '0');
    if (prefix.length > width) throw new Error(`Ordinal ${ordinal} does not fit in ${width} base-36 digits`);
    let out = `c${prefix}`;
    for (let i = prefix.length; i < 24; i++) out += BASE36[Math.floor(this.next() * 36)];
    return out;
  }

  /** Random letters and digits, e.g. for API keys and secrets. */
  token(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += BASE62[Math.floor(this.next() * 62)];
    return out;
  }
}
