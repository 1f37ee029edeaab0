import { describe, expect, it } from 'vitest';
import { score } from '../testing/planted-match.ts';
import { syntheticTenant } from '../testing/synthetic-dataset.ts';
import { runEngine } from './run-engine.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i);

describe('recommendation engine on synthetic tenants', () => {
  it('finds every planted effect (recall) and little else (precision)', () => {
    let planted = 0;
    let found = 0;
    let recs = 0;
    let tp = 0;
    const misses: string[] = [];
    const fps: string[] = [];
    for (const seed of SEEDS) {
      const { input, effects } = syntheticTenant(seed, true);
      const s = score(runEngine(input), effects);
      planted += s.planted;
      found += s.found;
      recs += s.recommendations;
      tp += s.truePositives;
      misses.push(...s.missed.map((m) => `${seed}:${m.kind}`));
      fps.push(...s.falsePositives.map((f) => `${seed}:${f.kind}:${f.campaignId ?? f.channel}`));
    }
    const recall = found / planted;
    const precision = tp / recs;
    console.log(`planted datasets: recall ${found}/${planted} = ${recall.toFixed(3)}, precision ${tp}/${recs} = ${precision.toFixed(3)}`, { misses, fps });
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('raises nothing on control tenants (noise, seasonality, trends, capped budgets, equal A/B arms)', () => {
    const fps: string[] = [];
    for (const seed of SEEDS) {
      const { input } = syntheticTenant(seed, false);
      for (const r of runEngine(input)) fps.push(`${seed}:${r.kind}:${r.campaignId ?? r.channel}: ${r.reasoning}`);
    }
    console.log(`control datasets: ${fps.length} recommendations over ${SEEDS.length} tenants`, fps);
    expect(fps.length).toBeLessThanOrEqual(1);
  });

  it('gives each recommendation a calibrated confidence, an ordered impact interval and its evidence', () => {
    const { input } = syntheticTenant(7, true);
    const recs = runEngine(input);
    expect(recs.length).toBeGreaterThanOrEqual(5);
    const confidences = new Set(recs.map((r) => r.confidence));
    expect(confidences.size).toBeGreaterThan(1);
    for (const r of recs) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.impact.low).toBeLessThanOrEqual(r.impact.expected);
      expect(r.impact.expected).toBeLessThanOrEqual(r.impact.high);
      expect(r.impact.currency).toBe('USD');
      expect(r.reasoning.length).toBeGreaterThan(40);
      expect(r.evidence.test.pValue).toBeLessThan(0.01);
      expect(r.evidence.query.range.to).toBe(input.asOf);
      expect(r.fingerprint).toMatch(new RegExp(`^${r.kind}:`));
    }
    // Sorted by expected impact.
    expect(recs.map((r) => r.impact.expected)).toEqual([...recs.map((r) => r.impact.expected)].sort((a, b) => b - a));
  });

  it('is deterministic', () => {
    const a = runEngine(syntheticTenant(3, true).input);
    const b = runEngine(syntheticTenant(3, true).input);
    expect(a).toEqual(b);
  });
});
