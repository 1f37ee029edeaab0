import { expect, type Locator, type Page } from '@playwright/test';

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

/** Presses Tab (from wherever focus is) until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
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

/** Page object of the dashboard in an example page. */
export class DashboardWidget {
  constructor(readonly page: Page, readonly root: Locator = page.locator('stratum-dashboard')) {}
  get filterBar(): Locator {
    return this.root.locator('stratum-filter-bar');
  }
  get rangeSelect(): Locator {
    return this.filterBar.locator('select[part="range"]');
  }
  get channelSelect(): Locator {
    return this.filterBar.locator('select[part="channel"]');
  }
  get compare(): Locator {
    return this.filterBar.getByRole('checkbox');
  }
  get kpis(): Locator {
    return this.root.locator('stratum-kpi');
  }
  get charts(): Locator {
    return this.root.locator('stratum-chart');
  }
  get table(): Locator {
    return this.root.locator('stratum-table').first();
  }
  get drill(): Locator {
    return this.root.locator('[part="drill"]');
  }
  /** Resolves when the dashboard has announced a complete render (after `since` events of its own). */
  async rendered(since = 0): Promise<void> {
    await expect
      .poll(async () => (await stratumEvents(this.page, 'stratum-render-complete')).filter((event) => (event.detail as { widget: string }).widget === 'stratum-dashboard').length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(since);
  }
  async renderCount(): Promise<number> {
    return (await stratumEvents(this.page, 'stratum-render-complete')).filter((event) => (event.detail as { widget: string }).widget === 'stratum-dashboard').length;
  }
}

type RecordedQuery = { metrics: string[]; filters?: { channels?: string[]; campaignIds?: string[] }; range: { from: string; to: string } };

/** Whether a URL is one of the embed API's query routes: a single query, or a batch of a dashboard's reads. */
export function isQueryUrl(url: string): boolean {
  return /\/api\/embed\/v1\/query(\/batch)?$/.test(new URL(url).pathname);
}

/** The embed API queries the page sent from now on (each query of a batch on its own), and the requests carrying them. */
export function recordQueries(page: Page): { bodies: RecordedQuery[]; requests: { batch: boolean; items: number }[] } {
  const recorded = { bodies: [] as RecordedQuery[], requests: [] as { batch: boolean; items: number }[] };
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !isQueryUrl(request.url())) return;
    const body = request.postDataJSON() as RecordedQuery | { items: ({ query: RecordedQuery } | { dashboard: string })[] };
    const queries = 'items' in body ? body.items.flatMap((item) => ('query' in item ? [item.query] : [])) : [body];
    recorded.bodies.push(...queries);
    recorded.requests.push({ batch: 'items' in body, items: 'items' in body ? body.items.length : 1 });
  });
  return recorded;
}
