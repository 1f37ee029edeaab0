'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { Tabs } from 'radix-ui';
import { z } from 'zod';
import { Plus } from 'lucide-react';
import { assignableRoles, ROLE_LABELS, ROLES, type Role } from '@/lib/permissions';
import { useActionForm, type ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Field, fieldAria } from '../ui/field';
import { Input, NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { Switch } from '../ui/switch';
import { SamlMetadataInputs } from './saml-metadata-inputs';

/** The metadata half of a SAML form (shared with the card's "Replace metadata" dialog). */
export const SamlMetadataFields = { metadataSource: z.enum(['xml', 'url']), metadataXml: z.string().optional(), metadataUrl: z.string().trim().optional() };

export function requireMetadata(v: { metadataSource: 'xml' | 'url'; metadataXml?: string | undefined; metadataUrl?: string | undefined }, ctx: z.RefinementCtx) {
  if (v.metadataSource === 'xml' && !v.metadataXml?.trim()) ctx.addIssue({ code: 'custom', path: ['metadataXml'], message: 'Paste the IdP metadata XML.' });
  if (v.metadataSource === 'url' && !/^https?:\/\/\S+$/i.test(v.metadataUrl ?? '')) ctx.addIssue({ code: 'custom', path: ['metadataUrl'], message: 'A URL such as https://idp.agency.com/metadata' });
}

const Common = { name: z.string().trim().min(2, 'At least 2 characters.'), domains: z.string().trim().min(3, 'At least one domain, e.g. agency.com'), enforced: z.boolean(), defaultRole: z.enum(ROLES) };
const Schema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('oidc'), ...Common, issuer: z.string().trim().url('A URL such as https://login.agency.com'), clientId: z.string().trim().min(1, 'Required.'), clientSecret: z.string().min(1, 'Required.') }),
  z.object({ kind: z.literal('saml'), ...Common, ...SamlMetadataFields }).superRefine(requireMetadata),
]);
type Values = z.input<typeof Schema>;

export function AddConnectionDialog({ partnerSlug, actorRole, action }: { partnerSlug: string; actorRole: Role; action: (input: Values & { partnerSlug: string }) => Promise<ActionResult<{ id: string }>> }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, pending, serverError } = useActionForm(Schema, (v) => action({ ...v, partnerSlug }), {
    defaultValues: { kind: 'oidc', name: '', domains: '', enforced: false, defaultRole: 'viewer', issuer: '', clientId: '', clientSecret: '', metadataSource: 'xml', metadataXml: '', metadataUrl: '' } as Values,
    onSuccess: () => { setOpen(false); form.reset(); router.refresh(); },
  });
  const kind = form.watch('kind');
  const e = form.formState.errors as Partial<Record<string, { message?: string }>>;
  const err = (k: string) => e[k]?.message;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button><Plus aria-hidden /> Add connection</Button></DialogTrigger>
      <DialogContent title="Add an SSO connection" description="People whose email is on these domains are sent to this identity provider.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field id="sso-name" label="Name" error={err('name')}><Input {...fieldAria('sso-name', err('name'))} placeholder="Okta" {...form.register('name')} /></Field>
          <Tabs.Root value={kind} onValueChange={(v) => form.setValue('kind', v as 'oidc' | 'saml')} className="grid gap-4">
            <Tabs.List aria-label="Protocol" className="inline-flex w-fit rounded-md bg-secondary p-1">
              {(['oidc', 'saml'] as const).map((k) => (
                <Tabs.Trigger key={k} value={k} className="rounded px-3 py-1 text-sm data-[state=active]:bg-surface data-[state=active]:shadow-xs">{k === 'oidc' ? 'OpenID Connect' : 'SAML 2.0'}</Tabs.Trigger>
              ))}
            </Tabs.List>
            {/* Each protocol's fields are its tab's panel, always mounted so both triggers' aria-controls resolve. */}
            <Tabs.Content forceMount value="oidc" className="grid gap-4 data-[state=inactive]:hidden">
              <Field id="sso-issuer" label="Issuer URL" hint="We read /.well-known/openid-configuration from it." error={err('issuer')}><Input {...fieldAria('sso-issuer', err('issuer'), 'h')} placeholder="https://login.agency.com" {...form.register('issuer')} /></Field>
              <div className="grid grid-cols-2 gap-3">
                <Field id="sso-client-id" label="Client ID" error={err('clientId')}><Input {...fieldAria('sso-client-id', err('clientId'))} {...form.register('clientId')} /></Field>
                <Field id="sso-client-secret" label="Client secret" hint="Stored encrypted." error={err('clientSecret')}><Input type="password" autoComplete="off" {...fieldAria('sso-client-secret', err('clientSecret'), 'h')} {...form.register('clientSecret')} /></Field>
              </div>
            </Tabs.Content>
            <Tabs.Content forceMount value="saml" className="grid gap-4 data-[state=inactive]:hidden">
              <SamlMetadataInputs idPrefix="sso" source={form.watch('metadataSource') ?? 'xml'} register={form.register as never} err={err} />
            </Tabs.Content>
          </Tabs.Root>
          <Field id="sso-domains" label="Email domains" hint="Comma-separated, e.g. agency.com, agency.co.uk" error={err('domains')}><Input {...fieldAria('sso-domains', err('domains'), 'h')} {...form.register('domains')} /></Field>
          <div className="flex flex-wrap items-center gap-6">
            <Controller control={form.control} name="enforced" render={({ field }) => (
              <div className="flex items-center gap-2"><Switch id="sso-enforced" checked={Boolean(field.value)} onCheckedChange={field.onChange} /><Label htmlFor="sso-enforced">Require SSO for these domains</Label></div>
            )} />
            <div className="flex items-center gap-2">
              <Label htmlFor="sso-default-role">New people join as</Label>
              <NativeSelect id="sso-default-role" className="h-8 w-32" {...form.register('defaultRole')}>
                {assignableRoles(actorRole).filter((r) => r !== 'client').map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
              </NativeSelect>
            </div>
          </div>
          {serverError ? <Alert tone="error">{serverError}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={pending}>{pending ? 'Checking the IdP…' : 'Add connection'}</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
