/** Copy-paste snippets for a host page: the backend mints the token, the page renders the widgets. */
export interface SnippetInput { origin: string; appId: string; tenantId: string; dashboardId: string | null }

const widget = (s: SnippetInput, indent: string) => (s.dashboardId ? `${indent}<stratum-dashboard dashboard="${s.dashboardId}"></stratum-dashboard>` : `${indent}<stratum-kpi metric="revenue"></stratum-kpi>`);
const scope = (s: SnippetInput) => (s.dashboardId ? `dashboard:${s.dashboardId}` : 'dashboards:*');

export function backendSnippet(s: SnippetInput): string {
  return `// Your backend (Node): mint a short-lived token for the signed-in viewer.
import { SignJWT } from 'jose';

const secret = new TextEncoder().encode(process.env.STRATUM_EMBED_SECRET); // the app's signing secret

export async function stratumToken(viewerId) {
  return new SignJWT({ tenant: '${s.tenantId}', scopes: ['${scope(s)}'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('${s.appId}')
    .setSubject(viewerId)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(secret);
}`;
}

export function htmlSnippet(s: SnippetInput): string {
  return `<script type="module" src="${s.origin}/widgets/stratum.js"></script>

<stratum-embed api-base="${s.origin}" token="TOKEN_FROM_YOUR_BACKEND">
${widget(s, '  ')}
</stratum-embed>`;
}

export function reactSnippet(s: SnippetInput): string {
  return `import { useEffect, useState } from 'react';

export function ClientDashboard() {
  const [token, setToken] = useState<string>();
  useEffect(() => {
    void import(/* webpackIgnore: true */ '${s.origin}/widgets/stratum.js');
    fetch('/api/stratum-token').then((r) => r.json()).then((d) => setToken(d.token));
  }, []);
  if (!token) return null;
  return (
    <stratum-embed api-base="${s.origin}" token={token}>
${widget(s, '      ')}
    </stratum-embed>
  );
}`;
}

export function vueSnippet(s: SnippetInput): string {
  return `<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('stratum-') } } }) -->
<script setup>
import { onMounted, ref } from 'vue';
const token = ref('');
onMounted(async () => {
  await import(/* @vite-ignore */ '${s.origin}/widgets/stratum.js');
  token.value = (await (await fetch('/api/stratum-token')).json()).token;
});
</script>

<template>
  <stratum-embed v-if="token" api-base="${s.origin}" :token="token">
${widget(s, '    ')}
  </stratum-embed>
</template>`;
}
