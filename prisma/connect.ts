import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts';

/** The Prisma client type the code is written against; both generated clients share the models. */
export type Db = InstanceType<typeof SqliteClient>;
export type DbKind = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./.stratum/stratum.db';

export function databaseKind(url: string): DbKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url.split(':')[0]}:"`);
}

/** Relative SQLite paths are taken from the project root, whichever directory the process runs in. */
export function resolveDatabaseUrl(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, root = process.cwd()): string {
  if (!url.startsWith('file:')) return url;
  const file = url.slice('file:'.length).split('?')[0] ?? '';
  return `file:${path.resolve(root, file)}`;
}

export function connect(url = resolveDatabaseUrl()): Db {
  if (databaseKind(url) === 'sqlite') {
    const adapter = new PrismaBetterSqlite3({ url: url.slice('file:'.length) });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PostgresClient({ adapter }) as unknown as Db;
}
