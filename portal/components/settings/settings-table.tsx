import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@/components/ui/table';

/** A column heading; `hidden` ones are for screen readers only (e.g. the actions column). */
export type Column = string | { label: string; hidden: true };

/**
 * The list card of a settings page (scheduled reports, webhook endpoints, delivery logs): an optional title, the
 * column headings, the rows — or, with no rows, one line saying so.
 */
export function SettingsTable({ title, columns, empty, rows, className }: { title?: string; columns: Column[]; empty: string; rows: ReactNode[]; className?: string }) {
  return (
    <Card className={className}>
      {title ? (
        <CardHeader>
          <CardTitle className="text-base">{title}</CardTitle>
        </CardHeader>
      ) : null}
      <CardContent className="px-0 py-0">
        {rows.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">{empty}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                {columns.map((column) =>
                  typeof column === 'string' ? (
                    <TableHead key={column}>{column}</TableHead>
                  ) : (
                    <TableHead key={column.label}>
                      <span className="sr-only">{column.label}</span>
                    </TableHead>
                  ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>{rows}</TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * One button acting on one row through a server action: the form carries the partner's slug and the row's id (and
 * any extra hidden fields), as every settings action expects.
 */
export function RowAction({ action, partnerSlug, id, label, variant = 'outline', fields }: {
  action: (form: FormData) => Promise<void>;
  partnerSlug: string;
  id: string;
  label: string;
  variant?: 'outline' | 'ghost';
  fields?: Record<string, string>;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="partnerSlug" value={partnerSlug} />
      <input type="hidden" name="id" value={id} />
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button size="sm" variant={variant} type="submit">
        {label}
      </Button>
    </form>
  );
}
