import { chromium, expect, test, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';
import { clientFixture, e2eDb, signIn, useE2eSecretKey, VENDOR } from './report-fixtures.ts';
import { startSmtpReceiver } from './smtp-receiver.ts';

const SMTP_PORT = 3160;
const AGENCY_DOMAIN = 'reports.northwind-agency.test';

/** Everything a client can see of a page: visible text, title, meta tags, icons. */
async function visibleSurface(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('meta')].map((m) => `${m.getAttribute('name') ?? ''} ${m.getAttribute('content') ?? ''}`),
      ...[...document.querySelectorAll('link[rel~="icon"], link[rel="shortcut icon"]')].map((l) => l.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('img')].map((i) => `${i.alt} ${i.src}`),
    ].join('\n'),
  );
}

test.describe('white-label client reports', () => {
  test.describe.configure({ mode: 'serial' });

  test('a client user signs in and sees only their agency brand', async ({ page }) => {
    const { partner, tenant, dashboard, client } = clientFixture();
    const theme = await e2eDb().theme.findFirst({ where: { partnerId: partner.id } });
    const brandName = theme?.brandName ?? partner.name;
    const path = `/r/${tenant.slug}/${dashboard.id}`;
    await signIn(page, client.email, path);

    await expect(page.getByRole('heading', { level: 1, name: dashboard.title })).toBeVisible();
    await expect(page).toHaveTitle(`${dashboard.title} · ${brandName}`);
    await expect(page.getByTestId('report-figures')).toContainText('Conversions');
    await expect(page.locator('html[data-report-ready]')).toHaveCount(1, { timeout: 30_000 });
    const surface = await visibleSurface(page);
    expect(surface).toContain(brandName);
    expect(surface).not.toMatch(VENDOR);

    // Another tenant's report is not found for this client, whatever its id.
    const other = partner.tenants.find((t) => t.id !== tenant.id && t.dashboards.length > 0)!;
    const foreign = await page.goto(`/r/${other.slug}/${other.dashboards[0]!.id}`);
    expect(foreign?.status()).toBe(404);

    // Exports under the viewer's session: CSV with the report's figures.
    const csv = await page.request.get(`${path}/export.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(dashboard.title);
  });

  test('a report on the agency custom domain, mapped by the Host header', async () => {
    useE2eSecretKey();
    const { issueRenderTicket } = await import('../../portal/server/reports/render-ticket.ts');
    const { partner, tenant, dashboard } = clientFixture();
    await e2eDb().partner.update({ where: { id: partner.id }, data: { customDomain: AGENCY_DOMAIN } });
    const ticket = issueRenderTicket({ tenantId: tenant.id, dashboardId: dashboard.id, from: '2026-10-01', to: '2026-10-31' });
    // A real Host header: the browser resolves the agency's domain to the local portal.
    const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, `--host-resolver-rules=MAP ${AGENCY_DOMAIN} 127.0.0.1, MAP unknown-agency.test 127.0.0.1`] });
    try {
      const page = await browser.newPage();
      const url = (host: string) => `http://${host}:${E2E.port}/r/${tenant.slug}/${dashboard.id}?ticket=${encodeURIComponent(ticket)}`;
      const response = await page.goto(url(AGENCY_DOMAIN));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: dashboard.title })).toBeVisible();
      expect(await visibleSurface(page)).not.toMatch(VENDOR);
      // A host no partner owns serves no report, even with a valid ticket.
      expect((await page.goto(url('unknown-agency.test')))?.status()).toBe(404);
    } finally {
      await browser.close();
      await e2eDb().partner.update({ where: { id: partner.id }, data: { customDomain: null } });
    }
  });

  test('a schedule fires and the email arrives with a PDF carrying the expected figures', async () => {
    test.setTimeout(120_000);
    useE2eSecretKey();
    const smtp = await startSmtpReceiver(SMTP_PORT);
    process.env.SMTP_URL = smtp.url;
    const { startWorker } = await import('../../portal/server/worker/index.ts');
    const { workerConfig } = await import('../../portal/server/worker/worker-config.ts');
    const { rangeForRun } = await import('../../portal/server/reports/schedule-time.ts');
    const { formatFigure } = await import('../../portal/server/reports/format-figure.ts');
    const { tenant, dashboard, partner } = clientFixture();
    const db = e2eDb();
    const recipient = `owner@${tenant.slug}.example`;
    const schedule = await db.scheduledReport.create({
      data: { tenantId: tenant.id, dashboardId: dashboard.id, name: 'Weekly performance', cron: '0 8 * * 1', timezone: tenant.timezone, recipients: [recipient], format: 'pdf_csv', rangePreset: 'last_30_days', nextRunAt: new Date(Date.now() - 1_000) },
    });
    const worker = startWorker({ db, config: { ...workerConfig({ ...process.env, WORKER_POLL_MS: '200' }), portalUrl: E2E.portalUrl } });
    try {
      await expect.poll(() => smtp.mails.length, { timeout: 90_000 }).toBeGreaterThan(0);
      const run = await db.reportRun.findFirstOrThrow({ where: { scheduledReportId: schedule.id } });
      expect(run.status).toBe('sent');
      const mail = smtp.mails[0]!;
      expect(mail.to).toEqual([recipient]);
      expect(mail.raw).not.toMatch(VENDOR);
      const theme = await db.theme.findFirst({ where: { partnerId: partner.id } });
      expect(mail.headers.from).toContain(theme?.emailSenderName ?? theme?.brandName ?? partner.name);
      const pdfPart = mail.parts.find((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'));
      const csvPart = mail.parts.find((p) => (p.headers['content-type'] ?? '').startsWith('text/csv'));
      expect(pdfPart && csvPart).toBeTruthy();
      const { text } = await extractText(new Uint8Array(pdfPart!.body), { mergePages: true });
      expect(text).toContain(dashboard.title);
      expect(text).not.toMatch(VENDOR);

      // The expected figures, summed straight from the facts of the run's range.
      const range = rangeForRun('last_30_days', run.scheduledFor, tenant.timezone);
      const where = { tenantId: tenant.id, date: { gte: new Date(`${range.from}T00:00:00Z`), lte: new Date(`${range.to}T00:00:00Z`) } };
      const currencies = await db.metricDaily.groupBy({ by: ['currency'], where });
      expect(currencies.map((c) => c.currency)).toEqual([tenant.currency]); // one currency: the sums need no FX
      const sums = await db.metricDaily.aggregate({ where, _sum: { spend: true, revenue: true, conversions: true } });
      const spend = sums._sum.spend ?? 0;
      const revenue = sums._sum.revenue ?? 0;
      expect(spend).toBeGreaterThan(0);
      const flat = text.replace(/\s+/g, ' ');
      for (const [metric, value] of [['spend', spend], ['revenue', revenue], ['roas', revenue / spend]] as const) {
        expect(flat, `${metric} in the PDF`).toContain(formatFigure(metric, value, tenant.locale, tenant.currency));
      }
      expect(flat).toContain(theme?.brandName ?? partner.name);
      expect(csvPart!.body.toString('utf8')).toContain(`${range.from}`);

      // A second pass never sends the same run again.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(smtp.mails).toHaveLength(1);
      expect(await db.webhookEvent.count({ where: { partnerId: partner.id, type: 'report.delivered' } })).toBeGreaterThan(0);
    } finally {
      await worker.stop();
      await db.scheduledReport.delete({ where: { id: schedule.id } });
      await smtp.close();
    }
  });
});
