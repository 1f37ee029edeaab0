import { describe, expect, it } from 'vitest';
import { paginate, sortRows, type TableRow } from './rows.ts';

const rows: TableRow[] = [
  { key: 'a', label: 'Campaign 10', values: { cpa: 12 } },
  { key: 'b', label: 'Campaign 2', values: { cpa: null } },
  { key: 'c', label: 'campaign 1', values: { cpa: 5 } },
];

describe('sortRows', () => {
  it('puts undefined values last in both directions', () => {
    expect(sortRows(rows, { column: 'cpa', direction: 'ascending' }, 'en').map((row) => row.key)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, { column: 'cpa', direction: 'descending' }, 'en').map((row) => row.key)).toEqual(['a', 'c', 'b']);
  });

  it('sorts names naturally, ignoring case', () => {
    expect(sortRows(rows, { column: 'name', direction: 'ascending' }, 'en').map((row) => row.label)).toEqual(['campaign 1', 'Campaign 2', 'Campaign 10']);
  });
});

describe('paginate', () => {
  it('clamps the page into range', () => {
    expect(paginate([1, 2, 3, 4, 5], 7, 2)).toEqual({ rows: [5], page: 2, pages: 3 });
    expect(paginate([], 0, 10)).toEqual({ rows: [], page: 0, pages: 1 });
  });
});
