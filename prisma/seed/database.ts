import type { Db, DbKind } from '../connect.ts';

/** Tables the seed writes; if any is missing the database has not been migrated. */
const REQUIRED_TABLES = ['Partner', 'Tenant', 'User', 'Campaign', 'MetricDaily', 'SignalHealthDaily', 'Listing', 'ScheduledReport'];

export class SeedDatabaseError extends Error {
  override name = 'SeedDatabaseError';
}

async function tableNames(db: Db, kind: DbKind): Promise<string[]> {
  const rows =
    kind === 'sqlite'
      ? // Not the shadow tables of a full-text (FTS5) table such as ListingSearch: SQLite refuses writes to some of them,
        // and emptying the virtual table itself clears them consistently.
        await db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND t.name <> '_prisma_migrations' AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name IN (v.name || '_config', v.name || '_data', v.name || '_idx', v.name || '_docsize', v.name || '_content'))",
        )
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'");
  return rows.map((r) => r.name).sort();
}

/** Fails with a clear message when the schema is missing (the seed never migrates by itself). */
export async function assertMigrated(db: Db, kind: DbKind): Promise<string[]> {
  const tables = await tableNames(db, kind);
  const missing = REQUIRED_TABLES.filter((t) => !tables.includes(t));
  if (missing.length > 0) {
    throw new SeedDatabaseError(`The database is not migrated (missing tables: ${missing.join(', ')}). Run \`npm run db:migrate\` with the same DATABASE_URL first.`);
  }
  return tables;
}

/** Empties every application table (all but Prisma's migration log), whatever the foreign keys. */
export async function wipeAll(db: Db, kind: DbKind, tables: string[]): Promise<void> {
  if (kind === 'postgres') {
    await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t}"`).join(', ')} CASCADE`);
    return;
  }
  await db.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    for (const table of tables) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
  } finally {
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
}

/** SQLite settings for a bulk load; returns a function that restores the journal mode. */
export async function tuneForBulkLoad(db: Db, kind: DbKind): Promise<() => Promise<void>> {
  if (kind !== 'sqlite') return async () => {};
  const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = OFF');
  await db.$executeRawUnsafe('PRAGMA cache_size = -262144');
  await db.$executeRawUnsafe('PRAGMA temp_store = MEMORY');
  return async () => {
    await db.$executeRawUnsafe('PRAGMA synchronous = FULL');
    if (mode && mode.journal_mode.toLowerCase() !== 'wal') await db.$queryRawUnsafe(`PRAGMA journal_mode = ${mode.journal_mode.toUpperCase()}`);
  };
}

/**
 * Runs a bulk load of `table` with its secondary indexes (and, on PostgreSQL, its foreign keys) dropped, then
 * restores them from their own definitions: building an index or checking a key once is several times faster than
 * maintaining it row by row. They are restored even if the load fails.
 */
export async function withoutSecondaryIndexes<T>(db: Db, kind: DbKind, table: string, load: () => Promise<T>): Promise<T> {
  const indexes =
    kind === 'sqlite'
      ? await db.$queryRawUnsafe<{ name: string; sql: string }[]>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' AND sql IS NOT NULL`)
      : await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
          `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = '${table}'
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        );
  // PostgreSQL checks foreign keys row by row with triggers; re-adding a constraint checks every row in one pass.
  const foreignKeys =
    kind === 'postgres'
      ? await db.$queryRawUnsafe<{ name: string; definition: string }[]>(
          `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = '"${table}"'::regclass AND contype = 'f'`,
        )
      : [];
  for (const key of foreignKeys) await db.$executeRawUnsafe(`ALTER TABLE "${table}" DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    return await load();
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.sql);
    for (const key of foreignKeys) await db.$executeRawUnsafe(`ALTER TABLE "${table}" ADD CONSTRAINT "${key.name}" ${key.definition}`);
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
}
