import type { Metric, QueryRow } from '../../contract.js';

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  /** 'name' sorts by the row's label; otherwise a metric. */
  column: 'name' | Metric;
  direction: SortDirection;
}

export interface TableRow {
  key: string;
  label: string;
  channel?: string;
  values: Partial<Record<Metric, number | null>>;
}

/** Sorted copy: nulls last in either direction, names by the viewer's collation. */
export function sortRows(rows: readonly TableRow[], sort: SortState, locale: string): TableRow[] {
  const factor = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return factor * collator.compare(a.label, b.label);
    const left = a.values[sort.column];
    const right = b.values[sort.column];
    if (left == null && right == null) return 0;
    if (left == null) return 1;
    if (right == null) return -1;
    return factor * (left - right);
  });
}

export function toTableRows(rows: readonly QueryRow[], dimension: 'campaign' | 'channel' | 'date' | 'variant', labelFor: (key: string, row: QueryRow) => string): TableRow[] {
  return rows.map((row) => {
    const key = row.keys[dimension] ?? '';
    return { key, label: labelFor(key, row), channel: row.keys.channel, values: row.values };
  });
}

/** Page `page` (0-based) of `size` rows, and how many pages there are. */
export function paginate<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * size, current * size + size), page: current, pages };
}
