import { expect, test } from '@playwright/test';
import { DashboardWidget, recordQueries, recordStratumEvents, stratumEvents, tabTo } from './widget-page.ts';

test.describe('<stratum-dashboard> in the plain-html example', () => {
  test.beforeEach(async ({ page }) => {
    await recordStratumEvents(page);
  });

  test('renders every widget of the definition with real data, then announces the dashboard', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    await expect(dashboard.kpis.first().locator('[part~="value"]')).toHaveText(/\d/);
    await expect(dashboard.charts.first().locator('canvas')).toBeVisible();
    await expect(dashboard.charts.first().locator('[part="summary"]')).toHaveText(/\d/);
    await expect(dashboard.table.locator('tbody tr').first()).toBeVisible();
    const done = await stratumEvents(page, 'stratum-render-complete');
    const dashboardEvent = done.find((event) => (event.detail as { widget: string }).widget === 'stratum-dashboard')!;
    expect((dashboardEvent.detail as { durationMs: number }).durationMs).toBeGreaterThan(0);
    expect(await stratumEvents(page, 'stratum-error')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the filter bar works with the keyboard alone, reports the change and mirrors it to the URL', async ({ page }) => {
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    const queries = recordQueries(page);

    // Tab from the page's start into the dashboard's first control.
    await page.locator('body').focus();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await dashboard.rangeSelect.evaluate((select) => select.matches(':focus'))) break;
    }
    await expect(dashboard.rangeSelect).toBeFocused();
    await page.keyboard.press('ArrowUp'); // last_30_days → last_7_days
    await expect.poll(async () => (await stratumEvents(page, 'stratum-filter-change')).length).toBe(1);
    const [change] = await stratumEvents(page, 'stratum-filter-change');
    expect(change!.detail).toMatchObject({ preset: 'last_7_days', compare: true, channels: [] });
    await expect(page).toHaveURL(/stratum-range=last_7_days/);
    await expect.poll(() => queries.bodies.length).toBeGreaterThan(0);
    const sevenDays = queries.bodies.every((body) => (Date.parse(body.range.to) - Date.parse(body.range.from)) / 86_400_000 === 6);
    expect(sevenDays).toBe(true);

    // Compare: Tab to the checkbox, Space turns it off.
    for (let i = 0; i < 6 && !(await dashboard.compare.evaluate((box) => box.matches(':focus'))); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await stratumEvents(page, 'stratum-filter-change')).at(-1)?.detail).toMatchObject({ compare: false });
    await expect(page).toHaveURL(/stratum-compare=false/);
  });

  test('every filter-bar control works from the keyboard: custom dates, channel, campaign, reset', async ({ page }) => {
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    const campaignSelect = dashboard.filterBar.locator('select[part="campaign"]');
    await expect.poll(() => campaignSelect.locator('option').count()).toBeGreaterThan(1);
    const lastChange = async () => (await stratumEvents(page, 'stratum-filter-change')).at(-1)?.detail as { preset: string; range: { from: string; to: string }; channels: string[]; campaignIds: string[] } | undefined;

    await page.locator('body').focus();
    await tabTo(page, dashboard.rangeSelect);
    await page.keyboard.press('End'); // the last option: a custom range
    await expect.poll(async () => (await lastChange())?.preset).toBe('custom');
    const before = (await lastChange())!.range;
    // The start date's first field, one step down with the arrow key.
    await tabTo(page, dashboard.filterBar.locator('input[part="from"]'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Date.parse((await lastChange())!.range.from)).toBeLessThan(Date.parse(before.from));
    expect((await lastChange())!.range.to).toBe(before.to);

    await tabTo(page, dashboard.channelSelect);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await lastChange())?.channels.length).toBe(1);
    await tabTo(page, campaignSelect);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await lastChange())?.campaignIds.length).toBe(1);

    await tabTo(page, dashboard.filterBar.locator('[part="reset"]'));
    await page.keyboard.press('Enter');
    await expect.poll(lastChange).toMatchObject({ preset: 'last_30_days', channels: [], campaignIds: [] });
    await expect(dashboard.rangeSelect).toHaveValue('last_30_days');
  });

  test('the URL restores the filters on load, and the host can set them by attribute', async ({ page }) => {
    await page.goto('/examples/plain-html/?stratum-range=last_90_days&stratum-channels=google');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    await expect(dashboard.rangeSelect).toHaveValue('last_90_days');
    await expect(dashboard.channelSelect).toHaveValue('google');

    const queries = recordQueries(page);
    await page.locator('stratum-dashboard').evaluate((element) => element.setAttribute('channels', 'meta'));
    await expect(dashboard.channelSelect).toHaveValue('meta');
    await expect.poll(() => queries.bodies.length).toBeGreaterThan(3);
    expect(queries.bodies.every((body) => body.filters?.channels?.join() === 'meta')).toBe(true);
    expect((await stratumEvents(page, 'stratum-filter-change')).at(-1)?.detail).toMatchObject({ channels: ['meta'], preset: 'last_90_days' });
  });

  test('picking a channel in a chart filters every widget (cross-filtering)', async ({ page }) => {
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    const byChannel = dashboard.charts.filter({ has: page.locator('[part="summary"]') }).filter({ hasText: /channel/i }).first();
    await byChannel.getByRole('button', { name: 'Show data table' }).click();
    const queries = recordQueries(page);
    const channelButton = byChannel.locator('[part="data-table"] tbody button').first();
    const channelName = (await channelButton.textContent())!.trim();
    await channelButton.click();
    await expect.poll(async () => (await stratumEvents(page, 'stratum-filter-change')).at(-1)?.detail).toMatchObject({ channels: [channelName.toLowerCase()] });
    await expect(dashboard.channelSelect).toHaveValue(channelName.toLowerCase());
    await expect.poll(() => queries.bodies.length).toBeGreaterThan(3);
    expect(queries.bodies.every((body) => body.filters?.channels?.[0] === channelName.toLowerCase())).toBe(true);
  });

  test('opening a campaign drills down after a cancelable stratum-drill, and the host can cancel it', async ({ page }) => {
    await page.goto('/examples/plain-html/');
    const dashboard = new DashboardWidget(page);
    await dashboard.rendered();
    const firstCampaign = dashboard.table.locator('tbody button.name').first();
    const name = (await firstCampaign.textContent())!.trim();

    await page.evaluate(() => document.addEventListener('stratum-drill', (event) => event.preventDefault(), { once: true }));
    await firstCampaign.click();
    await expect.poll(async () => (await stratumEvents(page, 'stratum-drill')).length).toBe(1);
    await expect(dashboard.drill).toHaveCount(0);
    expect(await stratumEvents(page, 'stratum-drilled')).toEqual([]);

    await firstCampaign.click();
    await expect(dashboard.drill).toBeVisible();
    await expect(dashboard.drill.locator('#drill-heading')).toContainText(name);
    await expect(dashboard.drill.locator('#drill-heading')).toBeFocused();
    await expect.poll(async () => (await stratumEvents(page, 'stratum-drilled')).at(-1)?.detail).toMatchObject({ dimension: 'campaign', label: name });
    await expect(dashboard.drill.locator('stratum-chart canvas')).toBeVisible();
    await dashboard.drill.getByRole('button', { name: 'Back to dashboard' }).click();
    await expect(dashboard.drill).toHaveCount(0);
    await expect(dashboard.table).toBeVisible();
  });
});
