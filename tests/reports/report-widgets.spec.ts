import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoToken, widgetSandbox } from '../widgets/widget-page.ts';
import { e2eDb } from './report-fixtures.ts';

const RANGE = { from: '2026-09-01', to: '2026-11-25' };
const MODELS = ['last_touch', 'first_touch', 'linear', 'time_decay', 'position_based'] as const;

interface Attribution {
  paths: number;
  channels: string[];
  models: { model: string; credits: { channel: string; conversions: number; share: number }[] }[];
}
interface Benchmarks {
  status: 'ok' | 'refused';
  reason?: string;
  cohortSize?: number;
  currency?: string;
  figures?: { metric: string; tenant: number | null; p25: number; median: number; p75: number }[];
}

async function embed(page: Page, token: string, element: string, { lang = 'en', locale = 'en-US' } = {}): Promise<void> {
  await widgetSandbox(page, `<stratum-embed api-base="" token="${token}" locale="${locale}">${element}</stratum-embed>`, { lang });
}

async function api<T>(page: Page, token: string, path: string): Promise<T> {
  const response = await page.request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

test.describe('report widgets', () => {
  test.describe.configure({ mode: 'serial' });

  test('<stratum-attribution>: the five models selectable, compared as a chart and a table', async ({ page }) => {
    const { token } = await demoToken(page);
    const expected = await api<Attribution>(page, token, `/api/embed/v1/attribution?from=${RANGE.from}&to=${RANGE.to}`);
    await page.addInitScript(() => {
      const picked: string[] = [];
      (window as unknown as { __picked: string[] }).__picked = picked;
      document.addEventListener('stratum-attribution-model-change', (event) => picked.push((event as CustomEvent<{ model: string }>).detail.model));
    });
    await embed(page, token, `<stratum-attribution from="${RANGE.from}" to="${RANGE.to}"></stratum-attribution>`);
    const widget = page.locator('stratum-attribution');
    const table = widget.locator('[part~="table"]');
    await expect(table).toBeVisible({ timeout: 30_000 });

    // Every model is a column, every channel a row, with the API's figures.
    await expect(table.locator('thead th[data-model]')).toHaveCount(MODELS.length);
    await expect(table.locator('tbody tr')).toHaveCount(expected.channels.length);
    const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    for (const model of expected.models) {
      for (const credit of model.credits) {
        await expect(table.locator(`tr[data-channel="${credit.channel}"] td[data-model="${model.model}"]`)).toContainText(oneDecimal.format(credit.conversions));
      }
    }
    // The chart: one bar per channel and model, the selected model's at full strength.
    await expect(widget.locator('[part~="chart"] rect.bar')).toHaveCount(expected.channels.length * MODELS.length);
    await expect(widget.locator('[part~="chart"] rect.bar[data-selected="true"]')).toHaveCount(expected.channels.length);
    await expect(table.locator('th[data-selected="true"]')).toHaveAttribute('data-model', 'linear');

    // Selecting a model: the radio, the highlighted column, the reflected attribute and the event.
    await widget.getByRole('radio', { name: 'First touch' }).check();
    await expect(widget).toHaveAttribute('model', 'first_touch');
    await expect(table.locator('th[data-selected="true"]')).toHaveAttribute('data-model', 'first_touch');
    await expect(widget.locator('[part~="summary"]').first()).toContainText('Under First touch');
    expect(await page.evaluate(() => (window as unknown as { __picked: string[] }).__picked)).toEqual(['first_touch']);
    // The host may select a model too.
    await widget.evaluate((el) => el.setAttribute('model', 'time_decay'));
    await expect(table.locator('th[data-selected="true"]')).toHaveAttribute('data-model', 'time_decay');
    await expect(widget.getByRole('radio', { name: 'Time decay' })).toBeChecked();

    const axe = await new AxeBuilder({ page }).include('stratum-attribution').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('<stratum-attribution> speaks the viewer language', async ({ page }) => {
    const { token } = await demoToken(page);
    await embed(page, token, `<stratum-attribution from="${RANGE.from}" to="${RANGE.to}"></stratum-attribution>`, { lang: 'de', locale: 'de-DE' });
    const widget = page.locator('stratum-attribution');
    await expect(widget.getByRole('heading', { name: 'Attribution nach Kanal' })).toBeVisible({ timeout: 30_000 });
    await expect(widget.getByRole('radio', { name: 'Zeitverfall' })).toBeVisible();
  });

  test('<stratum-benchmarks>: an opted-in tenant against its cohort, and "not enough peers" under 5', async ({ page }) => {
    const db = e2eDb();
    const tenants = await db.tenant.findMany({ select: { id: true, slug: true, industry: true, benchmarkOptIn: true }, orderBy: { slug: 'asc' } });
    const { token, tenant } = await demoToken(page);
    const own = tenants.find((t) => t.slug === tenant.slug)!;
    // A cohort of exactly five opted-in "ecommerce" companies (the viewer's included); everyone else out.
    const cohort = [own, ...tenants.filter((t) => t.id !== own.id)].slice(0, 5);
    try {
      for (const t of tenants) {
        const inCohort = cohort.some((c) => c.id === t.id);
        await db.tenant.update({ where: { id: t.id }, data: inCohort ? { industry: 'ecommerce', benchmarkOptIn: true } : { benchmarkOptIn: false } });
      }
      const expected = await api<Benchmarks>(page, token, `/api/embed/v1/benchmarks?from=${RANGE.from}&to=${RANGE.to}`);
      expect(expected.status).toBe('ok');
      expect(expected.cohortSize).toBe(5);

      await embed(page, token, `<stratum-benchmarks from="${RANGE.from}" to="${RANGE.to}"></stratum-benchmarks>`);
      const widget = page.locator('stratum-benchmarks');
      const table = widget.locator('[part~="table"]');
      await expect(table).toBeVisible({ timeout: 30_000 });
      await expect(widget.locator('[part~="cohort"]')).toContainText('Compared with 5 companies in ecommerce');
      await expect(table.locator('tbody tr')).toHaveCount(3);
      const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });
      const ratio = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const money = (v: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: expected.currency!, maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 }).format(v);
      const format = (metric: string, value: number) => (metric === 'ctr' ? percent.format(value) : metric === 'roas' ? `${ratio.format(value)}×` : money(value));
      for (const f of expected.figures!) {
        const cells = table.locator(`tr[data-metric="${f.metric}"] td`);
        await expect(cells.nth(1)).toHaveText(format(f.metric, f.p25));
        await expect(cells.nth(2)).toHaveText(format(f.metric, f.median));
        await expect(cells.nth(3)).toHaveText(format(f.metric, f.p75));
        if (f.tenant !== null) await expect(cells.nth(0)).toContainText(format(f.metric, f.tenant));
      }
      const axe = await new AxeBuilder({ page }).include('stratum-benchmarks').analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // One company leaves: four are not enough, and the widget says so without a single figure.
      await db.tenant.update({ where: { id: cohort[4]!.id }, data: { benchmarkOptIn: false } });
      await page.reload();
      await page.waitForFunction(() => customElements.get('stratum-kpi') !== undefined);
      const refused = widget.locator('[part~="refused"]');
      await expect(refused).toBeVisible({ timeout: 30_000 });
      await expect(refused).toHaveAttribute('data-reason', 'COHORT_TOO_SMALL');
      await expect(refused).toContainText('Not enough peers yet');
      await expect(widget.locator('[part~="table"]')).toHaveCount(0);
      const text = await widget.locator('[part~="base"]').innerText();
      expect(text).not.toMatch(/%|×|\$|€|£/);
    } finally {
      for (const t of tenants) await db.tenant.update({ where: { id: t.id }, data: { industry: t.industry, benchmarkOptIn: t.benchmarkOptIn } });
    }
  });

  test('a dashboard definition with attribution and benchmarks widgets renders both', async ({ page }) => {
    const db = e2eDb();
    const { token, tenant } = await demoToken(page);
    const owner = await db.tenant.findFirstOrThrow({ where: { slug: tenant.slug }, select: { id: true, partnerId: true } });
    const dashboard = await db.dashboard.create({
      data: {
        partnerId: owner.partnerId,
        tenantId: owner.id,
        title: 'Attribution review',
        layout: {
          defaultRange: 'last_90_days',
          widgets: [
            { id: 'attr', kind: 'attribution', title: 'Which channel gets the credit', layout: { w: 12, h: 4 } },
            { id: 'bench', kind: 'benchmarks', title: 'Against our industry', layout: { w: 6, h: 3 } },
          ],
        },
      },
    });
    try {
      await embed(page, token, `<stratum-dashboard dashboard="${dashboard.id}"></stratum-dashboard>`);
      const attribution = page.locator('stratum-attribution');
      await expect(attribution.getByRole('heading', { name: 'Which channel gets the credit' })).toBeVisible({ timeout: 30_000 });
      await expect(attribution.locator('[part~="table"]')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('stratum-benchmarks').getByRole('heading', { name: 'Against our industry' })).toBeVisible();
    } finally {
      await db.dashboard.delete({ where: { id: dashboard.id } });
    }
  });
});
