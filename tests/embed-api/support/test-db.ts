/**
 * Real databases for embed API tests: a freshly migrated SQLite file (copied from a per-migration-set template,
 * so each suite pays the migration once), or a new PostgreSQL database when TEST_POSTGRES_URL names a server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Db } from '../../../prisma/connect.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface TestDb {
  url: string;
  kind: 'sqlite' | 'postgres';
  db: Db;
  drop(): Promise<void>;
}

function schemaEngineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const wasmEngine = '/work/shared/tools/prisma-schema-engine/schema-engine.mjs';
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(wasmEngine)) env.PRISMA_SCHEMA_ENGINE_BINARY = wasmEngine;
  return env;
}

function migrate(url: string): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db.ts', 'migrate'], {
    cwd: ROOT,
    env: { ...schemaEngineEnv(), DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrate failed for ${url.split('@').pop()}:\n${result.stdout}\n${result.stderr}`);
}

function migrationsHash(kind: 'sqlite' | 'postgres'): string {
  const dir = path.join(ROOT, 'prisma', kind, 'migrations');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function sqliteTemplate(): string {
  const dir = path.join(os.tmpdir(), 'stratum-embed-test-templates');
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, `sqlite-${migrationsHash('sqlite')}.db`);
  if (!existsSync(template)) {
    const building = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
    migrate(`file:${building}`);
    renameSync(building, template); // atomic: parallel workers never copy a half-written template
  }
  return template;
}

export async function createTestDb(kind: 'sqlite' | 'postgres' = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite'): Promise<TestDb> {
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `stratum-embed-test-${process.pid}-${randomBytes(4).toString('hex')}.db`);
    copyFileSync(sqliteTemplate(), file);
    return opened(`file:${file}`, kind, () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    });
  }
  const server = new URL(process.env.TEST_POSTGRES_URL ?? 'postgresql://stratum:stratum@localhost:5432/postgres');
  const name = `embed_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new URL(server);
  admin.pathname = '/postgres';
  execFileSync('psql', [admin.toString(), '-qc', `CREATE DATABASE ${name}`]);
  const target = new URL(server);
  target.pathname = `/${name}`;
  const url = target.toString();
  migrate(url);
  return opened(url, kind, () => execFileSync('psql', [admin.toString(), '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]));
}

function opened(url: string, kind: TestDb['kind'], remove: () => void): TestDb {
  const db = connect(url);
  return {
    url,
    kind,
    db,
    async drop() {
      await db.$disconnect();
      remove();
    },
  };
}
