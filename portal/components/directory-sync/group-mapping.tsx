'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ROLE_LABELS } from '@/lib/permissions';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ConfirmButton } from '../ui/confirm-button';
import { Field } from '../ui/field';
import { Input, NativeSelect } from '../ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';
import type { DirectoryActions, DirectoryView } from './types';

/**
 * Group → role rows and the form that adds one. Owner is offered so that the refusal is explained where the
 * choice is made: the server refuses it (SCIM never grants owner) and the message shows here.
 */
export function GroupMapping({ partnerSlug, directory, canManage, actions }: { partnerSlug: string; directory: DirectoryView; canManage: boolean; actions: Pick<DirectoryActions, 'map' | 'unmap'> }) {
  const router = useRouter();
  const [group, setGroup] = useState('');
  const [role, setRole] = useState('admin');
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const entries = Object.entries(directory.groupRoleMap);
  const listId = `groups-${directory.id}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    start(async () => {
      const result = await actions.map({ partnerSlug, directoryId: directory.id, group, role });
      if (!result.ok) { setError(result.issues?.[0]?.message ?? result.message); return; }
      setGroup('');
      router.refresh();
    });
  };
  return (
    <section aria-labelledby={`mapping-${directory.id}`} className="grid gap-3">
      <h3 id={`mapping-${directory.id}`} className="text-sm font-semibold">Group → role mapping</h3>
      <p className="text-sm text-muted-foreground">A person gets the highest role among their mapped groups; people in no mapped group get {ROLE_LABELS[directory.defaultRole]}.</p>
      {entries.length ? (
        <Table>
          <caption className="sr-only">Group to role mapping of {directory.name}</caption>
          <TableHeader><TableRow><TableHead scope="col">Directory group</TableHead><TableHead scope="col">Role</TableHead>{canManage ? <TableHead scope="col"><span className="sr-only">Actions</span></TableHead> : null}</TableRow></TableHeader>
          <TableBody>
            {entries.map(([name, r]) => (
              <TableRow key={name} data-testid={`mapping-${name}`}>
                <TableCell>{name}</TableCell>
                <TableCell>{ROLE_LABELS[r]}</TableCell>
                {canManage ? (
                  <TableCell className="text-right">
                    <ConfirmButton label={`Remove mapping of ${name}`} title={`Remove the mapping of ${name}?`} description="Its members fall back to their other groups' roles or the default role." confirmLabel="Remove"
                      onConfirm={async () => { const res = await actions.unmap({ partnerSlug, directoryId: directory.id, group: name }); router.refresh(); return res.ok ? undefined : res.message; }}>Remove</ConfirmButton>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : <p className="text-sm text-muted-foreground">No groups mapped yet.</p>}
      {canManage ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label={`Map a group of ${directory.name}`}>
          <Field id={`map-group-${directory.id}`} label="Directory group" className="min-w-56 flex-1">
            <Input id={`map-group-${directory.id}`} list={listId} value={group} onChange={(e) => setGroup(e.target.value)} placeholder="Stratum Admins" required maxLength={200} />
            <datalist id={listId}>{directory.groups.map((g) => <option key={g.id} value={g.displayName} />)}</datalist>
          </Field>
          <Field id={`map-role-${directory.id}`} label="Role">
            <NativeSelect id={`map-role-${directory.id}`} value={role} onChange={(e) => setRole(e.target.value)}>
              <option value="admin">Admin</option><option value="analyst">Analyst</option><option value="viewer">Viewer</option><option value="owner">Owner</option>
            </NativeSelect>
          </Field>
          <Button type="submit" disabled={pending || !group.trim()}>Save mapping</Button>
          {error ? <Alert tone="error" className="basis-full">{error}</Alert> : null}
        </form>
      ) : null}
    </section>
  );
}
