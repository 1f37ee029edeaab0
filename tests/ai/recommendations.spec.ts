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

  test('the trust gate blocks a change on a degraded channel but an alert there can still be acknowledged', async ({ page }) => {
    // Acme: TikTok's tracking is degraded in the seed (a signal-health alert on it); Google is degraded for this test,
    // so its A/B-test recommendation (a traffic shift) becomes advisory only.
    const db = e2eDb();
    const tenant = await db.tenant.findFirstOrThrow({ where: { slug: 'acme-outfitters' }, select: { id: true } });
    const google = await db.signalHealthDaily.findFirstOrThrow({ where: { tenantId: tenant.id, channel: 'google' }, orderBy: { date: 'desc' } });
    let acknowledgedId: string | null = null;
    try {
      await db.signalHealthDaily.update({ where: { id: google.id }, data: { healthScore: 40 } });
      await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>');
      const widget = new RecommendationsWidget(page.locator('#recs'));
      await widget.loaded();

      const change = widget.cards('ab_test_winner');
      await expect(change).toHaveAttribute('data-gated', 'true');
      await expect(change.locator('[part~="gate"]')).toHaveText(/Advisory only/);
      await expect(widget.apply(change)).toBeDisabled();
      const { token } = await demoToken(page, { tenant: 'acme-outfitters' });
      const refused = await page.request.post(`/api/embed/v1/recommendations/${await change.getAttribute('data-id')}/apply`, { headers: { Authorization: `Bearer ${token}` } });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).error.code).toBe('TRUST_GATE');

      const alert = widget.cards('signal_health_alert');
      await expect(alert).toHaveAttribute('data-gated', 'false');
      await expect(alert.locator('[part~="gate"]')).toHaveCount(0);
      acknowledgedId = await alert.getAttribute('data-id');
      await expect(widget.apply(alert)).toHaveText(/Acknowledge/);
      await widget.apply(alert).click();
      await expect(alert).toHaveAttribute('data-status', 'applied');
      await expect(alert.locator('.status')).toHaveText(/Acknowledged/);
      // The card is optimistic: wait for the server's answer in the database.
      await expect.poll(async () => (await db.recommendation.findUniqueOrThrow({ where: { id: acknowledgedId! } })).status).toBe('applied');
      await expect(alert.locator('[part~="card-error"]')).toHaveCount(0);
      expect((await db.recommendation.findUniqueOrThrow({ where: { id: (await change.getAttribute('data-id'))! } })).status).toBe('open');
    } finally {
      await db.signalHealthDaily.update({ where: { id: google.id }, data: { healthScore: google.healthScore } });
      if (acknowledgedId) await db.recommendation.update({ where: { id: acknowledgedId }, data: { status: 'open', decidedAt: null, decidedBy: null } });
    }
  });

  test('dismissing needs the deciding scope: a read-only token sees the card but cannot dismiss it', async ({ page }) => {
    // The widget of a read-only token informs only: no Apply or Dismiss that the server would refuse.
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>', { scopes: 'recommendations' });
    const widget = new RecommendationsWidget(page.locator('#recs'));
    await widget.loaded();
    await expect(widget.cards().first().locator('[part~="learn-more-button"]')).toBeVisible();
    await expect(page.locator('#recs [part~="apply-button"], #recs [part~="dismiss-button"]')).toHaveCount(0);

    const { token } = await demoToken(page, { tenant: 'acme-outfitters', scopes: 'recommendations' });
    const list = await page.request.get('/api/embed/v1/recommendations?status=open', { headers: { Authorization: `Bearer ${token}` } });
    expect(list.status()).toBe(200);
    const [first] = (await list.json()).recommendations as { id: string }[];
    const dismiss = await page.request.post(`/api/embed/v1/recommendations/${first!.id}/dismiss`, { headers: { Authorization: `Bearer ${token}` }, data: { reason: 'not for me' } });
    expect(dismiss.status()).toBe(403);
    expect((await dismiss.json()).error.code).toBe('SCOPE_FORBIDDEN');
    expect((await e2eDb().recommendation.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe('open');
  });

  test('a refused apply rolls the card back and says why', async ({ page }) => {
    // The channel degrades after the cards were loaded: the widget still offers Apply, the server refuses it.
    const db = e2eDb();
    const tenant = await db.tenant.findFirstOrThrow({ where: { slug: 'acme-outfitters' }, select: { id: true } });
    const google = await db.signalHealthDaily.findFirstOrThrow({ where: { tenantId: tenant.id, channel: 'google' }, orderBy: { date: 'desc' } });
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>');
    const widget = new RecommendationsWidget(page.locator('#recs'));
    await widget.loaded();
    const card = widget.cards('ab_test_winner');
    await expect(widget.apply(card)).toBeEnabled();
    try {
      await db.signalHealthDaily.update({ where: { id: google.id }, data: { healthScore: 40 } });
      await widget.apply(card).click();
      await expect(card.locator('[part~="card-error"]')).toContainText('below the trust-gate threshold');
      await expect(card).toHaveAttribute('data-status', 'open');
      expect((await db.recommendation.findUniqueOrThrow({ where: { id: (await card.getAttribute('data-id'))! } })).status).toBe('open');
    } finally {
      await db.signalHealthDaily.update({ where: { id: google.id }, data: { healthScore: google.healthScore } });
    }
  });

  test('is accessible', async ({ page }) => {
    await aiSandbox(page, '<stratum-recommendations id="recs"></stratum-recommendations>');
    await new RecommendationsWidget(page.locator('#recs')).loaded();
    const results = await new AxeBuilder({ page }).include('#recs').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
