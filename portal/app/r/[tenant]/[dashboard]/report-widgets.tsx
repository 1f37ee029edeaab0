'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import '@/components/widgets/custom-elements';

interface EmbedElement extends HTMLElement {
  tokenProvider?: () => Promise<string>;
}

/**
 * The live widgets of a report page under `<stratum-embed>` with a token minted for this viewer and tenant, refreshed
 * through the report's own token route. Readiness for printing is tracked by ReadySignal (it must listen before the
 * widgets upgrade, which can happen before React hydrates).
 */
export function ReportWidgets({ tokenUrl, token, theme, colorScheme, locale, currency, children }: {
  tokenUrl: string;
  token: string;
  theme: unknown;
  colorScheme: string;
  locale: string;
  currency: string;
  children: ReactNode;
}) {
  const ref = useRef<EmbedElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.tokenProvider = async () => {
      const res = await fetch(tokenUrl, { cache: 'no-store' });
      if (!res.ok) throw new Error(`token refresh failed (${res.status})`);
      return ((await res.json()) as { token: string }).token;
    };
  }, [tokenUrl]);
  return (
    <>
      <script type="module" src="/widgets/stratum.js" async />
      <stratum-embed ref={ref} suppressHydrationWarning api-base="" token={token} theme={JSON.stringify(theme)} color-scheme={colorScheme} locale={locale} currency={currency}>
        {children}
      </stratum-embed>
    </>
  );
}
