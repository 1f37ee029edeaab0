import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DashboardWidget, recordStratumEvents, stratumEvents } from './widget-page.ts';

const EXAMPLES = ['plain-html', 'strict-csp', 'react', 'vue'] as const;

async function openRendered(page: Page, example: string, query = ''): Promise<DashboardWidget> {
  await recordStratumEvents(page);
  await page.goto(`/examples/${example}/${query}`);
  const dashboard = new DashboardWidget(page);
  await dashboard.rendered();
  return dashboard;
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
}

test.describe('accessibility of every example (axe-core, WCAG 2.2 AA)', () => {
  for (const example of EXAMPLES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${example} in ${colorScheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const dashboard = await openRendered(page, example);
        // Open a chart's data table too, so it is checked as well.
        await dashboard.charts.first().getByRole('button', { name: 'Show data table' }).click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the examples' index page in ${colorScheme} mode has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/examples/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the error, drill-down and Arabic states have no violations', async ({ page }) => {
    const dashboard = await openRendered(page, 'plain-html', '?locale=ar');
    await dashboard.table.locator('tbody button.name').first().click();
    await expect(dashboard.drill).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('stratum-embed').evaluate((embed) => ((embed as HTMLElement & { tokenProvider?: unknown; token: string }).tokenProvider = undefined));
    await page.locator('stratum-embed').evaluate((embed) => ((embed as HTMLElement & { token: string }).token = 'bad.token.value'));
    await dashboard.rangeSelect.selectOption('last_90_days');
    await expect(dashboard.root.locator('[part="error"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('prefers-reduced-motion stops the loading animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.route(/\/api\/embed\/v1\/query(\/batch)?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/examples/plain-html/');
    const line = page.locator('#kpi-spend .skeleton-line').first();
    await expect(line).toBeVisible();
    expect(await line.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  });
});

test.describe('framework hosts receive the typed events', () => {
  for (const example of ['react', 'vue'] as const) {
    test(`the ${example} example renders the dashboard and logs stratum-* events in the framework`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const dashboard = await openRendered(page, example);
      const log = page.getByTestId('event-log');
      // The framework's handlers read the typed details: the same figures the document's listeners got.
      const rendered = (await stratumEvents(page, 'stratum-render-complete')).find((event) => (event.detail as { widget: string }).widget === 'stratum-dashboard')!;
      const { durationMs, widgets } = rendered.detail as { durationMs: number; widgets: unknown[] };
      await expect(log).toContainText(`stratum-render-complete: dashboard in ${durationMs} ms, ${widgets.length} widgets`);
      await dashboard.rangeSelect.selectOption('last_7_days');
      await expect.poll(async () => (await stratumEvents(page, 'stratum-filter-change')).length).toBe(1);
      const { range } = (await stratumEvents(page, 'stratum-filter-change'))[0]!.detail as { range: { from: string; to: string } };
      await expect(log).toContainText(`stratum-filter-change: last_7_days, ${range.from} → ${range.to}, channels: all`);
      const campaign = dashboard.table.locator('tbody button.name').first();
      const name = (await campaign.textContent())!.trim();
      await campaign.click();
      await expect(log).toContainText(`stratum-drill: campaign ${name}`);
      await expect(dashboard.drill).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
