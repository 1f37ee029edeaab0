import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoManifest } from '../../../prisma/demo-manifest.ts';
import { runSeed } from '../../../prisma/seed/run.ts';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { runEngine } from './engine/run-engine.ts';
import type { RecommendationDraft } from './engine/types.ts';
import { loadEngineInput } from './load-engine-input.ts';
import { refreshRecommendations } from './refresh-recommendations.ts';
import { matchesEffect, score } from './testing/planted-match.ts';

/**
 * The engine against the real demo seed: it must find every effect the seed plants (listed in demo.json) and raise
 * nothing the seed did not plant in any tenant (the other four tenants are the control: noise, seasonality, trends).
 */
let t: TestDb;
let manifest: DemoManifest;
let dataDir: string;
const byTenant = new Map<string, RecommendationDraft[]>();

beforeAll(async () => {
  t = await createTestDb();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'stratum-ai-seed-'));
  ({ manifest } = await runSeed({ ...process.env, DATABASE_URL: t.url, STRATUM_DATA_DIR: dataDir, SEED_SCALE: 'demo', SEED_PROGRESS: '0' }, () => {}));
  for (const partner of manifest.partners) {
    for (const tenant of partner.tenants) {
      const input = await loadEngineInput(t.db, tenant.id);
      byTenant.set(tenant.id, input ? runEngine(input) : []);
    }
  }
}, 300_000);
afterAll(async () => {
  await t?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('engine on the demo seed', () => {
  it('finds every planted effect (recall 1) and raises nothing else (precision)', () => {
    const all = [...byTenant.values()].flat();
    const s = score(all, manifest.plantedEffects);
    console.log(`demo seed: recall ${s.found}/${s.planted} = ${s.recall.toFixed(3)}; precision ${s.truePositives}/${s.recommendations} = ${s.precision.toFixed(3)}`);
    if (s.falsePositives.length) console.log('unplanted findings:', s.falsePositives);
    if (s.missed.length) console.log('missed:', s.missed);
    expect(manifest.plantedEffects.length).toBeGreaterThanOrEqual(5);
    expect(s.missed).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('finds each effect in its own tenant', () => {
    for (const effect of manifest.plantedEffects) {
      expect(byTenant.get(effect.tenantId)?.some((r) => matchesEffect(r, effect)), effect.kind).toBe(true);
    }
  });

  it('stores them and the showcase budget increase reads like the mock-up', async () => {
    const effect = manifest.plantedEffects.find((e) => e.kind === 'budget_capped_rising_roas')!;
    await refreshRecommendations(t.db, effect.tenantId);
    const row = await t.db.recommendation.findFirstOrThrow({ where: { tenantId: effect.tenantId, kind: 'budget_increase', campaignId: effect.campaignId } });
    expect(row.reasoning).toMatch(/Increase the daily budget of "Summer Sale" by \d+%/);
    expect(row.confidence).toBeGreaterThan(0.5);
    expect(row.impactLow).toBeLessThan(row.impactExpected);
    expect(row.impactHigh).toBeGreaterThan(row.impactExpected);
  });
});
