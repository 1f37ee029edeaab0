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

const Schema = z.object({ title: z.string().trim().min(1, 'A title, please.').max(120), tenantId: z.string(), templateId: z.string() });

export function NewDashboardDialog({ partnerSlug, tenants, templates, canTemplate, action }: { partnerSlug: string; tenants: { id: string; name: string }[]; templates: { id: string; title: string }[]; canTemplate: boolean; action: (input: { partnerSlug: string; title: string; tenantId: string | null; templateId: string | null }) => Promise<ActionResult<{ id: string }>> }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ partnerSlug, title: v.title, tenantId: v.tenantId || null, templateId: v.templateId || null }), {
    defaultValues: { title: '', tenantId: tenants[0]?.id ?? '', templateId: '' },
    onSuccess: (d) => router.push(`/p/${partnerSlug}/dashboards/${d.id}`),
  });
  const e = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> New dashboard</Button></DialogTrigger>
      <DialogContent title="New dashboard" description="For one client, or a template you can apply to many.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field id="dash-title" label="Title" error={e.title?.message}><Input {...fieldAria('dash-title', e.title?.message)} {...form.register('title')} /></Field>
          <Field id="dash-tenant" label="For"><NativeSelect id="dash-tenant" {...form.register('tenantId')}>{tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}{canTemplate ? <option value="">A template (no client)</option> : null}</NativeSelect></Field>
          <Field id="dash-template" label="Start from"><NativeSelect id="dash-template" {...form.register('templateId')}><option value="">A blank dashboard</option>{templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}</NativeSelect></Field>
          {serverError ? <Alert tone="error">{serverError}</Alert> : null}
          <div className="flex justify-end gap-2"><Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button><Button type="submit" disabled={pending}>Create</Button></div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
