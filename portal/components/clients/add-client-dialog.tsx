'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Plus } from 'lucide-react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Field, fieldAria } from '../ui/field';
import { Input } from '../ui/input';
import { useActionForm, type ActionResult } from '../forms/use-action-form';

const Schema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single dashes.').min(2).max(48),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A 3-letter ISO currency, e.g. USD.'),
  locale: z.string().trim().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'A locale such as en or en-GB.'),
  timezone: z.string().trim().min(1, 'Required.'),
});

const slugify = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').replace(/-+/g, '-').slice(0, 48);

export function AddClientDialog({ partnerSlug, action, defaults }: { partnerSlug: string; action: (input: z.infer<typeof Schema> & { partnerSlug: string }) => Promise<ActionResult<{ slug: string }>>; defaults: { currency: string; locale: string; timezone: string } }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, partnerSlug }), {
    defaultValues: { name: '', slug: '', ...defaults },
    onSuccess: (t) => {
      setOpen(false);
      form.reset();
      router.push(`/p/${partnerSlug}/clients/${t.slug}`);
    },
  });
  const e = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button><Plus aria-hidden /> Add client</Button>
      </DialogTrigger>
      <DialogContent title="Add a client" description="A client gets its own data, dashboards, users and optional theme override.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field id="client-name" label="Name" error={e.name?.message}>
            <Input {...fieldAria('client-name', e.name?.message)} {...form.register('name', { onChange: (ev: { target: { value: string } }) => { if (!form.formState.dirtyFields.slug) form.setValue('slug', slugify(ev.target.value)); } })} />
          </Field>
          <Field id="client-slug" label="Address" hint="Used in URLs: letters, digits and dashes." error={e.slug?.message}>
            <Input {...fieldAria('client-slug', e.slug?.message, 'x')} {...form.register('slug')} />
          </Field>
          <div className="grid grid-cols-3 gap-3">
            <Field id="client-currency" label="Currency" error={e.currency?.message}>
              <Input {...fieldAria('client-currency', e.currency?.message)} {...form.register('currency')} />
            </Field>
            <Field id="client-locale" label="Locale" error={e.locale?.message}>
              <Input {...fieldAria('client-locale', e.locale?.message)} {...form.register('locale')} />
            </Field>
            <Field id="client-timezone" label="Time zone" error={e.timezone?.message}>
              <Input {...fieldAria('client-timezone', e.timezone?.message)} {...form.register('timezone')} />
            </Field>
          </div>
          {serverError ? <Alert tone="error">{serverError}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={pending}>Add client</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
