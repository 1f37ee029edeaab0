import { expect, test, type Page, type Request } from '@playwright/test';
import { DashboardWidget, demoToken, isQueryUrl, KpiWidget, recordQueries, recordStratumEvents, stratumEvents, widgetSandbox } from './widget-page.ts';

/** Computed styles of a KPI's inside, which host CSS must not change. */
async function kpiLook(page: Page, selector: string) {
  return page.locator(selector).evaluate((kpi) => {
    const pick = (element: Element | null | undefined) => {
      const style = getComputedStyle(element!);
      return [style.fontFamily, style.fontSize, style.color, style.fontWeight, style.display, style.padding, style.backgroundColor, style.borderRadius].join('|');
    };
    const root = kpi.shadowRoot!;
    return { base: pick(root.querySelector('[part~="base"]')), value: pick(root.querySelector('[part~="value"]')), label: pick(root.querySelector('[part~="label"]')), width: Math.round(kpi.getBoundingClientRect().width) };
  });
}

async function kpiPage(page: Page, head: string): Promise<void> {
  const { token } = await demoToken(page);
  await widgetSandbox(page, `<div id="frame"><stratum-embed id="embed"><stratum-kpi id="kpi" metric="spend"></stratum-kpi></stratum-embed></div>`, { head });
  await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
  await expect(new KpiWidget(page.locator('#kpi')).value).toHaveText(/\d/);
}

test.describe('host integration', () => {
  test('the strict-CSP example renders fully with no policy violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to ${event.violatedDirective} ${event.blockedURI}`)));
    await recordStratumEvents(page);
    const response = await page.goto('/examples/strict-csp/');
    expect(response?.headers()['content-security-policy'] ?? (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))).toContain("script-src 'self'");
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    await expect(dashboard.charts.first().locator('canvas')).toBeVisible();
    await expect(dashboard.kpis.first().locator('[part~="value"]')).toHaveText(/\d/);
    expect(violations).toEqual([]);
  });

  test('hostile host CSS does not change the widgets, and widget CSS does not leak out', async ({ page }) => {
    const layout = '<style>#frame { width: 320px }</style>';
    await kpiPage(page, layout);
    const before = await kpiLook(page, '#kpi');
    const hostile = `${layout}<style>
      * { all: unset !important; }
      body, main, p, span, section { color: red !important; font: 40px/1 fantasy !important; padding: 20px !important; background: yellow !important; }
      stratum-kpi { color: red !important; font-size: 50px !important; }
      .value, [part], .card { display: none !important; color: red !important; }
      p.paragraph-outside { color: rgb(1, 2, 3); }
    </style>`;
    await kpiPage(page, hostile);
    expect(await kpiLook(page, '#kpi')).toEqual({ ...before, width: expect.any(Number) });
    // The widgets' own classes (.card, .value, .title …) style nothing outside their shadow roots.
    await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<div class="card title value" id="outside">host</div>'));
    expect(await page.locator('#outside').evaluate((element) => getComputedStyle(element).borderStyle)).not.toBe('solid');
  });

  test('loading the bundle twice, before and after the elements, is harmless', async ({ page }) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await recordStratumEvents(page);
    const { token } = await demoToken(page);
    await widgetSandbox(page, `<stratum-embed id="embed"><stratum-kpi id="kpi" metric="revenue"></stratum-kpi></stratum-embed>`, {
      head: '<script type="module" src="/widgets/stratum.js?copy=2"></script><script type="module" src="/widgets/stratum.bundle.js"></script>',
    });
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    await page.evaluate((url) => import(url), '/widgets/stratum.js');
    await expect(new KpiWidget(page.locator('#kpi')).value).toHaveText(/\d/);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => typeof window.Stratum?.configure)).toBe('function');
    expect(warnings.some((text) => text.includes('already defined by another copy'))).toBe(true);
    expect((await stratumEvents(page, 'stratum-render-complete')).filter((event) => event.target === 'kpi')).toHaveLength(1);
  });

  test('Stratum.configure() serves widgets placed anywhere in the page', async ({ page }) => {
    const { token } = await demoToken(page);
    await widgetSandbox(page, `<aside><stratum-kpi id="kpi" metric="clicks"></stratum-kpi></aside>`);
    await page.evaluate((value) => window.Stratum!.configure({ apiBase: '', token: value, locale: 'de-DE' }), token);
    const kpi = new KpiWidget(page.locator('#kpi'));
    await expect(kpi.value).toHaveText(/^\d{1,3}(\.\d{3})*$/);
    await expect(page.locator('#kpi [part~="label"]')).toHaveText('Klicks');
  });

  test('a token refresh keeps the chosen filters: the view stays as it was', async ({ page }) => {
    await recordStratumEvents(page);
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    await dashboard.rangeSelect.selectOption('last_7_days');
    await dashboard.channelSelect.selectOption('google');
    await dashboard.rendered(1);
    const filtersBefore = (await stratumEvents(page, 'stratum-filter-change')).at(-1)!.detail;

    // The token "expires": the embed holds a dead token; its tokenProvider (from the demo script) renews it on the 401.
    const embed = page.locator('stratum-embed');
    await embed.evaluate((element) => ((element as HTMLElement & { token: string }).token = 'expired.token.value'));
    const queries = recordQueries(page);
    // Only the requests sent from here on: a response to an earlier render's request may still be on its way.
    const sent = new Set<Request>();
    page.on('request', (request) => isQueryUrl(request.url()) && sent.add(request));
    const statuses: number[] = [];
    page.on('response', (response) => sent.has(response.request()) && statuses.push(response.status()));
    const renewals: string[] = [];
    page.on('request', (request) => request.url().includes('/api/demo/embed-token') && renewals.push(request.url()));
    await dashboard.compare.uncheck();
    // The widgets' queries go out together, are refused once (401), and succeed with the renewed token.
    await expect.poll(() => statuses).toEqual([401, 200]);
    expect(queries.bodies.length).toBeGreaterThan(3);
    await expect(dashboard.rangeSelect).toHaveValue('last_7_days');
    await expect(dashboard.channelSelect).toHaveValue('google');
    expect(queries.bodies.filter((body) => body.filters?.channels?.join() !== 'google')).toEqual([]);
    expect((await stratumEvents(page, 'stratum-filter-change')).at(-1)!.detail).toEqual({ ...(filtersBefore as object), compare: false });
    await expect(dashboard.root.locator('[part="error"]')).toHaveCount(0);
    // The provider was asked once for all the widgets' 401s.
    expect(renewals).toHaveLength(1);
  });

  test('Arabic lays the widgets out right-to-left with translated labels', async ({ page }) => {
    await page.goto('/examples/plain-html/?locale=ar');
    const dashboard = new DashboardWidget(page);
    await recordStratumEvents(page);
    await expect(page.locator('stratum-embed')).toHaveAttribute('dir', 'rtl');
    await expect(dashboard.rangeSelect.locator('option:checked')).toHaveText('آخر 30 يومًا');
    await expect(dashboard.table.getByRole('button', { name: 'تصدير CSV' })).toBeVisible();
    // Right-to-left: the range select (first control) sits right of the reset button (last control).
    const range = (await dashboard.rangeSelect.boundingBox())!;
    const reset = (await dashboard.filterBar.locator('[part="reset"]').boundingBox())!;
    expect(range.x).toBeGreaterThan(reset.x);
    const direction = await dashboard.table.locator('table').evaluate((table) => getComputedStyle(table).direction);
    expect(direction).toBe('rtl');
  });
});

