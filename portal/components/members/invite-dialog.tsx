'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { UserPlus } from 'lucide-react';
import { assignableRoles, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '@/lib/permissions';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Field, fieldAria } from '../ui/field';
import { Input, NativeSelect } from '../ui/input';

const Schema = z
  .object({ email: z.string().trim().toLowerCase().email('Enter a valid email address.'), role: z.enum(ROLES), tenantId: z.string().nullable() })
  .refine((v) => (v.role === 'client') === Boolean(v.tenantId), { message: 'Choose the client this user belongs to.', path: ['tenantId'] });

export function InviteDialog({ partnerSlug, actorRole, tenants, action }: { partnerSlug: string; actorRole: Role; tenants: { id: string; name: string }[]; action: (input: z.infer<typeof Schema> & { partnerSlug: string }) => Promise<ActionResult<{ id: string }>> }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string>();
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, tenantId: v.role === 'client' ? v.tenantId : null, partnerSlug }), {
    defaultValues: { email: '', role: 'viewer', tenantId: null },
    onSuccess: () => {
      setSent(form.getValues('email'));
      form.reset();
      setOpen(false);
      router.refresh();
    },
  });
  const role = form.watch('role');
  const e = form.formState.errors;
  return (
    <>
      {sent ? <Alert tone="success" className="mb-4">Invitation sent to {sent}. It expires in 7 days.</Alert> : null}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button><UserPlus aria-hidden /> Invite</Button>
        </DialogTrigger>
        <DialogContent title="Invite a member" description="They get an email with a link that works for 7 days.">
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="invite-email" label="Email" error={e.email?.message}>
              <Input type="email" {...fieldAria('invite-email', e.email?.message)} {...form.register('email')} />
            </Field>
            <Field id="invite-role" label="Role" hint={ROLE_DESCRIPTIONS[role]} error={e.role?.message}>
              <NativeSelect {...fieldAria('invite-role', e.role?.message, ROLE_DESCRIPTIONS[role])} {...form.register('role')}>
                {assignableRoles(actorRole).map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
              </NativeSelect>
            </Field>
            {role === 'client' ? (
              <Field id="invite-tenant" label="Client" error={e.tenantId?.message}>
                <NativeSelect {...fieldAria('invite-tenant', e.tenantId?.message)} {...form.register('tenantId', { setValueAs: (v: string) => v || null })}>
                  <option value="">Choose a client…</option>
                  {tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </NativeSelect>
              </Field>
            ) : null}
            {serverError ? <Alert tone="error">{serverError}</Alert> : null}
            <div className="flex justify-end gap-2">
              <Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
              <Button type="submit" disabled={pending}>Send invitation</Button>
            </div>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
