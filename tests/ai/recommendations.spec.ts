import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { aiSandbox, e2eDb, RecommendationsWidget } from './ai-pages.ts';
import { demoToken, recordStratumEvents, stratumEvents } from '../widgets/widget-page.ts';

test.describe('<stratum-recommendations>', () => {
  test('shows the planted budget increase like the mock-up; applying it changes the campaign and is audited', async ({ page }) => {
    await recordStratumEvents(page);
    const applied: unknown[] = [];
    await page.exposeFunction('__onApplied', (detail: unknown) => applied.push(detail));
    await page.addInitScript(() => document.addEventListener('stratum-recommendation-applied', (e) => (window as unknown as { __onApplied(d: unknown): void }).__onApplied(JSON.parse(JSON.stringify((e as CustomEvent).detail)))));
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>');
    const widget = new RecommendationsWidget(page.locator('#recs'));
    await widget.loaded();
    const card = widget.cards('budget_increase').filter({ hasText: 'Summer Sale' });
    await expect(card.locator('[part~="headline"]')).toHaveText(/Increase budget by \d+% for "Summer Sale"/);
    await expect(card.locator('[data-figure="confidence"]')).toHaveText(/^\d{1,3}%$/);
    await expect(card.locator('[data-figure="impact"]')).toHaveText(/\+\$[\d,]+ revenue/);
    await expect(card.locator('[part~="reasoning"]')).toContainText('ROAS rose');

    // Learn more: the evidence, its test and a chart.
    await card.locator('[part~="learn-more-button"]').click();
    await expect(card.locator('[part~="evidence"]')).toContainText('OLS slope t-test');
    await expect(card.locator('[part~="evidence-chart"]')).toBeVisible();

    const db = e2eDb();
    const id = await card.getAttribute('data-id');
    const rec = await db.recommendation.findUniqueOrThrow({ where: { id: id! } });
    const before = await db.campaign.findUniqueOrThrow({ where: { id: rec.campaignId! } });

    await widget.apply(card).click();
    await expect(card).toHaveAttribute('data-status', 'applied');
    await expect(card.locator('.status')).toHaveText(/Applied/);
    await expect.poll(() => applied.length).toBe(1);

    const after = await db.campaign.findUniqueOrThrow({ where: { id: rec.campaignId! } });
    expect(after.dailyBudget).toBeGreaterThan(before.dailyBudget);
    const audit = await db.auditEvent.findFirst({ where: { tenantId: rec.tenantId, action: 'recommendation.applied', targetId: rec.id } });
    expect(audit?.actorType).toBe('embed');
    expect(await db.webhookEvent.count({ where: { type: 'recommendation.applied' } })).toBeGreaterThan(0);
    expect(await stratumEvents(page, 'stratum-error')).toEqual([]);
    await db.$disconnect();
  });

  test('the trust gate makes recommendations on a degraded channel advisory: Apply is disabled and the API refuses', async ({ page }) => {
    await aiSandbox(page, '<stratum-recommendations id="recs" channel="tiktok"></stratum-recommendations>');
    const widget = new RecommendationsWidget(page.locator('#recs'));
    const card = widget.cards('signal_health_alert');
    await expect(card).toHaveAttribute('data-gated', 'true');
    await expect(card.locator('[part~="gate"]')).toHaveText(/Advisory only/);
    await expect(widget.apply(card)).toBeDisabled();
    const id = await card.getAttribute('data-id');
    const { token } = await demoToken(page, { tenant: 'acme-outfitters' });
    const response = await page.request.post(`/api/embed/v1/recommendations/${id}/apply`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(409);
    expect((await response.json()).error.code).toBe('TRUST_GATE');
  });

  test('a refused apply rolls the card back and says why', async ({ page }) => {
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>', { scopes: 'recommendations' });
    const widget = new RecommendationsWidget(page.locator('#recs'));
    await widget.loaded();
    const card = widget.cards().filter({ has: page.locator('[part~="apply-button"]:not([disabled])') }).first();
    await widget.apply(card).click();
    await expect(card.locator('[part~="card-error"]')).toContainText('recommendations:apply');
    await expect(card).toHaveAttribute('data-status', 'open');
  });

  test('is accessible', async ({ page }) => {
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>');
    await new RecommendationsWidget(page.locator('#recs')).loaded();
    const results = await new AxeBuilder({ page }).include('#recs').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
