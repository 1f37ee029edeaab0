'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import '@/components/widgets/custom-elements';

interface EmbedElement extends HTMLElement {
  tokenProvider?: () => Promise<string>;
}

/**
 * The live widgets of a report page under `<stratum-embed>` with a token minted for this viewer and tenant. Marks the
 * page ready for printing (`data-report-ready` on <html>) once every widget reported render-complete or an error, or
 * after a safety timeout, so the PDF renderer never waits forever.
 */
export function ReportWidgets({ tokenUrl, token, theme, colorScheme, locale, currency, expected, children }: {
  tokenUrl: string;
  token: string;
  theme: unknown;
  colorScheme: string;
  locale: string;
  currency: string;
  expected: number;
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
    const done = new Set<EventTarget>();
    const markReady = () => document.documentElement.setAttribute('data-report-ready', '1');
    const onSettled = (event: Event) => {
      done.add(event.composedPath()[0] ?? event.target ?? el);
      if (done.size >= expected) markReady();
    };
    el.addEventListener('stratum-render-complete', onSettled);
    el.addEventListener('stratum-error', onSettled);
    const timer = window.setTimeout(markReady, expected === 0 ? 0 : 20_000);
    return () => {
      el.removeEventListener('stratum-render-complete', onSettled);
      el.removeEventListener('stratum-error', onSettled);
      window.clearTimeout(timer);
    };
  }, [tokenUrl, expected]);
  return (
    <>
      <script type="module" src="/widgets/stratum.js" async />
      <stratum-embed ref={ref} suppressHydrationWarning api-base="" token={token} theme={JSON.stringify(theme)} color-scheme={colorScheme} locale={locale} currency={currency}>
        {children}
      </stratum-embed>
    </>
  );
}
