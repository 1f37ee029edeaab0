import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoToken, recordStratumEvents, tabTo, widgetSandbox } from './widget-page.ts';

test.describe('<stratum-table>', () => {
  test.beforeEach(async ({ page }) => {
    await recordStratumEvents(page);
    const { token } = await demoToken(page);
    await widgetSandbox(
      page,
      `<stratum-embed id="embed"><stratum-table id="campaigns" metrics="spend,conversions,cpa" page-size="5"></stratum-table></stratum-embed>`,
    );
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    await expect(page.locator('#campaigns tbody tr')).toHaveCount(5);
  });

  test('sorts by a column, both ways, and says so to assistive technology', async ({ page }) => {
    const table = page.locator('#campaigns');
    const cpaHeader = table.locator('th', { hasText: 'CPA' });
    await cpaHeader.getByRole('button').click();
    await expect(cpaHeader).toHaveAttribute('aria-sort', 'descending');
    const cpaValues = async () =>
      (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map((text) => Number(text.replace(/[^\d.]/g, ''))).filter((value) => !Number.isNaN(value));
    const descending = await cpaValues();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await cpaHeader.getByRole('button').click();
    await expect(cpaHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await cpaValues();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });

  test('is navigable with the keyboard: arrows between cells, Page Down to the next page, Enter opens a campaign', async ({ page }) => {
    const table = page.locator('#campaigns');
    await table.locator('tbody th').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(table.locator('[data-cell="0,1"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('[data-cell="1,1"]')).toBeFocused();
    await page.keyboard.press('End');
    await expect(table.locator('[data-cell="1,3"]')).toBeFocused();
    const firstPage = await table.locator('tbody th').first().textContent();
    await page.keyboard.press('PageDown');
    await expect(table.locator('[part="pager"]')).toContainText('Page 2');
    await expect(table.locator('[data-cell="0,3"]')).toBeFocused();
    expect(await table.locator('tbody th').first().textContent()).not.toBe(firstPage);
    await page.keyboard.press('Home');
    // The listener is in place before the key is pressed (a promise left pending in the page, read afterwards).
    await page.evaluate(() => {
      (window as unknown as { __selected: Promise<unknown> }).__selected = new Promise((resolve) => document.addEventListener('stratum-select', (event) => resolve(event.detail), { once: true }));
    });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { __selected: Promise<unknown> }).__selected)).toMatchObject({ dimension: 'campaign' });
    // Only one cell of the grid is in the tab order.
    await expect(table.locator('[data-cell][tabindex="0"]')).toHaveCount(1);
  });

  test('pages with the buttons and exports the server\'s CSV of what the token may see', async ({ page }) => {
    const table = page.locator('#campaigns');
    await table.getByRole('button', { name: 'Next' }).click();
    await expect(table.locator('[part="pager"]')).toContainText('Rows 6–10');
    await expect(table.getByRole('button', { name: 'Previous' })).toBeEnabled();

    const download = page.waitForEvent('download');
    await table.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^campaign-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines[0]!.toLowerCase()).toContain('spend');
  });

  test('works with the keyboard alone from the top of the page: sort, into the grid, page, export', async ({ page }) => {
    const table = page.locator('#campaigns');
    await page.locator('body').focus();
    const cpaHeader = table.locator('th', { hasText: 'CPA' });
    await tabTo(page, cpaHeader.getByRole('button'));
    await page.keyboard.press('Enter');
    await expect(cpaHeader).toHaveAttribute('aria-sort', 'descending');
    await page.keyboard.press('Space');
    await expect(cpaHeader).toHaveAttribute('aria-sort', 'ascending');

    // The grid is one tab stop; arrows move inside it.
    const gridStop = table.locator('[data-cell][tabindex="0"]');
    await tabTo(page, gridStop);
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('[data-cell="1,0"]')).toBeFocused();

    await tabTo(page, table.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
    await expect(table.locator('[part="pager"]')).toContainText('Rows 6–10');

    await tabTo(page, table.getByRole('button', { name: 'Export CSV' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});
