/**
 * The real seed command against a real, freshly migrated database: SQLite by default, PostgreSQL when
 * TEST_POSTGRES_URL names a server. Uses a small campaign count to stay fast.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../tests/embed-api/support/test-db.ts';
import type { DemoManifest } from '../demo-manifest.ts';
import { sha256Hex } from './access.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

function runSeed(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed.ts'], {
    cwd: ROOT,
    env: { ...process.env, STRATUM_SECRET_KEY: SECRET_KEY, SEED_CAMPAIGNS: '48', SEED_PROGRESS: '0', ...env },
    encoding: 'utf8',
  });
}

let testDb: TestDb;
let dataDir: string;
let manifest: DemoManifest;
const readManifest = () => JSON.parse(readFileSync(path.join(dataDir, 'demo.json'), 'utf8')) as DemoManifest;

beforeAll(async () => {
  testDb = await createTestDb();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'stratum-seed-'));
  const result = runSeed({ DATABASE_URL: testDb.url, STRATUM_DATA_DIR: dataDir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/seed: done in/);
  manifest = readManifest();
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe(`npm run seed (${process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite'})`, () => {
  it('writes demo.json whose counts match the database', async () => {
    const { db } = testDb;
    expect(manifest.partners.map((p) => p.slug)).toEqual(['northwind', 'bluepeak']);
    expect(manifest.partners.flatMap((p) => p.tenants)).toHaveLength(6);
    expect(manifest.counts.Campaign).toBe(48);
    expect(manifest.counts.MetricDaily).toBe(await db.metricDaily.count());
    expect(manifest.counts.MetricDaily).toBeGreaterThan(10_000);
    expect(manifest.counts.SignalHealthDaily).toBe(6 * 5 * 730);
    expect(await db.listing.groupBy({ by: ['status'], _count: true })).toHaveLength(5);
    expect(manifest.plantedEffects).toHaveLength(5);
    expect(manifest.counts.DashboardVersion).toBe(manifest.counts.Dashboard);
    for (const tenant of manifest.partners.flatMap((p) => p.tenants)) expect(tenant.dashboards.length).toBeGreaterThanOrEqual(2);
  });

  it('stores bulk-loaded dates that Prisma reads and filters like its own', async () => {
    const { db } = testDb;
    const acme = manifest.partners[0]!.tenants[0]!;
    const today = new Date(`${manifest.today}T00:00:00.000Z`);
    const from = new Date(today.getTime() - 29 * 86_400_000);
    const lastMonth = await db.metricDaily.findMany({ where: { tenantId: acme.id, date: { gte: from, lte: today } }, select: { date: true } });
    expect(new Set(lastMonth.map((r) => r.date.toISOString())).size).toBe(30);
    expect(lastMonth.every((r) => r.date.getUTCHours() === 0)).toBe(true);
    const health = await db.signalHealthDaily.findFirst({ where: { tenantId: acme.id, date: today }, orderBy: { channel: 'asc' } });
    expect(health?.healthScore).toBeGreaterThan(0);
    const path = await db.conversionPath.findFirst({ where: { tenantId: acme.id } });
    expect(Array.isArray(path?.touchpoints)).toBe(true);
  });

  it('keeps secrets recoverable (encrypted) and API keys hashed', async () => {
    const { db } = testDb;
    process.env.STRATUM_SECRET_KEY = SECRET_KEY;
    const { decryptSecret } = await import('../../portal/lib/secret-box.ts');
    const partner = manifest.partners[0]!;
    const app = await db.embedApp.findUniqueOrThrow({ where: { id: partner.embedApp.id } });
    expect(app.secretEncrypted).not.toContain(partner.embedApp.secret);
    expect(decryptSecret(app.secretEncrypted)).toBe(partner.embedApp.secret);
    const key = await db.apiKey.findFirstOrThrow({ where: { partnerId: partner.id } });
    expect(key.hashedKey).toBe(sha256Hex(partner.apiKey));
    const sso = await db.ssoConnection.findUniqueOrThrow({ where: { id: manifest.sso.connectionId }, include: { domains: true } });
    expect(decryptSecret(sso.clientSecretEncrypted!)).toBe(manifest.sso.clientSecret);
    expect(sso.domains.map((d) => d.domain)).toEqual(['northwind.test']);
  });

  it('rebuilds the same rows, ids included, when run again on a seeded database', async () => {
    const indexesBefore = await metricIndexes();
    const again = runSeed({ DATABASE_URL: testDb.url, STRATUM_DATA_DIR: dataDir });
    expect(again.status).toBe(0);
    const second = readManifest();
    const stable = (m: DemoManifest) => ({ ...m, generatedAt: '', seconds: 0 });
    expect(stable(second)).toEqual(stable(manifest));
    expect(await testDb.db.metricDaily.count()).toBe(manifest.counts.MetricDaily);
    expect(await metricIndexes()).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('refuses an unmigrated database with a clear message', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'stratum-seed-empty-'));
    try {
      const result = runSeed({ DATABASE_URL: `file:${path.join(empty, 'empty.db')}`, STRATUM_DATA_DIR: empty });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/not migrated.*npm run db:migrate/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});

async function metricIndexes(): Promise<string[]> {
  const rows = testDb.kind === 'sqlite'
    ? await testDb.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'MetricDaily' ORDER BY name`)
    : await testDb.db.$queryRawUnsafe<{ name: string }[]>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'MetricDaily' ORDER BY indexname`);
  return rows.map((r) => r.name);
}
