import type { Locator, Page } from '@playwright/test';

/** What a widget page-object reads from the page: the typed events it fired, collected from navigation on. */
export interface RecordedEvent {
  type: string;
  target: string;
  detail: unknown;
}

const RECORDED = ['stratum-render-complete', 'stratum-error', 'stratum-filter-change', 'stratum-drill', 'stratum-drilled', 'stratum-token-expiring'];

/** Records every stratum-* event on window.__stratumEvents; call before navigating. */
export async function recordStratumEvents(page: Page): Promise<void> {
  await page.addInitScript((types: string[]) => {
    const store: { type: string; target: string; detail: unknown }[] = [];
    (window as unknown as { __stratumEvents: typeof store }).__stratumEvents = store;
    for (const type of types) {
      document.addEventListener(type, (event) => {
        const target = event.composedPath()[0] as Element;
        store.push({ type, target: target.id || target.localName, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
      });
    }
  }, RECORDED);
}

export async function stratumEvents(page: Page, type?: string): Promise<RecordedEvent[]> {
  const events = await page.evaluate(() => (window as unknown as { __stratumEvents?: RecordedEvent[] }).__stratumEvents ?? []);
  return type ? events.filter((event) => event.type === type) : events;
}

/**
 * A host page written by the test, served on the portal's origin (so it loads the real bundle and talks to the
 * real embed API); only this page's HTML is the test's own.
 */
export async function widgetSandbox(page: Page, body: string, { head = '', lang = 'en' }: { head?: string; lang?: string } = {}): Promise<void> {
  const path = `/__widget-sandbox-${Math.random().toString(36).slice(2)}`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Widget test</title>${head}
        <script type="module" src="/widgets/stratum.js"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(path);
  await page.waitForFunction(() => customElements.get('stratum-kpi') !== undefined);
}

/** Page object of one `<stratum-kpi>`. */
export class KpiWidget {
  constructor(readonly root: Locator) {}
  get value(): Locator {
    return this.root.locator('[part~="value"]');
  }
  get delta(): Locator {
    return this.root.locator('[part~="delta"]');
  }
  get error(): Locator {
    return this.root.locator('[part~="error"]');
  }
  get skeleton(): Locator {
    return this.root.locator('[part~="skeleton"]');
  }
}

/** The demo token for a tenant (the endpoint exists while the demo data is loaded). */
export async function demoToken(page: Page, params: Record<string, string> = {}): Promise<{ token: string; apiBase: string; tenant: { slug: string }; dashboards: { id: string; title: string }[] }> {
  const response = await page.request.get(`/api/demo/embed-token?${new URLSearchParams(params)}`);
  if (!response.ok()) throw new Error(`demo token: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Digits only, for comparing a formatted amount in any locale with a number. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
