'use client';
import { useState } from 'react';
import { Tabs } from 'radix-ui';
import { Check, Copy } from 'lucide-react';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { backendSnippet, htmlSnippet, reactSnippet, vueSnippet } from './snippets';

export interface SnippetOptions { origin: string; apps: { id: string; name: string }[]; tenants: { id: string; name: string; dashboards: { id: string; title: string }[] }[] }

function Code({ code, label }: { code: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="relative">
      <pre aria-label={label} tabIndex={0} className="max-h-80 overflow-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100"><code>{code}</code></pre>
      <Button variant="secondary" size="sm" className="absolute right-2 top-2" onClick={() => { void navigator.clipboard?.writeText(code); setCopied(true); }}>
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}

export function SnippetGenerator({ options }: { options: SnippetOptions }) {
  const [appId, setAppId] = useState(options.apps[0]?.id ?? '');
  const [tenantId, setTenantId] = useState(options.tenants[0]?.id ?? '');
  const tenant = options.tenants.find((t) => t.id === tenantId);
  const [dashboardId, setDashboardId] = useState<string>(tenant?.dashboards[0]?.id ?? '');
  const input = { origin: options.origin, appId, tenantId, dashboardId: dashboardId || null };
  const tabs = [
    { id: 'html', label: 'HTML', code: htmlSnippet(input) },
    { id: 'react', label: 'React', code: reactSnippet(input) },
    { id: 'vue', label: 'Vue', code: vueSnippet(input) },
  ];
  return (
    <Card>
      <CardHeader><CardTitle>Snippet generator</CardTitle></CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="grid gap-1.5"><Label htmlFor="snippet-app">Embed app</Label><NativeSelect id="snippet-app" value={appId} onChange={(e) => setAppId(e.target.value)}>{options.apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</NativeSelect></div>
          <div className="grid gap-1.5"><Label htmlFor="snippet-client">Client</Label><NativeSelect id="snippet-client" value={tenantId} onChange={(e) => { setTenantId(e.target.value); setDashboardId(options.tenants.find((t) => t.id === e.target.value)?.dashboards[0]?.id ?? ''); }}>{options.tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</NativeSelect></div>
          <div className="grid gap-1.5"><Label htmlFor="snippet-dashboard">Dashboard</Label><NativeSelect id="snippet-dashboard" value={dashboardId} onChange={(e) => setDashboardId(e.target.value)}><option value="">A single KPI</option>{tenant?.dashboards.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}</NativeSelect></div>
        </div>
        <div className="grid gap-2"><h3 className="text-sm font-semibold">1. Your backend mints a token</h3><Code label="Backend snippet" code={backendSnippet(input)} /></div>
        <div className="grid gap-2">
          <h3 className="text-sm font-semibold">2. Your page renders the widgets</h3>
          <Tabs.Root defaultValue="html">
            <Tabs.List aria-label="Framework" className="mb-2 inline-flex rounded-md bg-secondary p-1">
              {tabs.map((t) => <Tabs.Trigger key={t.id} value={t.id} className="rounded px-3 py-1 text-sm data-[state=active]:bg-surface data-[state=active]:shadow-xs">{t.label}</Tabs.Trigger>)}
            </Tabs.List>
            {tabs.map((t) => <Tabs.Content key={t.id} value={t.id}><Code label={`${t.label} snippet`} code={t.code} /></Tabs.Content>)}
          </Tabs.Root>
        </div>
      </CardContent>
    </Card>
  );
}
