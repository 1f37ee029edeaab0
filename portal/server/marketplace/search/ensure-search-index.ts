import 'server-only';
import { readFileSync } from 'node:fs';
import type { Db, DbKind } from '../../../../prisma/connect.ts';
import { fromRoot } from '@/lib/paths';

/**
 * The SQL of the search index for a database kind: portal/server/marketplace/search/sql/<kind>.sql, read from the
 * repository at run time (the portal runs from the repository; STRATUM_ROOT points elsewhere if not).
 */
export function searchIndexSql(kind: DbKind): string {
  const file = fromRoot('portal', 'server', 'marketplace', 'search', 'sql', `${kind}.sql`);
  return readFileSync(/* turbopackIgnore: true */ file, 'utf8');
}

/** Splits a SQL file into statements, keeping trigger bodies (BEGIN … END;) and $$-quoted bodies whole. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  let depth = 0;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (!inDollar && trimmed.startsWith('--')) continue;
    current += line + '\n';
    const dollars = line.split('$$').length - 1;
    if (dollars % 2 === 1) inDollar = !inDollar;
    if (!inDollar && /\bBEGIN\s*$/i.test(trimmed)) depth += 1;
    if (!inDollar && /^END;$/i.test(trimmed)) depth -= 1;
    if (!inDollar && depth === 0 && trimmed.endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

const ensured = new WeakMap<object, Promise<void>>();

/**
 * Creates the full-text index when it is missing (idempotent), once per client and process. Until the lead's
 * migration carries this SQL, search calls it on first use; afterwards it is a cheap no-op.
 */
export function ensureSearchIndex(db: Db, kind: DbKind): Promise<void> {
  let pending = ensured.get(db);
  if (!pending) {
    pending = (async () => {
      for (const statement of splitStatements(searchIndexSql(kind))) await db.$executeRawUnsafe(statement);
    })();
    pending.catch(() => ensured.delete(db));
    ensured.set(db, pending);
  }
  return pending;
}
