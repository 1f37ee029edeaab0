import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';
import { clientFixture, e2eDb, signIn, useE2eSecretKey, VENDOR, visibleSurface } from './report-fixtures.ts';
import { startSmtpReceiver } from './smtp-receiver.ts';

const SMTP_PORT = 3160;
const AGENCY_DOMAIN = 'reports.northwind-agency.test';

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
    await expect(page.getByTestId('report-figures')).toContainText('Spend');
    await expect(page.locator('html[data-report-ready]')).toHaveCount(1, { timeout: 30_000 });
    // Attribution: the comparison table and chart, with a selectable model.
    await expect(page.getByTestId('attribution-table')).toContainText('Time decay');
    await page.getByRole('link', { name: 'First touch' }).click();
    await expect(page.getByRole('link', { name: 'First touch' })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('heading', { name: 'Industry benchmarks' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    const surface = await visibleSurface(page);
    expect(surface).toContain(brandName);
    expect(surface).not.toMatch(VENDOR);
    // Nor another agency's brand.
    const others = await e2eDb().theme.findMany({ where: { partnerId: { not: partner.id }, brandName: { not: null } }, select: { brandName: true } });
    for (const other of others) expect(surface).not.toContain(other.brandName!);

    // Another tenant's report is not found for this client, whatever its id.
    const other = partner.tenants.find((t) => t.id !== tenant.id && t.dashboards.length > 0)!;
    const foreign = await page.goto(`/r/${other.slug}/${other.dashboards[0]!.id}`);
    expect(foreign?.status()).toBe(404);

    // Exports under the viewer's session: CSV with the report's figures.
    const csv = await page.request.get(`${path}/export.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(dashboard.title);

    // Branded PDF of the dashboard, printed from the page itself.
    const pdf = await page.request.get(`${path}/export.pdf`, { timeout: 90_000 });
    expect(pdf.status()).toBe(200);
    const { text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
    expect(text).toContain(brandName);
    expect(text).not.toMatch(VENDOR);

    // PNG of one chart.
    const layout = (await e2eDb().dashboard.findUniqueOrThrow({ where: { id: dashboard.id } })).layout as { widgets: { id: string; kind: string }[] };
    const chart = layout.widgets.find((w) => w.kind === 'chart');
    if (chart) {
      const png = await page.request.get(`${path}/export.png?widget=${chart.id}`, { timeout: 90_000 });
      expect(png.status()).toBe(200);
      expect((await png.body()).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    }
    expect((await page.request.get(`${path}/export.png?widget=nope`)).status()).toBe(404);
  });

  test('attribution and benchmarks through the embed API', async ({ request }) => {
    const demo = (await (await request.get('/api/demo/embed-token')).json()) as { token: string };
    const headers = { Authorization: `Bearer ${demo.token}` };
    const attribution = await request.get('/api/embed/v1/attribution?from=2026-09-01&to=2026-11-25', { headers });
    expect(attribution.status()).toBe(200);
    const body = (await attribution.json()) as { paths: number; models: { model: string; credits: { conversions: number }[] }[] };
    expect(body.paths).toBeGreaterThan(0);
    expect(body.models.map((m) => m.model)).toEqual(['last_touch', 'first_touch', 'linear', 'time_decay', 'position_based']);
    for (const model of body.models) expect(model.credits.reduce((sum, c) => sum + c.conversions, 0)).toBeCloseTo(body.paths, 1);
    const last = body.models.find((m) => m.model === 'last_touch')!.credits;
    const first = body.models.find((m) => m.model === 'first_touch')!.credits;
    expect(last).not.toEqual(first); // the demo journeys open and close on different channels
    expect((await request.get('/api/embed/v1/attribution?from=2026-11-25&to=2026-09-01', { headers })).status()).toBe(400);
    expect((await request.get('/api/embed/v1/attribution?from=2026-09-01&to=2026-11-25')).status()).toBe(401);

    const benchmarks = await request.get('/api/embed/v1/benchmarks?from=2026-10-01&to=2026-10-31', { headers });
    expect(benchmarks.status()).toBe(200);
    const result = (await benchmarks.json()) as { status: string; reason?: string };
    // The demo has too few opted-in tenants per industry: the answer is a refusal with its reason, never figures.
    expect(result.status).toBe('refused');
    expect(['NOT_OPTED_IN', 'COHORT_TOO_SMALL']).toContain(result.reason);
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
      await expect(page.getByRole('heading', { name: 'Report not found' })).toBeVisible();
      expect(await visibleSurface(page)).not.toMatch(VENDOR);
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
      // The run is recorded as sent just after the SMTP server accepted the message.
      await expect.poll(async () => (await db.reportRun.findFirstOrThrow({ where: { scheduledReportId: schedule.id } })).status).toBe('sent');
      const run = await db.reportRun.findFirstOrThrow({ where: { scheduledReportId: schedule.id } });
      expect(run.messageId).toMatch(/^<report-run-/);
      const mail = smtp.mails[0]!;
      expect(mail.to).toEqual([recipient]);
      expect(mail.raw).not.toMatch(VENDOR);
      const theme = await db.theme.findFirst({ where: { partnerId: partner.id } });
      expect(mail.headers.from).toContain(theme?.emailSenderName ?? theme?.brandName ?? partner.name);
      const pdfPart = mail.parts.find((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'));
      const csvPart = mail.parts.find((p) => (p.headers['content-type'] ?? '').startsWith('text/csv'));
      expect(pdfPart && csvPart).toBeTruthy();
      const { text, totalPages } = await extractText(new Uint8Array(pdfPart!.body), { mergePages: true });
      expect(totalPages, 'the print layout flows onto several A4 pages').toBeGreaterThan(1);
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
