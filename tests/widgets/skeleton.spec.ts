import { expect, test, type Request } from '@playwright/test';
import { demoToken, digitsOf, isQueryUrl, KpiWidget, recordStratumEvents, stratumEvents, widgetSandbox } from './widget-page.ts';

test.describe('walking skeleton: <stratum-kpi> through the real embed API', () => {
  test('the plain-html example shows the tenant\'s real spend of the last 30 days', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await recordStratumEvents(page);
    // The KPI's query goes out alone or in a batch with the dashboard's reads, whichever the page does.
    type KpiQuery = { metrics: string[]; range: { from: string; to: string }; compare: boolean };
    const spendQuery = (request: Request): KpiQuery | undefined => {
      if (request.method() !== 'POST' || !isQueryUrl(request.url())) return undefined;
      const sent = request.postDataJSON() as KpiQuery | { items: { query?: KpiQuery }[] };
      const queries = 'items' in sent ? sent.items.flatMap((item) => item.query ?? []) : [sent];
      return queries.find((query) => query.metrics.join() === 'spend');
    };
    const queryRequest = page.waitForRequest((request) => spendQuery(request) !== undefined);
    await page.goto('/examples/plain-html/');

    const request = await queryRequest;
    const body = spendQuery(request)!;
    expect(body.metrics).toEqual(['spend']);
    expect(body.compare).toBe(true);
    const days = (Date.parse(body.range.to) - Date.parse(body.range.from)) / 86_400_000 + 1;
    expect(days).toBe(30);
    const authorization = await request.headerValue('authorization');
    expect(authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);

    // The expected figure, asked of the API independently with the same token and query.
    const answer = await page.request.post('/api/embed/v1/query', { data: body, headers: { Authorization: authorization! } });
    expect(answer.status()).toBe(200);
    const expected = (await answer.json()) as { currency: string; totals: { spend: number } };
    expect(expected.totals.spend).toBeGreaterThan(0);

    const kpi = new KpiWidget(page.locator('#kpi-spend'));
    await expect(kpi.value).toBeVisible();
    const shown = (await kpi.value.textContent())!.trim();
    expect(shown).toMatch(/\p{Sc}|[A-Z]{3}/u);
    expect(digitsOf(shown)).toBe(String(Math.round(expected.totals.spend)));
    await expect(kpi.delta).toContainText(/%/);
    await expect(kpi.error).toHaveCount(0);

    await expect.poll(async () => (await stratumEvents(page, 'stratum-render-complete')).some((event) => event.target === 'kpi-spend')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  for (const [name, mangle] of [
    ['a token with a forged signature', (token: string) => `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(43)}`],
    ['a string that is not a token', () => 'not-a-token'],
  ] as const) {
    test(`${name} shows the session-expired state, no data and no crash`, async ({ page }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const { token } = await demoToken(page);
      await recordStratumEvents(page);
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/api/embed/v1/')) statuses.push(response.status());
      });
      await widgetSandbox(page, `<stratum-embed api-base=""><stratum-kpi id="kpi" metric="spend"></stratum-kpi></stratum-embed>`);
      await page.locator('stratum-embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), mangle(token));

      const kpi = new KpiWidget(page.locator('#kpi'));
      await expect(kpi.error).toBeVisible();
      await expect(kpi.error).toHaveAttribute('data-kind', 'expired');
      await expect(kpi.error.getByRole('paragraph').first()).toHaveText('Session expired');
      await expect(kpi.value).toHaveCount(0);
      await expect(kpi.skeleton).toHaveCount(0);
      expect(statuses).toContain(401);
      expect(statuses.filter((status) => status === 200)).toEqual([]);

      const errors = await stratumEvents(page, 'stratum-error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.detail).toMatchObject({ widget: 'stratum-kpi', status: 401, kind: 'expired' });
      expect(pageErrors).toEqual([]);
    });
  }
});
