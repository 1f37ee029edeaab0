import type { DbKind } from '../../../../prisma/connect.ts';

/** Collects parameters and writes the right placeholder for each database (? for SQLite, $n for PostgreSQL). */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly kind: DbKind) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.kind === 'sqlite' ? '?' : `$${this.values.length}`;
  }

  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }

  bool(value: boolean): string {
    return this.add(this.kind === 'sqlite' ? (value ? 1 : 0) : value);
  }
}

/** Words of a search box as safe tokens (letters and digits only), at most eight of them. */
export function searchTokens(q: string | undefined): string[] {
  if (!q) return [];
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** FTS5 MATCH expression: every word, as a prefix ("roa" finds "roas"). */
export function fts5Query(tokens: string[]): string {
  return tokens.map((t) => `"${t}"*`).join(' ');
}

/** to_tsquery expression: every word, as a prefix. */
export function tsQuery(tokens: string[]): string {
  return tokens.map((t) => `${t}:*`).join(' & ');
}
