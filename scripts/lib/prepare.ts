import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { connect, resolveDatabaseUrl } from '../../prisma/connect.ts';
import { runStep } from './processes.ts';

const tsx = ['--import', 'tsx'];

/**
 * Applies migrations, then seeds when the database has no partner yet or the demo manifest is missing
 * (or always, with `reseed`: the end-to-end suite starts every run from the same data).
 */
export async function prepareDatabase(env: NodeJS.ProcessEnv, { reseed = false } = {}): Promise<{ seeded: boolean }> {
  runStep('database migrated', process.execPath, [...tsx, 'scripts/db.ts', 'migrate'], env);
  const url = resolveDatabaseUrl(env.DATABASE_URL);
  const db = connect(url);
  const partners = await db.partner.count().finally(() => db.$disconnect());
  const manifest = path.join(env.STRATUM_DATA_DIR ?? '.stratum', 'demo.json');
  if (!reseed && partners > 0 && existsSync(manifest)) return { seeded: false };
  runStep('demo data seeded', process.execPath, [...tsx, 'prisma/seed.ts'], env);
  return { seeded: true };
}

function newestMtime(dir: string, skip: Set<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, skip) : statSync(full).mtimeMs);
  }
  return newest;
}

const BUILD_MARKER = 'portal/.next/BUILD_ID';
const SOURCES = ['widgets/src', 'portal', 'prisma', 'examples'];
const SKIP = new Set(['.next', 'node_modules', 'generated', 'migrations']);

/** True when the production build is missing or older than any source file. */
export function buildIsStale(): boolean {
  if (!existsSync(BUILD_MARKER) || !existsSync('dist/widgets/stratum.js')) return true;
  const built = statSync(BUILD_MARKER).mtimeMs;
  return SOURCES.some((dir) => existsSync(dir) && newestMtime(dir, SKIP) > built);
}

export function buildAll(env: NodeJS.ProcessEnv = process.env): void {
  runStep('widgets built', process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c'], env);
  runStep('portal built', process.execPath, ['node_modules/next/dist/bin/next', 'build', 'portal'], env);
}

export function readManifest(dataDir: string): unknown {
  const file = path.join(dataDir, 'demo.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
