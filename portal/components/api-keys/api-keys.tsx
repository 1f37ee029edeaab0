'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { KeyRound, Plus } from 'lucide-react';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConfirmButton } from '../ui/confirm-button';
import { DataTable, type DataTableColumn } from '../ui/data-table';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { EmptyState } from '../ui/empty-state';
import { Field, fieldAria } from '../ui/field';
import { Input, NativeSelect } from '../ui/input';
import { SecretReveal } from '../ui/secret-reveal';

export interface ApiKeyRow { id: string; name: string; prefix: string; scopes: string[]; expiresAt: string | null; lastUsedAt: string | null; revokedAt: string | null; createdBy: string | null; createdAt: string }

export function CreateApiKeyDialog({ partnerSlug, scopes, action }: { partnerSlug: string; scopes: readonly string[]; action: (input: { partnerSlug: string; name: string; scopes: never[]; expiresInDays: number }) => Promise<ActionResult<{ id: string; key: string }>> }) {
  const Schema = z.object({ name: z.string().trim().min(2, 'At least 2 characters.').max(80), scopes: z.array(z.string()).min(1, 'Pick at least one scope.'), expiresInDays: z.coerce.number().int().min(0).max(730) });
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState<string>();
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, scopes: v.scopes as never[], partnerSlug }), { defaultValues: { name: '', scopes: [], expiresInDays: 90 }, onSuccess: (d) => { setKey(d.key); router.refresh(); } });
  const close = () => { setOpen(false); setKey(undefined); form.reset(); };
  const e = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> New API key</Button></DialogTrigger>
      <DialogContent title={key ? 'API key created' : 'New API key'} description={key ? undefined : 'For your servers calling the Stratum REST API. Give it only the scopes it needs.'}>
        {key ? <SecretReveal label="API key" secret={key} onDone={close} /> : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="key-name" label="Name" error={e.name?.message}><Input {...fieldAria('key-name', e.name?.message)} placeholder="Reporting backend" {...form.register('name')} /></Field>
            <Controller control={form.control} name="scopes" render={({ field }) => <CheckboxGroup legend="Scopes" options={scopes} value={field.value} onChange={field.onChange} error={e.scopes?.message} />} />
            <Field id="key-expiry" label="Expires"><NativeSelect id="key-expiry" {...form.register('expiresInDays')}><option value={30}>In 30 days</option><option value={90}>In 90 days</option><option value={365}>In a year</option><option value={0}>Never</option></NativeSelect></Field>
            {serverError ? <Alert tone="error">{serverError}</Alert> : null}
            <div className="flex justify-end gap-2"><Button variant="outline" onClick={close}>Cancel</Button><Button type="submit" disabled={pending}>Create key</Button></div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function ApiKeysTable({ rows, partnerSlug, canManage, revoke }: { rows: ApiKeyRow[]; partnerSlug: string; canManage: boolean; revoke: (input: { partnerSlug: string; id: string }) => Promise<ActionResult<null>> }) {
  const router = useRouter();
  const now = Date.now();
  const columns: DataTableColumn<ApiKeyRow>[] = [
    { accessorKey: 'name', header: 'Name', cell: (c) => <div className="grid"><span className="font-medium">{c.row.original.name}</span><code className="text-xs text-muted-foreground">{c.row.original.prefix}…</code></div> },
    { accessorKey: 'scopes', header: 'Scopes', enableSorting: false, cell: (c) => <div className="flex max-w-md flex-wrap gap-1">{c.row.original.scopes.map((s) => <Badge key={s} className="font-mono">{s}</Badge>)}</div> },
    { id: 'status', header: 'Status', accessorFn: (r) => (r.revokedAt ? 'revoked' : r.expiresAt && Date.parse(r.expiresAt) < now ? 'expired' : 'active'), cell: (c) => { const s = c.getValue() as string; return <Badge tone={s === 'active' ? 'positive' : 'negative'}>{s}</Badge>; } },
    { accessorKey: 'expiresAt', header: 'Expires', cell: (c) => c.row.original.expiresAt?.slice(0, 10) ?? 'Never' },
    { accessorKey: 'lastUsedAt', header: 'Last used', cell: (c) => c.row.original.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'Never' },
    { accessorKey: 'createdBy', header: 'Created by', cell: (c) => c.row.original.createdBy ?? '—' },
    { id: 'actions', header: () => <span className="sr-only">Actions</span>, enableSorting: false, cell: (c) => canManage && !c.row.original.revokedAt ? <ConfirmButton label={`Revoke ${c.row.original.name}`} title={`Revoke ${c.row.original.name}?`} description="Requests with this key fail at once." confirmLabel="Revoke" onConfirm={async () => { const r = await revoke({ partnerSlug, id: c.row.original.id }); router.refresh(); return r.ok ? undefined : r.message; }}>Revoke</ConfirmButton> : null },
  ];
  return <DataTable caption="API keys" columns={columns} data={rows} empty={<EmptyState icon={KeyRound} title="No API keys yet">Create one for each server that calls the REST API.</EmptyState>} />;
}
