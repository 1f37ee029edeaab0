'use client';
import { useRouter } from 'next/navigation';
import { ROLE_LABELS, type Role } from '@/lib/permissions';
import { Badge } from '../ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import { GroupMapping } from './group-mapping';
import { RotateTokenDialog } from './rotate-token-dialog';
import type { DirectoryActions, DirectoryView } from './types';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : 'Never');

export function DirectoryCard({ partnerSlug, directory, baseUrl, canManage, actions }: { partnerSlug: string; directory: DirectoryView; baseUrl: string; canManage: boolean; actions: DirectoryActions }) {
  const router = useRouter();
  const d = directory;
  return (
    <Card data-testid={`directory-${d.name}`}>
      <CardHeader>
        <div className="grid min-w-0 gap-1">
          <CardTitle>{d.name}</CardTitle>
          <CardDescription>SCIM base URL <code className="break-all font-mono text-xs text-foreground">{baseUrl}</code></CardDescription>
          <CardDescription>Default role {ROLE_LABELS[d.defaultRole]} · last sync {when(d.lastSyncAt)}</CardDescription>
        </div>
        {canManage ? (
          <div className="flex gap-2">
            <RotateTokenDialog partnerSlug={partnerSlug} directoryId={d.id} name={d.name} baseUrl={baseUrl} rotate={actions.rotate} />
            <ConfirmButton label={`Delete ${d.name}`} title={`Delete ${d.name}?`} description="Provisioning stops and its token stops working. Members it created stay; remove them under Members." confirmLabel="Delete" variant="destructive"
              onConfirm={async () => { const r = await actions.remove({ partnerSlug, directoryId: d.id }); router.refresh(); return r.ok ? undefined : r.message; }}>Delete</ConfirmButton>
          </div>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        <GroupMapping partnerSlug={partnerSlug} directory={d} canManage={canManage} actions={actions} />
        <section aria-labelledby={`groups-h-${d.id}`} className="grid gap-2">
          <h3 id={`groups-h-${d.id}`} className="text-sm font-semibold">Synced groups ({d.groups.length})</h3>
          {d.groups.length ? (
            <Table>
              <caption className="sr-only">Groups synced from {d.name}</caption>
              <TableHeader><TableRow><TableHead>Group</TableHead><TableHead>Members</TableHead><TableHead>Maps to</TableHead></TableRow></TableHeader>
              <TableBody>
                {d.groups.map((g) => {
                  const mapped = Object.entries(d.groupRoleMap).find(([name]) => name.toLowerCase() === g.displayName.toLowerCase())?.[1];
                  return <TableRow key={g.id}><TableCell>{g.displayName}</TableCell><TableCell>{g.memberCount}</TableCell><TableCell>{mapped ? ROLE_LABELS[mapped] : '—'}</TableCell></TableRow>;
                })}
              </TableBody>
            </Table>
          ) : <p className="text-sm text-muted-foreground">No groups pushed yet.</p>}
        </section>
        <section aria-labelledby={`users-h-${d.id}`} className="grid gap-2">
          <h3 id={`users-h-${d.id}`} className="text-sm font-semibold">Synced people ({d.users.length})</h3>
          {d.users.length ? (
            <Table>
              <caption className="sr-only">People synced from {d.name}</caption>
              <TableHeader><TableRow><TableHead>User name</TableHead><TableHead>Email</TableHead><TableHead>Status</TableHead><TableHead>Role</TableHead></TableRow></TableHeader>
              <TableBody>
                {d.users.map((u) => (
                  <TableRow key={u.id} data-testid={`scim-user-${u.email}`}>
                    <TableCell>{u.userName}</TableCell>
                    <TableCell>{u.email}</TableCell>
                    <TableCell>{u.active ? <Badge tone="positive">Active</Badge> : <Badge tone="negative">Deactivated</Badge>}</TableCell>
                    <TableCell>{u.role ? ROLE_LABELS[u.role as Role] : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : <p className="text-sm text-muted-foreground">No people provisioned yet.</p>}
        </section>
      </CardContent>
    </Card>
  );
}
