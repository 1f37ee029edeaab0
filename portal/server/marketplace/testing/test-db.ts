import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { connect, type Db } from '../../../../prisma/connect.ts';

const root = process.cwd();
const stratumDir = path.join(root, '.stratum');

function migrationsHash(): string {
  const dir = path.join(root, 'prisma/sqlite/migrations');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'migration.sql');
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** A migrated SQLite template, made once per migration history (migrating takes seconds; copying does not). */
function template(): string {
  const file = path.join(stratumDir, `mkt-template-${migrationsHash()}.db`);
  if (existsSync(file)) return file;
  mkdirSync(stratumDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: `file:${tmp}` }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  renameSync(tmp, file);
  return file;
}

function removeSqliteFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** A fresh migrated SQLite database at .stratum/mkt-<name>.db and a client on it. */
export function freshSqlite(name: string): { db: Db; url: string; cleanup: () => Promise<void> } {
  const file = path.join(stratumDir, `mkt-${name}.db`);
  removeSqliteFiles(file);
  copyFileSync(template(), file);
  const url = `file:${file}`;
  const db = connect(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      removeSqliteFiles(file);
    },
  };
}

const PG_ADMIN_URL = process.env.MKT_TEST_PG_URL ?? 'postgresql://stratum:stratum@localhost:5432/postgres';

/** A fresh migrated PostgreSQL database mkt_<name>, or null when no PostgreSQL is reachable. */
export async function freshPostgres(name: string): Promise<{ db: Db; url: string; cleanup: () => Promise<void> } | null> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const dbName = `mkt_${name.replace(/\W/g, '_')}`;
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
  const db = connect(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      const again = new pg.Client({ connectionString: PG_ADMIN_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await again.end();
    },
  };
}