test.describe('widget states', () => {
  test('an expired session recovers by itself when the host sets a new token', async ({ page }) => {
    const { token } = await demoToken(page);
    await widgetSandbox(page, `<stratum-embed id="embed" token="not.a.token"><stratum-kpi id="kpi" metric="conversions"></stratum-kpi></stratum-embed>`);
    const kpi = new KpiWidget(page.locator('#kpi'));
    await expect(kpi.error).toHaveAttribute('data-kind', 'expired');
    await expect(kpi.error.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await page.locator('#embed').evaluate((embed, value) => embed.setAttribute('token', value), token);
    await expect(kpi.value).toHaveText(/\d/);
    await expect(kpi.error).toHaveCount(0);
  });

  test('a token without access to dashboards shows "Access denied", not data', async ({ page }) => {
    await recordStratumEvents(page);
    const { token, dashboards } = await demoToken(page, { scopes: 'export' });
    await widgetSandbox(page, `<stratum-embed id="embed"><stratum-dashboard id="dash" dashboard="${dashboards[0]!.id}"></stratum-dashboard></stratum-embed>`);
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    const error = page.locator('#dash [part="error"]');
    await expect(error).toHaveAttribute('data-kind', 'denied');
    await expect(error).toContainText('Access denied');
    await expect(page.locator('#dash stratum-kpi')).toHaveCount(0);
  });

  test('a period without data shows the empty state; a chart keeps its accessible table and summary otherwise', async ({ page }) => {
    const { token } = await demoToken(page);
    await widgetSandbox(
      page,
      `<stratum-embed id="embed">
        <stratum-chart id="empty" type="bar" metrics="spend" dimension="channel" from="2001-01-01" to="2001-01-31"></stratum-chart>
        <stratum-chart id="full" type="line" metrics="spend"></stratum-chart>
      </stratum-embed>`,
    );
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    await expect(page.locator('#empty [part="empty"]')).toContainText('No data for this period');
    const full = page.locator('#full');
    await expect(full.locator('canvas')).toHaveAttribute('aria-label', /Spend went from/);
    await full.getByRole('button', { name: 'Show data table' }).click();
    await expect(full.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
    expect(await full.locator('[part="data-table"] tbody tr').count()).toBeGreaterThan(20);
  });

  test('while loading, a widget shows a skeleton announced as a status', async ({ page }) => {
    const { token } = await demoToken(page);
    await widgetSandbox(page, `<stratum-embed id="embed"><stratum-kpi id="kpi" metric="spend"></stratum-kpi></stratum-embed>`);
    await page.route(/\/api\/embed\/v1\/query(\/batch)?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    const kpi = new KpiWidget(page.locator('#kpi'));
    await expect(kpi.skeleton).toHaveAttribute('role', 'status');
    await expect(kpi.skeleton).toContainText('Loading');
    await expect(kpi.value).toHaveText(/\d/);
    await expect(kpi.skeleton).toHaveCount(0);
  });
});
