'use client';
import * as React from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { createSortedRowModel, flexRender, rowSortingFeature, sortFns, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from './table';

export const dataTableFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns });
export type DataTableColumn<T extends RowData> = ColumnDef<typeof dataTableFeatures, T>;

/**
 * A sortable data grid on TanStack Table: headers are buttons that cycle the sort, announced through aria-sort.
 * Callers define their columns in a client component (cells are functions).
 */
export function DataTable<T extends RowData>({ columns, data, caption, empty, rowLabel }: { columns: DataTableColumn<T>[]; data: T[]; caption: string; empty?: React.ReactNode; rowLabel?: (row: T) => string }) {
  const table = useTable({ features: dataTableFeatures, columns, data });
  const rows = table.getRowModel().rows;
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const sortable = header.column.getCanSort();
              const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
              return (
                <TableHead key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                  {sortable ? (
                    <button type="button" className="inline-flex items-center gap-1 uppercase hover:text-foreground" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      {sorted === 'asc' ? <ArrowUp aria-hidden className="size-3" /> : sorted === 'desc' ? <ArrowDown aria-hidden className="size-3" /> : <ArrowUpDown aria-hidden className="size-3 opacity-50" />}
                    </button>
                  ) : (
                    label
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} aria-label={rowLabel?.(row.original)}>
            {row.getAllCells().map((cell) => (
              <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
