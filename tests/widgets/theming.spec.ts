import { expect, test, type Page } from '@playwright/test';
import { demoToken, KpiWidget, recordQueries, recordStratumEvents, stratumEvents, widgetSandbox } from './widget-page.ts';

async function themedKpi(page: Page, attributes: string, head = '') {
  const { token } = await demoToken(page);
  await widgetSandbox(page, `<stratum-embed id="embed" ${attributes}><stratum-kpi id="kpi" metric="spend"></stratum-kpi></stratum-embed>`, { head });
  await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
  const kpi = new KpiWidget(page.locator('#kpi'));
  await expect(kpi.value).toHaveText(/\d/);
  return kpi;
}

test.describe('theming and white-label', () => {
  test('theme data from the portal becomes tokens that reach every widget', async ({ page }) => {
    const theme = JSON.stringify({ colors: { text: '#123456', surface: '#fafaf0', primary: '#0f5d4f' }, radius: 3, fontFamily: 'Georgia, serif', mode: 'light' });
    const kpi = await themedKpi(page, `theme='${theme}'`);
    await expect(kpi.value).toHaveCSS('color', 'rgb(18, 52, 86)');
    const base = page.locator('#kpi [part~="base"]');
    await expect(base).toHaveCSS('background-color', 'rgb(250, 250, 240)');
    await expect(base).toHaveCSS('border-radius', '3px');
    expect(await base.evaluate((element) => getComputedStyle(element).fontFamily)).toContain('Georgia');
  });

  test('dark mode follows the viewer\'s preference, or the attribute', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const kpi = await themedKpi(page, '');
    await expect(page.locator('#embed')).toHaveAttribute('data-scheme', 'dark');
    await expect(kpi.value).toHaveCSS('color', 'rgb(229, 233, 242)');
    await page.locator('#embed').evaluate((embed) => embed.setAttribute('color-scheme', 'light'));
    await expect(page.locator('#embed')).toHaveAttribute('data-scheme', 'light');
    await expect(kpi.value).toHaveCSS('color', 'rgb(15, 23, 42)');
  });

  test('chart colours follow a light/dark switch at runtime (preference, attribute, host tokens) without a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const { token } = await demoToken(page);
    await widgetSandbox(page, `<stratum-embed id="embed"><stratum-chart id="chart" type="bar" metrics="spend" dimension="channel"></stratum-chart></stratum-embed>`);
    const queries = recordQueries(page);
    await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), token);
    const canvas = page.locator('#chart canvas');
    await expect(canvas).toBeVisible();
    /** The opaque colours painted on the canvas, as "r,g,b" (the bars are filled with the first series colour). */
    const painted = () =>
      canvas.evaluate((element) => {
        const context = (element as HTMLCanvasElement).getContext('2d')!;
        const { data } = context.getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height);
        const colours = new Set<string>();
        for (let index = 0; index < data.length; index += 4) if (data[index + 3] === 255) colours.add(`${data[index]},${data[index + 1]},${data[index + 2]}`);
        return [...colours];
      });
    const LIGHT = '37,99,235'; // --stratum-chart-1, light
    const DARK = '147,180,255'; // --stratum-chart-1, dark
    await expect.poll(painted).toContain(LIGHT);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(painted).toContain(DARK);
    expect(await painted()).not.toContain(LIGHT);

    await page.locator('#embed').evaluate((embed) => embed.setAttribute('color-scheme', 'light'));
    await expect.poll(painted).toContain(LIGHT);
    expect(await painted()).not.toContain(DARK);

    // Host CSS that swaps the token repaints too.
    await page.locator('#embed').evaluate((embed) => (embed as HTMLElement).style.setProperty('--stratum-chart-1', '#c2410c'));
    await expect.poll(painted).toContain('194,65,12');
    // Repainted from the data it had: no new request, no reload.
    expect(queries.bodies).toHaveLength(1);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  test('hosts style structural parts through ::part and the component tokens', async ({ page }) => {
    const kpi = await themedKpi(page, '', '<style>stratum-kpi::part(value) { color: rgb(200, 0, 100); } stratum-kpi { --stratum-kpi-value-size: 40px; }</style>');
    await expect(kpi.value).toHaveCSS('color', 'rgb(200, 0, 100)');
    await expect(kpi.value).toHaveCSS('font-size', '40px');
  });

  test('nothing a viewer sees names the vendor', async ({ page }) => {
    await page.goto('/examples/plain-html/');
    await expect(page.locator('stratum-dashboard stratum-kpi').first().locator('[part~="value"]')).toHaveText(/\d/);
    const visibleText = await page.evaluate(() => {
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        texts.push((root instanceof Document ? root.body : root).textContent ?? '');
        root.querySelectorAll('*').forEach((element) => element.shadowRoot && walk(element.shadowRoot));
      };
      walk(document);
      return texts.join(' ');
    });
    expect(visibleText).not.toMatch(/stratum/i);
  });

  test('the host is told before the token expires, and the tokenProvider renews it', async ({ page }) => {
    await page.clock.install();
    await recordStratumEvents(page);
    await page.goto('/examples/plain-html/');
    const kpi = new KpiWidget(page.locator('#kpi-spend'));
    await expect(kpi.value).toHaveText(/\d/);
    const renewal = page.waitForRequest((request) => request.url().includes('/api/demo/embed-token'));
    await page.clock.fastForward('15:00');
    await renewal;
    const [expiring] = await stratumEvents(page, 'stratum-token-expiring');
    expect(expiring?.detail).toMatchObject({ willRefresh: true });
    expect((expiring?.detail as { secondsLeft: number }).secondsLeft).toBeLessThanOrEqual(60);
    await expect(kpi.value).toHaveText(/\d/);
  });
});
