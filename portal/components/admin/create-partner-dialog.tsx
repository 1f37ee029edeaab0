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

const Schema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'Lowercase letters, digits and dashes (1–40), not starting or ending with a dash.'),
  plan: z.enum(['starter', 'growth', 'enterprise']),
  ownerEmail: z.email('Enter the owner’s email address.').trim().toLowerCase(),
});

const slugify = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

export function CreatePartnerDialog({ action }: { action: (input: z.infer<typeof Schema>) => Promise<ActionResult<{ slug: string }>> }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, action, {
    defaultValues: { name: '', slug: '', plan: 'starter', ownerEmail: '' },
    onSuccess: (p) => { setOpen(false); form.reset(); router.push(`/admin/partners/${p.slug}`); },
  });
  const e = form.formState.errors;
  const name = form.register('name');
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> New partner</Button></DialogTrigger>
      <DialogContent title="New partner" description="An agency gets its own clients, theme, embed apps and members. Its first owner can sign in and invite the rest.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field id="partner-name" label="Name" error={e.name?.message}>
            <Input {...fieldAria('partner-name', e.name?.message)} {...name} onChange={(ev) => { void name.onChange(ev); if (!form.getFieldState('slug').isDirty) form.setValue('slug', slugify(ev.target.value)); }} />
          </Field>
          <Field id="partner-slug" label="Slug" hint="Used in URLs: /p/<slug>." error={e.slug?.message}>
            <Input {...fieldAria('partner-slug', e.slug?.message, 'hint')} {...form.register('slug')} />
          </Field>
          <Field id="partner-plan" label="Plan">
            <NativeSelect id="partner-plan" {...form.register('plan')}><option value="starter">Starter</option><option value="growth">Growth</option><option value="enterprise">Enterprise</option></NativeSelect>
          </Field>
          <Field id="partner-owner" label="Owner email" error={e.ownerEmail?.message}>
            <Input type="email" {...fieldAria('partner-owner', e.ownerEmail?.message)} {...form.register('ownerEmail')} />
          </Field>
          {serverError ? <Alert tone="error">{serverError}</Alert> : null}
          <div className="flex justify-end gap-2"><Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button><Button type="submit" disabled={pending}>Create partner</Button></div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
