import { expect, test, type Page } from '@playwright/test';
import { demoToken, recordQueries, recordStratumEvents, stratumEvents, widgetSandbox } from './widget-page.ts';

interface Timing {
  widget: string;
  id: string | null;
  durationMs: number;
  sinceNavigationMs: number;
  error: string | null;
}
interface DashboardDone {
  widget: 'stratum-dashboard';
  sinceNavigationMs: number;
  widgets: Timing[];
}

/** A host page with one dashboard of the demo tenant (by title), under a token with the given scopes. */
async function openDashboard(page: Page, title: string, params: Record<string, string> = {}): Promise<void> {
  await recordStratumEvents(page);
  const { token, dashboards } = await demoToken(page, params);
  const dashboard = dashboards.find((candidate) => candidate.title === title);
  if (!dashboard) throw new Error(`The demo tenant has no dashboard "${title}"`);
  await widgetSandbox(page, `<stratum-embed id="embed"><stratum-dashboard id="dash" dashboard="${dashboard.id}"></stratum-dashboard></stratum-embed>`);
  await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
}

async function dashboardDone(page: Page): Promise<DashboardDone> {
  await expect.poll(async () => (await stratumEvents(page, 'stratum-render-complete')).filter((event) => event.target === 'dash').length, { timeout: 30_000 }).toBe(1);
  return (await stratumEvents(page, 'stratum-render-complete')).find((event) => event.target === 'dash')!.detail as DashboardDone;
}

test.describe('a dashboard\'s render-complete', () => {
  test('follows the data its definition brought and reports each widget\'s timings in layout order', async ({ page }) => {
    const queries = recordQueries(page);
    await openDashboard(page, 'Performance overview');
    const done = await dashboardDone(page);
    // 4 KPIs, 2 charts and a table: their seven queries were answered with the definition (?prefetch=1), so none
    // went out on its own (tests/widgets/prefetch.spec.ts checks the request itself).
    expect(queries.requests).toEqual([]);
    expect(done.widgets.map((widget) => widget.id)).toEqual([
      'w-kpi-spend',
      'w-kpi-revenue',
      'w-kpi-roas',
      'w-kpi-cpa',
      'w-revenue-spend-trend',
      'w-conversions-by-channel',
      'w-campaign-table',
      'w-signal-health',
    ]);
    for (const widget of done.widgets) {
      expect(widget.error).toBeNull();
      expect(widget.durationMs).toBeGreaterThan(0);
      expect(widget.sinceNavigationMs).toBeLessThanOrEqual(done.sinceNavigationMs);
    }
    // The charts are drawn, not just laid out, when the dashboard says it is complete.
    await expect(page.locator('#dash stratum-chart canvas')).toHaveCount(2);
  });

  test('waits for the AI widgets (recommendations, copilot) too', async ({ page }) => {
    await openDashboard(page, 'Growth desk');
    const done = await dashboardDone(page);
    expect(done.widgets.map((widget) => [widget.widget, widget.error])).toEqual([
      ['stratum-recommendations', null],
      ['stratum-copilot', null],
      ['stratum-table', null],
    ]);
    const own = await stratumEvents(page, 'stratum-render-complete');
    for (const id of ['w-recommendations', 'w-copilot']) {
      const event = own.find((candidate) => candidate.target === id);
      expect(event, `${id} announced its own render`).toBeDefined();
      expect((event!.detail as Timing).sinceNavigationMs).toBeLessThanOrEqual(done.sinceNavigationMs);
    }
    // Their content is on screen by then.
    await expect(page.locator('#w-recommendations [part~="card"], #w-recommendations [part~="empty"]').first()).toBeVisible();
    await expect(page.locator('#w-copilot [part~="input"]')).toBeEnabled();
  });

  test('counts a widget that settles on an error as settled, and says which error', async ({ page }) => {
    // A token that opens dashboards but neither the recommendations nor the copilot.
    await openDashboard(page, 'Growth desk', { scopes: 'dashboards:*' });
    const done = await dashboardDone(page);
    expect(done.widgets.map((widget) => [widget.widget, widget.error])).toEqual([
      ['stratum-recommendations', 'SCOPE_FORBIDDEN'],
      ['stratum-copilot', 'SCOPE_FORBIDDEN'],
      ['stratum-table', null],
    ]);
  });
});
