import { connect, databaseKind, resolveDatabaseUrl } from '../connect.ts';
import type { DemoManifest } from '../demo-manifest.ts';
import { encryptSecret } from '../../portal/lib/secret-box.ts';
import { buildSeedData } from './build.ts';
import { readSeedConfig, type SeedEnv } from './config.ts';
import { createContext } from './context.ts';
import { assertMigrated, tuneForBulkLoad, wipeAll } from './database.ts';
import { buildManifest, writeManifest } from './manifest.ts';
import { countRows, writeSeed } from './write.ts';

export interface SeedResult {
  manifest: DemoManifest;
  manifestFile: string;
  seconds: number;
}

/**
 * Wipes the database named by DATABASE_URL and fills it with the deterministic demo (or bench) data, then writes
 * demo.json. Assumes a migrated database.
 */
export async function runSeed(env: SeedEnv = process.env, log: (line: string) => void = console.log): Promise<SeedResult> {
  const started = performance.now();
  const config = readSeedConfig(env);
  const url = resolveDatabaseUrl(env.DATABASE_URL);
  const kind = databaseKind(url);
  const ctx = createContext(config, encryptSecret);
  const db = connect(url);
  let mark = started;
  const phase = (name: string) => {
    if (env.SEED_DEBUG === '1') log(`seed: ${name} ${((performance.now() - mark) / 1000).toFixed(2)}s`);
    mark = performance.now();
  };
  try {
    const tables = await assertMigrated(db, kind);
    const restore = await tuneForBulkLoad(db, kind);
    try {
      await wipeAll(db, kind, tables);
      phase('connect and wipe');
      const data = buildSeedData(ctx);
      phase('generate');
      log(`seed: ${config.scale} scale on ${kind}, today ${config.today.toISOString().slice(0, 10)}, ${data.plans.length} campaigns, ~${data.expectedMetricRows.toLocaleString('en-US')} metric rows`);
      await writeSeed(db, url, kind, ctx, data, phase);
      const counts = await countRows(db);
      phase('count');
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      const manifest = buildManifest(ctx, data, counts, seconds);
      const manifestFile = writeManifest(config.dataDir, manifest);
      return { manifest, manifestFile, seconds };
    } finally {
      await restore();
    }
  } finally {
    await db.$disconnect();
  }
}

export function summarize(result: SeedResult): string {
  const { manifest } = result;
  const counts = Object.entries(manifest.counts)
    .map(([table, count]) => `  ${table.padEnd(18)} ${count.toLocaleString('en-US').padStart(10)}`)
    .join('\n');
  const tenants = manifest.partners.flatMap((p) => p.tenants.map((t) => `  ${p.slug}/${t.slug} (${t.currency}, ${t.locale}): ${t.campaignCount} campaigns`)).join('\n');
  const effects = manifest.plantedEffects.map((e) => `  ${e.kind}${'from' in e && e.from ? ` ${e.from} → ${e.to}` : 'date' in e ? ` on ${e.date}` : ''}`).join('\n');
  return [`seed: done in ${result.seconds}s (${manifest.scale}); wrote ${result.manifestFile}`, 'rows:', counts, 'tenants:', tenants, 'planted effects:', effects].join('\n');
}
