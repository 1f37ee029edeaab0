import path from 'node:path';

/** URL helpers with no Prisma client import: scripts/db.ts uses them before the clients are generated. */
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
