import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts';
import { databaseKind, resolveDatabaseUrl } from './database-url.ts';

export { DEFAULT_DATABASE_URL, databaseKind, resolveDatabaseUrl, type DbKind } from './database-url.ts';

/** The Prisma client type the code is written against; both generated clients share the models. */
export type Db = InstanceType<typeof SqliteClient>;

export function connect(url = resolveDatabaseUrl()): Db {
  if (databaseKind(url) === 'sqlite') {
    const adapter = new PrismaBetterSqlite3({ url: url.slice('file:'.length) });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PostgresClient({ adapter }) as unknown as Db;
}
