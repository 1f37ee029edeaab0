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
});
