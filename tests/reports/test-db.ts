import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { connect, type Db } from '../../prisma/connect.ts';

const dir = path.resolve('.stratum');
const template = path.join(dir, `rep-template-${process.pid}.db`);

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

/** A fresh, migrated SQLite database file under .stratum/rep-<name>.db. */
export function createTestDb(name: string): TestDb {
  ensureTemplate();
  const file = path.join(dir, `rep-${name}-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(template, file);
  const url = `file:${file}`;
  const db = connect(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

process.once('exit', () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(template + suffix, { force: true });
});
