'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { PlugZap } from 'lucide-react';
import { assignableRoles, ROLE_LABELS, type Role } from '@/lib/permissions';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { Switch } from '../ui/switch';
import { ReplaceMetadataDialog, type ReplaceMetadataAction } from './replace-metadata-dialog';

export interface ConnectionView {
  id: string;
  kind: 'oidc' | 'saml';
  name: string;
  issuer: string | null;
  clientId: string | null;
  domains: string[];
  enforced: boolean;
  defaultRole: Role;
  lastTestedAt: string | null;
  lastTestResult: string | null;
  callbackUrl: string;
  /** SAML only: what the IdP admin enters (our entity id and ACS URL) and where the IdP metadata comes from. */
  saml: { entityId: string; acsUrl: string; spMetadataUrl: string; metadataUrl: string | null } | null;
  certificate: { level: 'ok' | 'warning' | 'expired'; daysLeft: number; expiresAt: string } | null;
}

type Act<I, T = null> = (input: I & { partnerSlug: string }) => Promise<ActionResult<T>>;

export function ConnectionCard({ c, partnerSlug, actorRole, canManage, update, test, remove, replaceMetadata }: {
  c: ConnectionView; partnerSlug: string; actorRole: Role; canManage: boolean;
  replaceMetadata: ReplaceMetadataAction;
  update: Act<{ connectionId: string; enforced?: boolean; defaultRole?: Role }>;
  test: Act<{ id: string }, { ok: boolean; message: string }>;
  remove: Act<{ id: string }>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<ActionResult<unknown>>, ok?: string) => start(async () => {
    const r = await fn();
    if (!r.ok) setMessage({ tone: 'error', text: r.message });
    else if (ok) setMessage({ tone: 'success', text: ok });
    router.refresh();
  });
  return (
    <Card role="region" aria-labelledby={`sso-${c.id}-title`}>
      <CardHeader>
        <div className="grid gap-1">
          <CardTitle id={`sso-${c.id}-title`} className="flex items-center gap-2">{c.name} <Badge tone="info">{c.kind.toUpperCase()}</Badge>{c.enforced ? <Badge tone="warning">Enforced</Badge> : null}</CardTitle>
          <p className="text-sm text-muted-foreground">{c.issuer}{c.clientId ? ` · client ${c.clientId}` : ''}</p>
        </div>
        {canManage ? (
          <div className="flex gap-2">
            <Button variant="outline" size="sm" disabled={pending} onClick={() => start(async () => {
              const r = await test({ partnerSlug, id: c.id });
              setMessage(r.ok ? { tone: r.data.ok ? 'success' : 'error', text: r.data.message } : { tone: 'error', text: r.message });
              router.refresh();
            })}><PlugZap aria-hidden /> Test connection</Button>
            {c.saml ? <ReplaceMetadataDialog partnerSlug={partnerSlug} connectionId={c.id} name={c.name} metadataUrl={c.saml.metadataUrl} action={replaceMetadata} /> : null}
            <ConfirmButton label={`Delete ${c.name}`} title={`Delete ${c.name}?`} description="People on its domains can no longer sign in through it. Existing members keep their access." confirmLabel="Delete" onConfirm={async () => { const r = await remove({ partnerSlug, id: c.id }); router.refresh(); return r.ok ? undefined : r.message; }}>Delete</ConfirmButton>
          </div>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {c.certificate && c.certificate.level !== 'ok' ? (
          <Alert tone={c.certificate.level === 'expired' ? 'error' : 'warning'} title={c.certificate.level === 'expired' ? 'The IdP certificate has expired' : `The IdP certificate expires in ${c.certificate.daysLeft} days`}>
            Expiry {c.certificate.expiresAt.slice(0, 10)}. Upload the IdP&apos;s new metadata before then, or sign-in stops working.
          </Alert>
        ) : null}
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2">
          <dt className="text-muted-foreground">Email domains</dt>
          <dd className="flex flex-wrap gap-1">{c.domains.map((d) => <Badge key={d}>{d}</Badge>)}</dd>
          {c.saml ? (
            <>
              <dt className="text-muted-foreground">ACS URL</dt>
              <dd><code className="break-all rounded bg-secondary px-1.5 py-0.5 text-xs">{c.saml.acsUrl}</code></dd>
              <dt className="text-muted-foreground">SP entity ID</dt>
              <dd><code className="break-all rounded bg-secondary px-1.5 py-0.5 text-xs">{c.saml.entityId}</code> · <a className="underline underline-offset-2" href={c.saml.spMetadataUrl}>SP metadata</a></dd>
              <dt className="text-muted-foreground">IdP metadata</dt>
              <dd className="break-all">{c.saml.metadataUrl ?? 'Pasted XML'}</dd>
              <dt className="text-muted-foreground">Signing certificate</dt>
              <dd>{c.certificate ? `Valid until ${c.certificate.expiresAt.slice(0, 10)}` : 'Not read yet — test the connection'}</dd>
            </>
          ) : (
            <>
              <dt className="text-muted-foreground">Redirect URI</dt>
              <dd><code className="break-all rounded bg-secondary px-1.5 py-0.5 text-xs">{c.callbackUrl}</code></dd>
            </>
          )}
          <dt className="text-muted-foreground">Last test</dt>
          <dd>{c.lastTestedAt ? `${c.lastTestedAt.slice(0, 16).replace('T', ' ')} UTC — ${c.lastTestResult ?? ''}` : 'Never tested'}</dd>
        </dl>
        <div className="flex flex-wrap items-center gap-6 border-t border-border pt-4">
          <div className="flex items-center gap-2">
            <Switch id={`enforce-${c.id}`} checked={c.enforced} disabled={!canManage || pending} onCheckedChange={(enforced) => run(() => update({ partnerSlug, connectionId: c.id, enforced }), enforced ? 'SSO is now required for these domains; magic links are refused.' : 'Other sign-in methods are allowed again.')} />
            <Label htmlFor={`enforce-${c.id}`}>Require SSO for these domains</Label>
          </div>
          <div className="flex items-center gap-2">
            <Label htmlFor={`role-${c.id}`}>New people join as</Label>
            <NativeSelect id={`role-${c.id}`} className="h-8 w-32" defaultValue={c.defaultRole} disabled={!canManage || pending} onChange={(e) => run(() => update({ partnerSlug, connectionId: c.id, defaultRole: e.target.value as Role }), 'Default role saved.')}>
              {[...new Set([c.defaultRole, ...assignableRoles(actorRole)])].filter((r) => r !== 'client').map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </NativeSelect>
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
