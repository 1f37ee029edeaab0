'use client';
import { MailOpen } from 'lucide-react';
import { ROLE_LABELS, type Role } from '@/lib/permissions';
import type { ActionResult } from '../forms/use-action-form';
import { Badge } from '../ui/badge';
import { ConfirmButton } from '../ui/confirm-button';
import { EmptyState } from '../ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';

export interface InvitationRow { id: string; email: string; role: Role; client: string | null; expiresAt: string; invitedBy: string | null; expired: boolean }

export function PendingInvitations({ rows, partnerSlug, canManage, revoke }: { rows: InvitationRow[]; partnerSlug: string; canManage: boolean; revoke: (input: { id: string; partnerSlug: string }) => Promise<ActionResult<null>> }) {
  if (rows.length === 0) return <EmptyState icon={MailOpen} title="No pending invitations">Invitations you send appear here until they are accepted.</EmptyState>;
  return (
    <Table>
      <caption className="sr-only">Pending invitations</caption>
      <TableHeader><TableRow><TableHead>Email</TableHead><TableHead>Role</TableHead><TableHead>Client</TableHead><TableHead>Expires</TableHead><TableHead>Invited by</TableHead><TableHead><span className="sr-only">Actions</span></TableHead></TableRow></TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className="font-medium">{r.email}</TableCell>
            <TableCell><Badge>{ROLE_LABELS[r.role]}</Badge></TableCell>
            <TableCell>{r.client ?? '—'}</TableCell>
            <TableCell>{r.expired ? <Badge tone="negative">Expired</Badge> : new Date(r.expiresAt).toISOString().slice(0, 10)}</TableCell>
            <TableCell>{r.invitedBy ?? '—'}</TableCell>
            <TableCell className="text-right">
              {canManage ? (
                <ConfirmButton label={`Revoke invitation for ${r.email}`} title={`Revoke the invitation for ${r.email}?`} description="The link stops working at once." confirmLabel="Revoke" onConfirm={async () => { const x = await revoke({ id: r.id, partnerSlug }); return x.ok ? undefined : x.message; }}>Revoke</ConfirmButton>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
