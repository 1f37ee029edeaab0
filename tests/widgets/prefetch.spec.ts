import { expect, test, type Page } from '@playwright/test';
import { DashboardWidget, demoToken, digitsOf, isQueryUrl, KpiWidget, recordStratumEvents, stratumEvents, widgetSandbox } from './widget-page.ts';

/**
 * Dashboard prefetch in real Chromium against the real embed API: the definition (GET /dashboards/:id?prefetch=1)
 * brings every widget's first read, so a dashboard renders after that one request — for the view the host set —
 * and only a later change of the filters asks the API for data again.
 */

interface EmbedFetch {
  method: string;
  path: string;
  search: string;
  /** Whether the dashboard had not yet announced its render when the request started. */
  beforeRender: boolean;
}

/**
 * Notes every embed API request the page starts, and whether the dashboard's stratum-render-complete had fired by
 * then (both in the page, so their order is exact).
 */
async function recordEmbedFetches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: EmbedFetch[] = [];
    let rendered = false;
    (window as unknown as { __embedFetches: EmbedFetch[] }).__embedFetches = store;
    document.addEventListener('stratum-render-complete', (event) => {
      if ((event.composedPath()[0] as Element).localName === 'stratum-dashboard') rendered = true;
    });
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : undefined;
      const url = new URL(request ? request.url : String(input), window.location.href);
      if (url.pathname.startsWith('/api/embed/v1/')) {
        store.push({ method: (init?.method ?? request?.method ?? 'GET').toUpperCase(), path: url.pathname, search: url.search, beforeRender: !rendered });
      }
      return original(input, init);
    };
  });
}

async function embedFetches(page: Page): Promise<EmbedFetch[]> {
  return page.evaluate(() => (window as unknown as { __embedFetches: EmbedFetch[] }).__embedFetches);
}

/** Every embed API request the browser sends, as the network sees it (page.on('request')). */
function recordEmbedRequests(page: Page): { method: string; url: URL }[] {
  const sent: { method: string; url: URL }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/embed/v1/')) sent.push({ method: request.method(), url });
  });
  return sent;
}

const isDataRead = (path: string) => isQueryUrl(`http://x${path}`) || path === '/api/embed/v1/signal-health';

interface Opened {
  dashboard: DashboardWidget;
  token: string;
  fetches: () => Promise<EmbedFetch[]>;
  requests: { method: string; url: URL }[];
  prefetched: Promise<{ prefetched?: { queries: { query: { metrics: string[]; dimensions?: string[] } }[] } }>;
}

/** A host page with the demo tenant's "Performance overview" (4 KPIs, 2 charts, a table, signal health). */
async function openDashboard(page: Page, attributes = ''): Promise<Opened> {
  await recordStratumEvents(page);
  await recordEmbedFetches(page);
  const { token, dashboards } = await demoToken(page);
  const overview = dashboards.find((candidate) => candidate.title === 'Performance overview');
  if (!overview) throw new Error('The demo tenant has no "Performance overview" dashboard');
  await widgetSandbox(page, `<stratum-embed id="embed"><stratum-dashboard id="dash" dashboard="${overview.id}" ${attributes}></stratum-dashboard></stratum-embed>`);
  const requests = recordEmbedRequests(page);
  const definition = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/embed/v1/dashboards/${overview.id}`);
  await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
  const dashboard = new DashboardWidget(page);
  await dashboard.rendered();
  return { dashboard, token, fetches: () => embedFetches(page), requests, prefetched: definition.then((response) => response.json()) };
}

test.describe('dashboard prefetch', () => {
  test('the dashboard renders after one request, the definition with its widgets\' data, and shows the real figures', async ({ page }) => {
    const { dashboard, token, fetches, requests, prefetched } = await openDashboard(page);

    const before = (await fetches()).filter((call) => call.beforeRender);
    expect(before.map((call) => `${call.method} ${call.path}`)).toEqual([expect.stringMatching(/^GET \/api\/embed\/v1\/dashboards\/[\w-]+$/)]);
    const params = new URLSearchParams(before[0]!.search);
    expect(params.get('prefetch')).toBe('1');
    expect(params.get('today')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params.has('range')).toBe(false);
    // Nor afterwards until a filter changes: no widget asked the API for its data (the filter-bar options may load).
    expect(requests.filter((request) => isDataRead(request.url.pathname)).map((request) => request.url.pathname)).toEqual([]);
    expect(requests.filter((request) => !request.url.pathname.startsWith('/api/embed/v1/filters/')).length).toBe(1);

    // The KPI shows the tenant's spend, as POST /query answers the same query independently.
    const definition = await prefetched;
    const spendQuery = definition.prefetched!.queries.find(({ query }) => query.metrics.join() === 'spend' && query.dimensions?.join() === 'date')!.query;
    const answer = await page.request.post('/api/embed/v1/query', { data: spendQuery, headers: { Authorization: `Bearer ${token}` } });
    expect(answer.status()).toBe(200);
    const expected = ((await answer.json()) as { totals: { spend: number } }).totals.spend;
    expect(expected).toBeGreaterThan(0);
    const kpi = new KpiWidget(dashboard.kpis.first());
    await expect(kpi.skeleton).toHaveCount(0);
    await expect(kpi.value).toHaveAttribute('data-raw', String(expected));
    expect(digitsOf((await kpi.value.textContent())!)).toBe(String(Math.round(expected)));
    await expect(dashboard.table.locator('tbody tr').first()).toBeVisible();
    await expect(page.locator('#dash stratum-signal-health [part~="error"]')).toHaveCount(0);
    expect(await stratumEvents(page, 'stratum-error')).toEqual([]);

    // A change of the filters asks the API: one batch of the widgets' queries for the new range.
    const batch = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/embed/v1/query/batch');
    await dashboard.rangeSelect.selectOption('last_90_days');
    const items = ((await batch).postDataJSON() as { items: { query: { range: { from: string; to: string } } }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const { query } of items) expect((Date.parse(query.range.to) - Date.parse(query.range.from)) / 86_400_000 + 1).toBe(90);
    await dashboard.rendered(1);
  });

  test('a range the host sets before load is prefetched: still no query request before the dashboard renders', async ({ page }) => {
    const { dashboard, fetches, requests } = await openDashboard(page, 'range="last_7_days"');
    const before = (await fetches()).filter((call) => call.beforeRender);
    expect(before).toHaveLength(1);
    expect(new URLSearchParams(before[0]!.search).get('range')).toBe('last_7_days');
    expect(requests.filter((request) => isDataRead(request.url.pathname))).toEqual([]);
    await expect(dashboard.rangeSelect).toHaveValue('last_7_days');
    const kpi = new KpiWidget(dashboard.kpis.first());
    await expect(kpi.value).toHaveText(/\d/);
    expect(await stratumEvents(page, 'stratum-error')).toEqual([]);
  });
});
