'use client';
import { useState, useTransition } from 'react';
import { CHANNELS } from '@stratum/contract';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { CheckboxGroup } from '../ui/checkbox-group';
import { NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { WidgetEmbed } from '../widgets/widget-embed';
import { EMBED_APP_SCOPES } from './create-embed-app-dialog';

type Scope = (typeof EMBED_APP_SCOPES)[number];
type Channel = (typeof CHANNELS)[number];
type Minted = { token: string; expiresAt: string; tenantId: string; claims: Record<string, unknown> };

export function TokenPlayground({ partnerSlug, origin, apps, tenants, mint }: { partnerSlug: string; origin: string; apps: { id: string; name: string; allowedOrigins: string[] }[]; tenants: { id: string; name: string }[]; mint: (input: { partnerSlug: string; appId: string; tenantId: string; scopes: Scope[]; channels: Channel[] }) => Promise<ActionResult<Minted>> }) {
  const [appId, setAppId] = useState(apps[0]?.id ?? '');
  const [tenantId, setTenantId] = useState(tenants[0]?.id ?? '');
  const [scopes, setScopes] = useState<Scope[]>(['dashboards:*']);
  const [channels, setChannels] = useState<Channel[]>([]);
  const [minted, setMinted] = useState<Minted>();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const app = apps.find((a) => a.id === appId);
  const originMissing = app && !app.allowedOrigins.includes(origin);
  return (
    <Card>
      <CardHeader><CardTitle>Token playground</CardTitle></CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="grid gap-1.5"><Label htmlFor="pg-app">Embed app</Label><NativeSelect id="pg-app" value={appId} onChange={(e) => setAppId(e.target.value)}>{apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</NativeSelect></div>
          <div className="grid gap-1.5"><Label htmlFor="pg-client">Client</Label><NativeSelect id="pg-client" value={tenantId} onChange={(e) => setTenantId(e.target.value)}>{tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</NativeSelect></div>
        </div>
        <CheckboxGroup legend="Scopes" options={EMBED_APP_SCOPES} value={scopes} onChange={setScopes} />
        <CheckboxGroup legend="Only these channels (row filter)" options={CHANNELS} value={channels} onChange={setChannels} />
        {originMissing ? <Alert tone="warning">This app does not list {origin}, so the preview below will be refused (as it would on any page not in its origins).</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div><Button disabled={pending || !appId || !tenantId} onClick={() => start(async () => { const r = await mint({ partnerSlug, appId, tenantId, scopes, channels }); if (r.ok) { setMinted(r.data); setError(undefined); } else setError(r.message); })}>Mint token</Button></div>
        {minted ? (
          <div className="grid gap-3">
            <pre aria-label="Token claims" tabIndex={0} className="overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100"><code>{JSON.stringify(minted.claims, null, 2)}</code></pre>
            <WidgetEmbed key={minted.token} partnerSlug={partnerSlug} tenantId={minted.tenantId} token={minted.token} theme={{}} className="grid grid-cols-2 gap-3">
              <stratum-kpi metric="spend" range="last_30_days" />
              <stratum-kpi metric="conversions" range="last_30_days" />
            </WidgetEmbed>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
