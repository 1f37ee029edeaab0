'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { RefreshCw } from 'lucide-react';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { ConfirmButton } from '../ui/confirm-button';
import { Dialog, DialogContent } from '../ui/dialog';
import { Textarea } from '../ui/input';
import { Label } from '../ui/label';
import { SecretReveal } from '../ui/secret-reveal';

export interface EmbedAppView { id: string; name: string; allowedOrigins: string[]; allowedScopes: string[]; rotatedAt: string | null; revokedAt: string | null; previousSecretExpiresAt: string | null; internal: boolean }
type Act<I, T = null> = (input: I & { partnerSlug: string }) => Promise<ActionResult<T>>;

export function EmbedAppCard({ app, partnerSlug, canManage, rotate, revoke, updateOrigins }: { app: EmbedAppView; partnerSlug: string; canManage: boolean; rotate: Act<{ id: string }, { secret: string }>; revoke: Act<{ id: string }>; updateOrigins: Act<{ id: string; origins: string }> }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string>();
  const [origins, setOrigins] = useState(app.allowedOrigins.join('\n'));
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [pending, start] = useTransition();
  const revoked = app.revokedAt !== null;
  const editable = canManage && !revoked && !app.internal;
  return (
    <Card role="region" aria-label={`Embed app ${app.name}`}>
      <CardHeader>
        <div className="grid gap-1">
          <CardTitle className="flex flex-wrap items-center gap-2">{app.name}{revoked ? <Badge tone="negative">Revoked</Badge> : <Badge tone="positive">Active</Badge>}{app.internal ? <Badge>Used by the portal</Badge> : null}</CardTitle>
          <p className="font-mono text-xs text-muted-foreground">{app.id}</p>
        </div>
        {editable ? (
          <div className="flex gap-2">
            <ConfirmButton label={`Rotate secret of ${app.name}`} title="Rotate the signing secret?" description="You get a new secret once. The current one keeps working for 24 hours so you can deploy the new one." confirmLabel="Rotate" variant="outline" onConfirm={async () => { const r = await rotate({ partnerSlug, id: app.id }); if (r.ok) { setSecret(r.data.secret); router.refresh(); return undefined; } return r.message; }}>
              <RefreshCw aria-hidden /> Rotate secret
            </ConfirmButton>
            <ConfirmButton label={`Revoke ${app.name}`} title={`Revoke ${app.name}?`} description="Every token this app signed stops working at once. This cannot be undone." confirmLabel="Revoke" onConfirm={async () => { const r = await revoke({ partnerSlug, id: app.id }); router.refresh(); return r.ok ? undefined : r.message; }}>Revoke</ConfirmButton>
          </div>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <div className="flex flex-wrap gap-1">{app.allowedScopes.map((s) => <Badge key={s} tone="info" className="font-mono">{s}</Badge>)}</div>
        {app.rotatedAt ? <p className="text-muted-foreground">Secret rotated {app.rotatedAt.slice(0, 10)}{app.previousSecretExpiresAt && new Date(app.previousSecretExpiresAt) > new Date() ? `; the previous secret works until ${app.previousSecretExpiresAt.slice(0, 16).replace('T', ' ')} UTC` : ''}.</p> : null}
        <div className="grid gap-1.5">
          <Label htmlFor={`origins-${app.id}`}>Allowed origins</Label>
          <Textarea id={`origins-${app.id}`} rows={Math.min(5, Math.max(2, app.allowedOrigins.length))} className="font-mono text-xs" disabled={!editable || pending} value={origins} onChange={(e) => setOrigins(e.target.value)} />
          {editable && origins !== app.allowedOrigins.join('\n') ? (
            <div><Button size="sm" disabled={pending} onClick={() => start(async () => { const r = await updateOrigins({ partnerSlug, id: app.id, origins }); setMessage(r.ok ? { tone: 'success', text: 'Origins saved.' } : { tone: 'error', text: r.issues?.[0]?.message ?? r.message }); router.refresh(); })}>Save origins</Button></div>
          ) : null}
        </div>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </CardContent>
      <Dialog open={secret !== undefined} onOpenChange={(o) => { if (!o) setSecret(undefined); }}>
        <DialogContent title="New signing secret">{secret ? <SecretReveal label="Signing secret" secret={secret} onDone={() => setSecret(undefined)} /> : null}</DialogContent>
      </Dialog>
    </Card>
  );
}
