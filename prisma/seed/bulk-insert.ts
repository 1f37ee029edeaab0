import type { Db, DbKind } from '../connect.ts';

/** How a value is written: SQLite stores dates as ISO text and JSON as text; PostgreSQL needs casts for both and enums. */
export type ColumnType = 'text' | 'int' | 'float' | 'datetime' | 'json' | { enum: string };

export interface Column<Row> {
  name: string;
  type: ColumnType;
  value(row: Row): unknown;
}

/** Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
const PG_ROWS_PER_STATEMENT = 10_000;

function pgType(type: ColumnType): string {
  if (typeof type === 'object') return `"${type.enum}"`;
  return { text: 'text', int: 'integer', float: 'double precision', datetime: 'timestamp(3)', json: 'jsonb' }[type];
}

/** SQLite binds plain values; PostgreSQL gets explicit casts (raw parameters arrive untyped). */
function placeholder(kind: DbKind, type: ColumnType, index: number): string {
  return kind === 'sqlite' ? '?' : `$${index}::${pgType(type)}`;
}

/** Most seeded dates are one of 730 days: format each once. */
const formattedDates = new Map<string, string>();

function encodeDate(kind: DbKind, date: Date): string {
  const key = `${kind}${date.getTime()}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const iso = date.toISOString();
    // Prisma's SQLite adapter stores DateTime as ISO-8601 with an explicit +00:00 offset; match it exactly.
    text = kind === 'sqlite' ? iso.replace('Z', '+00:00') : iso;
    if (formattedDates.size > 50_000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

export function encodeValue(kind: DbKind, type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'datetime') return encodeDate(kind, value as Date);
  if (type === 'json') return JSON.stringify(value);
  return value;
}

/**
 * Multi-row INSERTs with bound parameters, as many rows per statement as the parameter limit allows.
 * Used for the large tables, where Prisma's createMany is several times slower.
 */
export class BulkInserter {
  private readonly statements = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly kind: DbKind,
  ) {}

  rowsPerStatement(columnCount: number): number {
    return Math.max(1, Math.floor(MAX_PARAMS / columnCount));
  }

  private sql<Row>(table: string, columns: Column<Row>[], rowCount: number): string {
    const key = `${table}:${rowCount}`;
    const cached = this.statements.get(key);
    if (cached) return cached;
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const tuples: string[] = [];
    for (let r = 0; r < rowCount; r++) {
      tuples.push(`(${columns.map((c, i) => placeholder(this.kind, c.type, r * columns.length + i + 1)).join(', ')})`);
    }
    const sql = `INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`;
    this.statements.set(key, sql);
    return sql;
  }

  async insert<Row>(table: string, columns: Column<Row>[], rows: readonly Row[], onChunk?: (count: number) => void): Promise<number> {
    if (this.kind === 'postgres') return this.insertUnnest(table, columns, rows, onChunk);
    const perStatement = this.rowsPerStatement(columns.length);
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params: unknown[] = [];
      for (const row of chunk) for (const column of columns) params.push(encodeValue(this.kind, column.type, column.value(row)));
      await this.db.$executeRawUnsafe(this.sql(table, columns, chunk.length), ...params);
      onChunk?.(chunk.length);
    }
    return rows.length;
  }

  /**
   * PostgreSQL: one array parameter per column and `INSERT … SELECT FROM unnest(…)`, so a statement carries thousands
   * of rows with a dozen parameters (a huge VALUES list spends most of its time being parsed).
   */
  private async insertUnnest<Row>(table: string, columns: Column<Row>[], rows: readonly Row[], onChunk?: (count: number) => void): Promise<number> {
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const arrays = columns.map((c, i) => `$${i + 1}::${pgType(c.type)}[]`).join(', ');
    const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
    for (let start = 0; start < rows.length; start += PG_ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + PG_ROWS_PER_STATEMENT);
      const params = columns.map((column) => chunk.map((row) => encodeValue('postgres', column.type, column.value(row))));
      await this.db.$executeRawUnsafe(sql, ...params);
      onChunk?.(chunk.length);
    }
    return rows.length;
  }
}
