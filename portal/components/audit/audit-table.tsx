'use client';
import { ScrollText } from 'lucide-react';
import { Badge } from '../ui/badge';
import { DataTable, type DataTableColumn } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

export interface AuditRow { id: string; at: string; actorType: string; actor: string; action: string; target: string | null; client: string | null; ip: string | null; details: string }

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const columns: DataTableColumn<AuditRow>[] = [
    { accessorKey: 'at', header: 'When (UTC)', cell: (c) => <time dateTime={c.row.original.at} className="whitespace-nowrap tabular-nums">{c.row.original.at.slice(0, 19).replace('T', ' ')}</time> },
    { accessorKey: 'actor', header: 'Who', cell: (c) => <div className="grid"><span>{c.row.original.actor}</span>{c.row.original.actorType !== 'user' ? <span className="text-xs text-muted-foreground">{c.row.original.actorType}</span> : null}</div> },
    { accessorKey: 'action', header: 'What', cell: (c) => <Badge className="font-mono">{c.row.original.action}</Badge> },
    { accessorKey: 'target', header: 'Target', cell: (c) => <span className="font-mono text-xs">{c.row.original.target ?? '—'}</span> },
    { accessorKey: 'client', header: 'Client', cell: (c) => c.row.original.client ?? '—' },
    { accessorKey: 'ip', header: 'IP', cell: (c) => <span className="font-mono text-xs">{c.row.original.ip ?? '—'}</span> },
    { accessorKey: 'details', header: 'Details', enableSorting: false, cell: (c) => <span className="line-clamp-2 max-w-sm break-all font-mono text-xs text-muted-foreground">{c.row.original.details}</span> },
  ];
  return <DataTable caption="Audit events" columns={columns} data={rows} empty={<EmptyState icon={ScrollText} title="No events match">Every change in the portal is recorded here: who, what, when and from where.</EmptyState>} />;
}
