/**
 * Database commands that follow DATABASE_URL: `file:` → the SQLite schema, `postgres://` → the PostgreSQL one.
 *   tsx scripts/db.ts generate   generate both Prisma clients
 *   tsx scripts/db.ts migrate    apply the committed migrations (creates the SQLite file if needed)
 *   tsx scripts/db.ts check      fail when a schema's migration history differs from the models
 *   tsx scripts/db.ts reset      drop everything and migrate again
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseKind, resolveDatabaseUrl, type DbKind } from '../prisma/database-url.ts';

const KINDS: DbKind[] = ['sqlite', 'postgres'];

function prisma(kind: DbKind, args: string[], url = resolveDatabaseUrl()): number {
  const bin = path.resolve('node_modules/prisma/build/index.js');
  const result = spawnSync(process.execPath, [bin, ...args, '--config', `prisma/${kind}.config.ts`], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  return result.status ?? 1;
}

function ensureSqliteDir(url: string): void {
  if (url.startsWith('file:')) mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true });
}

function run(command: string | undefined): number {
  const url = resolveDatabaseUrl();
  switch (command) {
    case 'generate':
      for (const kind of KINDS) {
        const code = prisma(kind, ['generate'], 'file:./unused.db');
        if (code !== 0) return code;
      }
      return 0;
    case 'migrate':
      ensureSqliteDir(url);
      return prisma(databaseKind(url), ['migrate', 'deploy']);
    case 'reset':
      ensureSqliteDir(url);
      return prisma(databaseKind(url), ['migrate', 'reset', '--force']);
    case 'check': {
      // The committed migrations, replayed on a shadow database, must equal the models (exit 2 = drift).
      for (const kind of KINDS) {
        const shadow = kind === 'sqlite' ? `file:${path.resolve('.stratum/shadow-check.db')}` : process.env.SHADOW_DATABASE_URL;
        if (!shadow) {
          console.log(`db check: skipping ${kind} (set SHADOW_DATABASE_URL to an empty PostgreSQL database to check it)`);
          continue;
        }
        ensureSqliteDir(shadow);
        const code = prisma(kind, ['migrate', 'diff', '--from-migrations', `prisma/${kind}/migrations`, '--to-schema', `prisma/${kind}`, '--exit-code'], shadow);
        if (code !== 0) {
          console.error(`db check: the ${kind} migrations do not match prisma/models.prisma (exit ${code}); create a migration.`);
          return 1;
        }
        console.log(`db check: ${kind} migrations match the models`);
      }
      return 0;
    }
    default:
      console.error('usage: tsx scripts/db.ts generate|migrate|check|reset');
      return 2;
  }
}

process.exit(run(process.argv[2]));
