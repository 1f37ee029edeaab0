import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { connect, type Db } from '../../prisma/connect.ts';

const dir = path.resolve('.stratum');
const template = path.join(dir, `rep-template-${process.pid}.db`);
const SQLITE_SUFFIXES = ['', '-wal', '-shm', '-journal'];
let openSqlite = 0;

function removeSqlite(file: string): void {
  for (const suffix of SQLITE_SUFFIXES) rmSync(file + suffix, { force: true });
}

/** Migrates one template database per test process (the real migrations), then hands out copies of it. */
function ensureTemplate(): void {
  if (existsSync(template)) return;
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrating the test database failed:\n${result.stdout}\n${result.stderr}`);
}

export interface TestDb {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

const PG_ADMIN_URL = process.env.REPORTS_TEST_PG_URL ?? 'postgresql://stratum:stratum@localhost:5432/postgres';

function psql(sql: string): void {
  const result = spawnSync('psql', [PG_ADMIN_URL, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
}

/** A fresh PostgreSQL database rep_<name>_<pid>, migrated with the committed PostgreSQL migrations. */
function createPostgresDb(name: string): TestDb {
  const database = `rep_${name.replace(/\W/g, '_')}_${process.pid}`;
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  psql(`CREATE DATABASE ${database}`);
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`migrating ${database} failed:\n${result.stdout}\n${result.stderr}`);
  const db = connect(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

/**
 * A fresh, migrated database: a SQLite file under .stratum/rep-<name>.db, or with REPORTS_TEST_DB=postgres a new
 * PostgreSQL database (REPORTS_TEST_PG_URL names the server, default the local one).
 */
export function createTestDb(name: string): TestDb {
  if (process.env.REPORTS_TEST_DB === 'postgres') return createPostgresDb(name);
  ensureTemplate();
  const file = path.join(dir, `rep-${name}-${process.pid}.db`);
  removeSqlite(file);
  copyFileSync(template, file);
  openSqlite += 1;
  const url = `file:${file}`;
  const db = connect(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      removeSqlite(file);
      // The last database of this process takes the template with it (test workers may end without an exit event).
      if ((openSqlite -= 1) === 0) removeSqlite(template);
    },
  };
}

process.once('exit', () => removeSqlite(template));
