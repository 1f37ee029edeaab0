import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clientFixture, e2eDb, signIn, useE2eSecretKey } from './report-fixtures.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test.describe('reports and webhooks settings', () => {
  test.describe.configure({ mode: 'serial' });

  test('an owner adds a webhook endpoint, sees the delivery and its response in the log, and redelivers it', async ({ page }) => {
    test.setTimeout(120_000);
    useE2eSecretKey();
    const { partner, manifest } = clientFixture();
    const owner = manifest.users.find((u) => u.role === 'owner' && u.partner === partner.slug)!;
    await signIn(page, owner.email, `/webhooks/${partner.slug}`);
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:3165/hooks');
    await page.getByLabel('Description').fill('Settings spec receiver');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    const receiver = await startWebhookReceiver({ port: 3165, secret });
    const { startWorker } = await import('../../portal/server/worker/index.ts');
    const { workerConfig } = await import('../../portal/server/worker/worker-config.ts');
    const worker = startWorker({ db: e2eDb(), config: { ...workerConfig({ ...process.env, WORKER_POLL_MS: '200' }), portalUrl: 'http://localhost' } });
    try {
      await page.reload();
      const row = page.getByRole('row').filter({ hasText: '127.0.0.1:3165' });
      await row.getByRole('button', { name: 'Send test event' }).click();
      await expect.poll(() => receiver.processed.size, { timeout: 30_000 }).toBe(1);
      expect(receiver.received[0]).toMatchObject({ type: 'webhook.test', validSignature: true });

      await page.goto(`/webhooks/${partner.slug}?endpoint=${(await e2eDb().webhookEndpoint.findFirstOrThrow({ where: { url: 'http://127.0.0.1:3165/hooks' } })).id}`);
      const logRow = page.getByRole('row').filter({ hasText: 'webhook.test' });
      await expect(logRow).toContainText('delivered');
      await expect(logRow).toContainText('HTTP 200');
      await expectNoAxeViolations(page);
      await logRow.getByRole('button', { name: 'Redeliver' }).click();
      await expect.poll(() => receiver.received.filter((r) => r.status === 200).length, { timeout: 30_000 }).toBe(2);
      // The redelivery carries the same webhook-id: a receiver that dedupes acts once.
      expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    } finally {
      await worker.stop();
      await receiver.close();
      await e2eDb().webhookEndpoint.deleteMany({ where: { url: 'http://127.0.0.1:3165/hooks' } });
    }
  });

  test('a client user schedules a report for their own company only', async ({ page }) => {
    const { partner, tenant, client } = clientFixture();
    const clientUser = await e2eDb().user.findUniqueOrThrow({ where: { email: client.email } });
    await e2eDb().scheduledReport.deleteMany({ where: { createdById: clientUser.id } });
    await signIn(page, client.email, `/r/${tenant.slug}/${clientFixture().dashboard.id}`);
    await page.getByRole('link', { name: 'Schedule by email' }).click();
    await page.waitForURL(`**/reports/${partner.slug}`);
    expect(await page.title()).not.toMatch(/stratum/i);
    const options = await page.getByLabel('Dashboard').locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.startsWith(tenant.name))).toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('Monday digest');
    await page.getByLabel(/Recipients/).fill('not-an-email');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Each recipient must be an email address.')).toBeVisible();
    await page.getByLabel(/Recipients/).fill('cfo@client.example');
    await page.getByLabel(/When/).fill('0 8 * * 1');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Schedule saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'Monday digest' })).toContainText(tenant.name);
    await expectNoAxeViolations(page);
    const saved = await e2eDb().scheduledReport.findFirstOrThrow({ where: { name: 'Monday digest' } });
    expect(saved.tenantId).toBe(tenant.id);
    expect(saved.createdById).toBe(clientUser.id);
    expect(saved.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    await e2eDb().scheduledReport.delete({ where: { id: saved.id } });
  });

  test('a client self-serves schedules through the schedules route on their own company only; another company is a 404', async ({ page }) => {
    const { partner, tenant, client, dashboard } = clientFixture();
    const other = partner.tenants.find((t) => t.id !== tenant.id && t.dashboards.length > 0)!;
    await signIn(page, client.email, `/r/${tenant.slug}/${dashboard.id}`);
    const route = `/reports/${partner.slug}/schedules`;
    const schedule = { name: 'Route digest', dashboardId: dashboard.id, cron: '0 7 * * 1', timezone: 'Europe/Berlin', recipients: ['cmo@client.example'], format: 'pdf', rangePreset: 'last_7_days' };

    const own = await page.request.get(`${route}?tenant=${tenant.id}`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { tenant: { id: string } }).tenant.id).toBe(tenant.id);
    expect((await page.request.get(`${route}?tenant=${other.id}`)).status()).toBe(404);
    expect((await page.request.get(`${route}?tenant=does-not-exist`)).status()).toBe(404);

    // Creating for another company — even with that company's own dashboard — is a 404 too, and writes nothing.
    const foreign = await page.request.post(route, { data: { tenantId: other.id, schedule: { ...schedule, dashboardId: other.dashboards[0]!.id } } });
    expect(foreign.status()).toBe(404);
    expect(await e2eDb().scheduledReport.count({ where: { name: 'Route digest' } })).toBe(0);
    // A bad cron is the client's mistake: a validation error that points at the field, never a 500.
    const invalid = await page.request.post(route, { data: { tenantId: tenant.id, schedule: { ...schedule, cron: 'every monday' } } });
    expect(invalid.status()).toBe(400);
    expect(((await invalid.json()) as { error: { code: string; issues: { path: string }[] } }).error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'schedule.cron' })] });

    const created = await page.request.post(route, { data: { tenantId: tenant.id, schedule } });
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; tenantId: string; nextRunAt: string };
    expect(body.tenantId).toBe(tenant.id);
    expect(Date.parse(body.nextRunAt)).toBeGreaterThan(Date.now());
    await e2eDb().scheduledReport.delete({ where: { id: body.id } });
  });

  test('the sidebar links to reports and webhooks by permission, and keeps the portal frame on their pages', async ({ page }) => {
    const { partner, manifest } = clientFixture();
    const analyst = manifest.users.find((u) => u.role === 'analyst' && u.partner === partner.slug);
    const owner = manifest.users.find((u) => u.role === 'owner' && u.partner === partner.slug)!;
    await signIn(page, owner.email, `/p/${partner.slug}`);
    const nav = page.getByRole('navigation', { name: 'Partner' });
    await nav.getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL(`**/webhooks/${partner.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Scheduled reports' }).click();
    await page.waitForURL(`**/reports/${partner.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Scheduled reports' })).toBeVisible();
    await expectNoAxeViolations(page);
    if (analyst) {
      await page.context().clearCookies();
      await signIn(page, analyst.email, `/p/${partner.slug}`);
      await expect(nav.getByRole('link', { name: 'Scheduled reports' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
      await page.goto(`/webhooks/${partner.slug}`);
      await expect(page.getByText('Your role does not include this page')).toBeVisible();
    }
  });
});
