'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Plus } from 'lucide-react';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Field, fieldAria } from '../ui/field';
import { Input, NativeSelect } from '../ui/input';
import { TokenReveal } from './token-reveal';

const Schema = z.object({ name: z.string().trim().min(2, 'At least 2 characters.').max(80), defaultRole: z.enum(['admin', 'analyst', 'viewer']) });

export function CreateDirectoryDialog({ partnerSlug, urlPrefix, action }: { partnerSlug: string; urlPrefix: string; action: (input: { partnerSlug: string; name: string; defaultRole: string }) => Promise<ActionResult<{ id: string; token: string }>> }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ id: string; token: string }>();
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, partnerSlug }), { defaultValues: { name: '', defaultRole: 'viewer' }, onSuccess: (d) => { setCreated(d); router.refresh(); } });
  const close = () => { setOpen(false); setCreated(undefined); form.reset(); };
  const e = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> Connect directory</Button></DialogTrigger>
      <DialogContent title={created ? 'Directory connected' : 'Connect a directory'} description={created ? 'Enter these in your identity provider’s SCIM provisioning settings.' : 'People your identity provider assigns to this app become members of your agency.'}>
        {created ? <TokenReveal baseUrl={`${urlPrefix}${created.id}`} token={created.token} onDone={close} /> : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="directory-name" label="Name" error={e.name?.message}><Input {...fieldAria('directory-name', e.name?.message)} placeholder="Okta (production)" {...form.register('name')} /></Field>
            <Field id="directory-default-role" label="Role for people in no mapped group" hint="Map directory groups to higher roles after connecting.">
              <NativeSelect id="directory-default-role" aria-describedby="directory-default-role-hint" {...form.register('defaultRole')}>
                <option value="viewer">Viewer</option><option value="analyst">Analyst</option><option value="admin">Admin</option>
              </NativeSelect>
            </Field>
            {serverError ? <Alert tone="error">{serverError}</Alert> : null}
            <div className="flex justify-end gap-2"><Button variant="outline" onClick={close}>Cancel</Button><Button type="submit" disabled={pending}>Connect</Button></div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
