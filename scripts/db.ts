/**
 * Database commands that follow DATABASE_URL: `file:` → the SQLite schema, `postgres://` → the PostgreSQL one.
 *   tsx scripts/db.ts generate   generate both Prisma clients
 *   tsx scripts/db.ts migrate    apply the committed migrations (creates the SQLite file if needed)
 *   tsx scripts/db.ts check      fail when a schema's migration history differs from the models
 *   tsx scripts/db.ts reset      drop everything and migrate again
 *   tsx scripts/db.ts new <name> write a migration for both schemas from the models' difference to the history
 *                                (PostgreSQL needs SHADOW_DATABASE_URL: an empty database used for the replay)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

function shadowUrl(kind: DbKind): string | undefined {
  return kind === 'sqlite' ? `file:${path.resolve('.stratum/shadow-check.db')}` : process.env.SHADOW_DATABASE_URL;
}

function newMigration(name: string | undefined): number {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: tsx scripts/db.ts new <snake_case_name>');
    return 2;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const kind of KINDS) {
    const shadow = shadowUrl(kind);
    if (!shadow) {
      console.error('db new: set SHADOW_DATABASE_URL to an empty PostgreSQL database');
      return 2;
    }
    ensureSqliteDir(shadow);
    const bin = path.resolve('node_modules/prisma/build/index.js');
    const args = ['migrate', 'diff', '--from-migrations', `prisma/${kind}/migrations`, '--to-schema', `prisma/${kind}`, '--script'];
    const result = spawnSync(process.execPath, [bin, ...args, '--config', `prisma/${kind}.config.ts`], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: shadow, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    if (result.status !== 0) {
      process.stderr.write(result.stderr);
      return result.status ?? 1;
    }
    const dir = path.resolve(`prisma/${kind}/migrations/${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), result.stdout);
    console.log(`db new: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
  return 0;
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
        const shadow = shadowUrl(kind);
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
    case 'new':
      return newMigration(process.argv[3]);
    default:
      console.error('usage: tsx scripts/db.ts generate|migrate|check|reset|new <name>');
      return 2;
  }
}

process.exit(run(process.argv[2]));
