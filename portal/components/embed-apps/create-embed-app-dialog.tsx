'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { Plus } from 'lucide-react';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Field, fieldAria } from '../ui/field';
import { Input, Textarea } from '../ui/input';
import { SecretReveal } from '../ui/secret-reveal';

export const EMBED_APP_SCOPES = ['dashboards:*', 'recommendations', 'recommendations:apply', 'copilot', 'export'] as const;
const Schema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  origins: z.string().trim().min(8, 'At least one origin, e.g. https://app.agency.com'),
  scopes: z.array(z.enum(EMBED_APP_SCOPES)).min(1, 'Pick at least one scope.'),
});

export function CreateEmbedAppDialog({ partnerSlug, action }: { partnerSlug: string; action: (input: z.infer<typeof Schema> & { partnerSlug: string }) => Promise<ActionResult<{ id: string; secret: string }>> }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ id: string; secret: string }>();
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, partnerSlug }), {
    defaultValues: { name: '', origins: '', scopes: ['dashboards:*'] },
    onSuccess: (app) => { setCreated(app); router.refresh(); },
  });
  const e = form.formState.errors;
  const close = () => { setOpen(false); setCreated(undefined); form.reset(); };
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> New embed app</Button></DialogTrigger>
      <DialogContent title={created ? 'Embed app created' : 'New embed app'} description={created ? `App id ${created.id}` : 'Where your widgets may be embedded, and what tokens of this app may grant.'}>
        {created ? (
          <SecretReveal label="Signing secret" secret={created.secret} onDone={close} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="app-name" label="Name" error={e.name?.message}><Input {...fieldAria('app-name', e.name?.message)} placeholder="Client dashboard in our app" {...form.register('name')} /></Field>
            <Field id="app-origins" label="Allowed origins" hint="One per line: scheme, host and port, no path." error={e.origins?.message}>
              <Textarea rows={3} className="font-mono text-xs" {...fieldAria('app-origins', e.origins?.message, 'h')} placeholder="https://app.agency.com" {...form.register('origins')} />
            </Field>
            <Controller control={form.control} name="scopes" render={({ field }) => <CheckboxGroup legend="Scopes tokens may grant" options={EMBED_APP_SCOPES} value={field.value} onChange={field.onChange} error={e.scopes?.message} />} />
            {serverError ? <Alert tone="error">{serverError}</Alert> : null}
            <div className="flex justify-end gap-2"><Button variant="outline" onClick={close}>Cancel</Button><Button type="submit" disabled={pending}>Create app</Button></div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
