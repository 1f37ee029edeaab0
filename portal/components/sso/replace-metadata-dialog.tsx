'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { FileCog } from 'lucide-react';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { requireMetadata, SamlMetadataFields } from './add-connection-dialog';
import { SamlMetadataInputs } from './saml-metadata-inputs';

const Schema = z.object(SamlMetadataFields).superRefine(requireMetadata);
type Values = z.input<typeof Schema>;
export type ReplaceMetadataAction = (input: Values & { connectionId: string; partnerSlug: string }) => Promise<ActionResult<null>>;

/** Edits a SAML connection's IdP metadata (new certificate, moved IdP): validated like on creation. */
export function ReplaceMetadataDialog({ partnerSlug, connectionId, name, metadataUrl, action }: { partnerSlug: string; connectionId: string; name: string; metadataUrl: string | null; action: ReplaceMetadataAction }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, connectionId, partnerSlug }), {
    defaultValues: { metadataSource: metadataUrl ? 'url' : 'xml', metadataXml: '', metadataUrl: metadataUrl ?? '' },
    onSuccess: () => { setOpen(false); router.refresh(); },
  });
  const e = form.formState.errors as Partial<Record<string, { message?: string }>>;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant="outline" size="sm"><FileCog aria-hidden /> Edit metadata</Button></DialogTrigger>
      <DialogContent title={`IdP metadata of ${name}`} description="Paste the identity provider's new metadata, or give its URL. It is checked before it replaces the current one.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <SamlMetadataInputs idPrefix={`meta-${connectionId}`} source={form.watch('metadataSource') ?? 'xml'} register={form.register as never} err={(k) => e[k]?.message} />
          {serverError ? <Alert tone="error">{serverError}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={pending}>{pending ? 'Checking the metadata…' : 'Save metadata'}</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
