'use client';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import './custom-elements';

interface EmbedElement extends HTMLElement {
  tokenProvider?: () => Promise<string>;
  theme?: unknown;
}

/**
 * `<stratum-embed>` with a portal-minted token, refreshed through the portal's token route before it expires.
 * The widgets bundle is the same /widgets/stratum.js any host page loads: the portal eats its own cooking.
 */
export function WidgetEmbed({ partnerSlug, tenantId, token, theme, colorScheme, children, className }: { partnerSlug: string; tenantId: string; token: string; theme: unknown; colorScheme?: string; children: ReactNode; className?: string }) {
  const ref = useRef<EmbedElement>(null);
  const themeJson = JSON.stringify(theme);
  // React sets a defined property as is (here the JSON string); the element wants the object. Before Lit's update.
  useLayoutEffect(() => {
    if (ref.current) ref.current.theme = JSON.parse(themeJson) as unknown;
  }, [themeJson]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.tokenProvider = async () => {
      const res = await fetch(`/api/portal/${encodeURIComponent(partnerSlug)}/embed-token?tenant=${encodeURIComponent(tenantId)}`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`token refresh failed (${res.status})`);
      return ((await res.json()) as { token: string }).token;
    };
  }, [partnerSlug, tenantId]);
  return (
    <>
      <script type="module" src="/widgets/stratum.js" async />
      <stratum-embed ref={ref} suppressHydrationWarning api-base="" token={token} theme={themeJson} color-scheme={colorScheme ?? 'light'} class={className}>
        {children}
      </stratum-embed>
    </>
  );
}
