/**
 * One command per database for the embed API benchmark: prepares the data when missing (migrate + seed at bench
 * scale), then runs bench/api/run.ts with the result cache (fixed rate + 100 connections) and without it (fixed rate).
 *   npx tsx bench/api/suite.ts sqlite-1m | postgres-1m | postgres-10m
 * Expects a production build in NEXT_DIST_DIR (default ../.stratum/next-bench):
 *   NEXT_DIST_DIR=../.stratum/next-bench npx next build portal
 * Env: PG_URL_BASE (postgresql://stratum:stratum@localhost:5432), BENCH_PORT (3170), BENCH_SECONDS, BENCH_RATE,
 * SUITE_PHASES (cached,nocache).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pgBase = process.env.PG_URL_BASE ?? 'postgresql://stratum:stratum@localhost:5432';
const DATASETS = {
  'sqlite-1m': { dataDir: '.stratum/embed-bench', databaseUrl: 'file:./.stratum/embed-bench/bench.db', seed: {} },
  'postgres-1m': { dataDir: '.stratum/embed-bench-pg', databaseUrl: `${pgBase}/embed_bench`, seed: {} },
  // 18,000 campaigns ≈ 10.5M MetricDaily rows (SEED_CAMPAIGNS=14000 gives ≈ 8.2M).
  'postgres-10m': { dataDir: '.stratum/embed-bench-pg10m', databaseUrl: `${pgBase}/embed_bench10m`, seed: { SEED_CAMPAIGNS: '18000' } },
} as const;

const name = process.argv[2] as keyof typeof DATASETS;
const dataset = DATASETS[name];
if (!dataset) {
  console.error(`usage: npx tsx bench/api/suite.ts ${Object.keys(DATASETS).join(' | ')}`);
  process.exit(2);
}
const env = {
  ...process.env,
  STRATUM_DATA_DIR: dataset.dataDir,
  DATABASE_URL: dataset.databaseUrl,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '../.stratum/next-bench',
  BENCH_PORT: process.env.BENCH_PORT ?? '3170',
};

function run(command: string, args: string[], extra: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...extra } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

if (!existsSync(path.join(ROOT, 'portal', env.NEXT_DIST_DIR, 'BUILD_ID'))) {
  throw new Error(`no production build in portal/${env.NEXT_DIST_DIR}: run NEXT_DIST_DIR=${env.NEXT_DIST_DIR} npx next build portal`);
}
if (!existsSync(path.join(ROOT, dataset.dataDir, 'demo.json'))) {
  if (dataset.databaseUrl.startsWith('postgres')) {
    const dbName = dataset.databaseUrl.split('/').pop()!;
    spawnSync('psql', [`${pgBase}/postgres`, '-c', `create database ${dbName}`], { stdio: 'inherit' }); // fails harmlessly when it exists
  }
  console.log(`suite: seeding ${name} (SQLite ≈ 2 min, PostgreSQL 1M ≈ 5 min, 10M ≈ 10 min)`);
  run('npx', ['tsx', 'scripts/db.ts', 'migrate']);
  run('npx', ['tsx', 'prisma/seed.ts'], { SEED_SCALE: 'bench', ...dataset.seed });
} else {
  run('npx', ['tsx', 'scripts/db.ts', 'migrate']); // migrations committed since the seed (idempotent)
}
const phases = (process.env.SUITE_PHASES ?? 'cached,nocache').split(',');
if (phases.includes('cached')) run('npx', ['tsx', 'bench/api/run.ts'], { BENCH_LABEL: name });
if (phases.includes('nocache')) run('npx', ['tsx', 'bench/api/run.ts'], { BENCH_LABEL: `${name}-nocache`, QUERY_CACHE_TTL_SECONDS: '0', BENCH_PHASES: 'fixed-rate' });
