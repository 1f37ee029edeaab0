import { existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts';
import { databaseKind, resolveDatabaseUrl } from './database-url.ts';

export { DEFAULT_DATABASE_URL, databaseKind, resolveDatabaseUrl, type DbKind } from './database-url.ts';

/** The Prisma client type the code is written against; both generated clients share the models. */
export type Db = InstanceType<typeof SqliteClient>;

const walFiles = new Set<string>();

/**
 * The portal and its worker write to the same SQLite file at once: write-ahead logging lets readers go on while
 * one writes. The journal mode is stored in the file, so this runs once per file and process.
 */
function enableWriteAheadLog(file: string): void {
  if (walFiles.has(file) || !existsSync(file)) return;
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
  walFiles.add(file);
}

export function connect(url = resolveDatabaseUrl()): Db {
  if (databaseKind(url) === 'sqlite') {
    const file = url.slice('file:'.length);
    enableWriteAheadLog(file);
    const adapter = new PrismaBetterSqlite3({ url: file });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PostgresClient({ adapter }) as unknown as Db;
}
