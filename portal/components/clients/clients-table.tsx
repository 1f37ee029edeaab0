'use client';
import Link from 'next/link';
import { Building2 } from 'lucide-react';
import { DataTable, type DataTableColumn } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

export interface ClientRow {
  slug: string;
  name: string;
  currency: string;
  locale: string;
  timezone: string;
  campaigns: number;
  dashboards: number;
  users: number;
}

export function ClientsTable({ partnerSlug, rows }: { partnerSlug: string; rows: ClientRow[] }) {
  const columns: DataTableColumn<ClientRow>[] = [
    { accessorKey: 'name', header: 'Client', cell: (c) => <Link className="font-medium text-primary hover:underline" href={`/p/${partnerSlug}/clients/${c.row.original.slug}`}>{c.row.original.name}</Link> },
    { accessorKey: 'currency', header: 'Currency' },
    { accessorKey: 'locale', header: 'Locale' },
    { accessorKey: 'timezone', header: 'Time zone' },
    { accessorKey: 'campaigns', header: 'Campaigns', cell: (c) => <span className="tabular-nums">{c.row.original.campaigns}</span> },
    { accessorKey: 'dashboards', header: 'Dashboards', cell: (c) => <span className="tabular-nums">{c.row.original.dashboards}</span> },
    { accessorKey: 'users', header: 'Client users', cell: (c) => <span className="tabular-nums">{c.row.original.users}</span> },
  ];
  return (
    <DataTable
      caption="Clients"
      columns={columns}
      data={rows}
      empty={<EmptyState icon={Building2} title="No clients yet">Add your first client to start embedding their dashboards.</EmptyState>}
    />
  );
}
