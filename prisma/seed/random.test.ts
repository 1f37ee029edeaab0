import { describe, expect, it } from 'vitest';
import { Random, hashString } from './random.ts';

describe('Random', () => {
  it('yields the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: string) => {
      const random = new Random(seed);
      return Array.from({ length: 50 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('forks streams that do not depend on how much the parent consumed', () => {
    const first = new Random('root');
    const second = new Random('root');
    for (let i = 0; i < 100; i++) second.next();
    expect(first.fork('x').id()).toBe(second.fork('x').id());
    expect(first.fork('x').id()).not.toBe(first.fork('y').id());
  });

  it('makes cuid-like ids, and ordered ids that sort by their ordinal', () => {
    const random = new Random('ids');
    const ids = Array.from({ length: 1000 }, () => random.id());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const ordered = [5, 17, 36, 1295, 1296, 99_999_999].map((n) => random.orderedId(n));
    for (const id of ordered) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect([...ordered].sort()).toEqual(ordered);
    expect(() => random.orderedId(36 ** 9)).toThrow(/does not fit/);
  });

  it('draws uniform values in range and unbiased binomials', () => {
    const random = new Random('stats');
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      sum += value;
    }
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
    for (const [n, p] of [[20, 0.3], [1000, 0.02], [5000, 0.2]] as const) {
      let total = 0;
      for (let i = 0; i < 4000; i++) total += random.binomial(n, p);
      expect(total / 4000 / (n * p)).toBeGreaterThan(0.97);
      expect(total / 4000 / (n * p)).toBeLessThan(1.03);
    }
    expect(random.binomial(0, 0.5)).toBe(0);
    expect(random.binomial(10, 1)).toBe(10);
  });

  it('hashes strings to 32-bit unsigned integers', () => {
    expect(hashString('stratum')).toBe(hashString('stratum'));
    expect(hashString('stratum')).not.toBe(hashString('Stratum'));
    expect(hashString('x')).toBeGreaterThanOrEqual(0);
    expect(hashString('x')).toBeLessThan(2 ** 32);
  });
});
