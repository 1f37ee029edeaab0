'use client';
import { useState, useTransition } from 'react';
import { Users } from 'lucide-react';
import { assignableRoles, canManageMember, ROLE_LABELS, type Role } from '@/lib/permissions';
import type { ActionResult } from '../forms/use-action-form';
import { Badge } from '../ui/badge';
import { ConfirmButton } from '../ui/confirm-button';
import { DataTable, type DataTableColumn } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { NativeSelect } from '../ui/input';

export interface MemberRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  client: string | null;
  source: string;
  deactivated: boolean;
  isSelf: boolean;
}

type Act<I> = (input: I & { partnerSlug: string }) => Promise<ActionResult<null>>;

function RoleCell({ row, actorRole, partnerSlug, changeRole }: { row: MemberRow; actorRole: Role; partnerSlug: string; changeRole: Act<{ membershipId: string; role: Role }> }) {
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const editable = !row.isSelf && canManageMember(actorRole, row.role);
  if (!editable) return <Badge>{ROLE_LABELS[row.role]}</Badge>;
  const options = assignableRoles(actorRole).filter((r) => (r === 'client') === (row.role === 'client'));
  return (
    <div className="grid gap-1">
      <NativeSelect
        aria-label={`Role of ${row.email}`}
        className="h-8 w-32"
        defaultValue={row.role}
        disabled={pending}
        onChange={(e) => {
          const role = e.target.value as Role;
          start(async () => {
            const result = await changeRole({ partnerSlug, membershipId: row.id, role });
            setError(result.ok ? undefined : result.message);
            if (!result.ok) e.target.value = row.role;
          });
        }}
      >
        {options.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
      </NativeSelect>
      {error ? <p role="alert" className="text-xs text-destructive">{error}</p> : null}
    </div>
  );
}

export function MembersTable({ rows, actorRole, partnerSlug, canManage, changeRole, removeMember }: { rows: MemberRow[]; actorRole: Role; partnerSlug: string; canManage: boolean; changeRole: Act<{ membershipId: string; role: Role }>; removeMember: Act<{ id: string }> }) {
  const columns: DataTableColumn<MemberRow>[] = [
    { accessorKey: 'email', header: 'Member', cell: (c) => <div className="grid"><span className="font-medium">{c.row.original.name ?? c.row.original.email}</span><span className="text-xs text-muted-foreground">{c.row.original.email}{c.row.original.isSelf ? ' (you)' : ''}</span></div> },
    { accessorKey: 'role', header: 'Role', cell: (c) => canManage ? <RoleCell row={c.row.original} actorRole={actorRole} partnerSlug={partnerSlug} changeRole={changeRole} /> : <Badge>{ROLE_LABELS[c.row.original.role]}</Badge> },
    { accessorKey: 'client', header: 'Client', cell: (c) => c.row.original.client ?? <span className="text-muted-foreground">All clients</span> },
    { accessorKey: 'source', header: 'Joined via', cell: (c) => <span className="capitalize">{c.row.original.source === 'sso' ? 'SSO (just in time)' : c.row.original.source}</span> },
    {
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: (c) => {
        const m = c.row.original;
        if (!canManage || m.isSelf || !canManageMember(actorRole, m.role)) return null;
        return (
          <ConfirmButton
            label={`Remove ${m.email}`}
            title={`Remove ${m.email}?`}
            description="They lose access to this partner at once. Their past actions stay in the audit log."
            confirmLabel="Remove"
            onConfirm={async () => { const r = await removeMember({ partnerSlug, id: m.id }); return r.ok ? undefined : r.message; }}
          >
            Remove
          </ConfirmButton>
        );
      },
    },
  ];
  return <DataTable caption="Members" columns={columns} data={rows} empty={<EmptyState icon={Users} title="No members yet" />} />;
}
