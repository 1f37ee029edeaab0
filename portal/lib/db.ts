import 'server-only';
import { connect, databaseKind, DEFAULT_DATABASE_URL, resolveDatabaseUrl, type Db, type DbKind } from '../../prisma/connect.ts';
import { env } from './env';
import { repoRoot } from './paths';

export type { Db, DbKind };

/** DATABASE_URL with relative SQLite paths taken from the repository root. */
export function databaseUrl(): string {
  return resolveDatabaseUrl(env().DATABASE_URL ?? DEFAULT_DATABASE_URL, repoRoot());
}

export function dbKind(): DbKind {
  return databaseKind(databaseUrl());
}

const globalForDb = globalThis as unknown as { stratumDb?: Db };

function instance(): Db {
  return (globalForDb.stratumDb ??= connect(databaseUrl()));
}

/**
 * The one Prisma client of the process, created on first use (so that `next build` never opens the database)
 * and kept across hot reloads in development.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = instance();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});
