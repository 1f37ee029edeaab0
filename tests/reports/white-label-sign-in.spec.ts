import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';
import { clientFixture, e2eDb, VENDOR, visibleSurface } from './report-fixtures.ts';

/** A partner other than the custom-domain report spec's, so both can run at once. */
const PARTNER = 'bluepeak';
/** A client address on a domain no SSO connection routes: it signs in by magic link. */
const CLIENT_EMAIL = 'finance.lead@client-mail.example';
const AGENCY_DOMAIN = 'insights.bluepeak-agency.test';

const outboxDir = path.join(E2E.dataDir, 'outbox');

/** The newest .eml in the portal's outbox addressed to `email`, written after `since` (epoch ms). */
function newestMailTo(email: string, since: number): string | undefined {
  if (!existsSync(outboxDir)) return undefined;
  return readdirSync(outboxDir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => path.join(outboxDir, name))
    .map((file) => ({ file, at: statSync(file).mtimeMs }))
    .filter(({ at }) => at >= since)
    .sort((a, b) => b.at - a.at)
    .map(({ file }) => readFileSync(file, 'utf8'))
    .find((raw) => new RegExp(`^To: ${email.replace(/[.+]/g, '\\$&')}$`, 'm').test(raw));
}

/** The link of the newest magic link to `email` in the outbox log. */
function magicLinkTo(email: string, logOffset: number): string | undefined {
  const log = path.join(outboxDir, 'outbox.jsonl');
  if (!existsSync(log)) return undefined;
  const lines = readFileSync(log, 'utf8').slice(logOffset).trim().split('\n').filter(Boolean);
  return lines.map((l) => JSON.parse(l) as { to: string; kind: string; link?: string }).reverse().find((m) => m.to === email && m.kind === 'magic-link')?.link;
}

/**
 * What the client sees names the agency and never the vendor. With `markup`, not even the page source's text does
 * (the report page itself is built of the widget library's custom elements, whose tag names are not text).
 */
async function expectNoVendor(page: Page, brandName: string, { markup = false } = {}): Promise<void> {
  const surface = await visibleSurface(page);
  expect(surface).toContain(brandName);
  expect(surface, `vendor name on ${page.url()}`).not.toMatch(VENDOR);
  if (markup) expect(await page.content(), `vendor name in the source of ${page.url()}`).not.toMatch(VENDOR);
}

test.describe('white-label sign-in', () => {
  test('a client signs in on the agency custom domain and meets only the agency brand: pages, email, report, PDF', async () => {
    test.setTimeout(150_000);
    const { partner, tenant, dashboard } = clientFixture(PARTNER);
    const client = { email: CLIENT_EMAIL };
    const db = e2eDb();
    const user = await db.user.upsert({ where: { email: CLIENT_EMAIL }, update: {}, create: { email: CLIENT_EMAIL, name: 'Finance lead' } });
    await db.membership.deleteMany({ where: { userId: user.id } });
    await db.membership.create({ data: { userId: user.id, partnerId: partner.id, tenantId: tenant.id, role: 'client', source: 'seed' } });
    const theme = await db.theme.findFirst({ where: { partnerId: partner.id } });
    const brandName = theme?.brandName ?? partner.name;
    const senderName = theme?.emailSenderName ?? brandName;
    await db.partner.update({ where: { id: partner.id }, data: { customDomain: AGENCY_DOMAIN } });
    const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, `--host-resolver-rules=MAP ${AGENCY_DOMAIN} 127.0.0.1`] });
    try {
      const page = await (await browser.newContext()).newPage();
      const origin = `http://${AGENCY_DOMAIN}:${E2E.port}`;
      const reportPath = `/r/${tenant.slug}/${dashboard.id}`;

      // Signed out: the report sends the client to sign in, on the agency's domain, in the agency's brand.
      await page.goto(`${origin}${reportPath}`);
      await page.waitForURL((url) => url.pathname === '/signin');
      expect(new URL(page.url()).host).toBe(`${AGENCY_DOMAIN}:${E2E.port}`);
      await expect(page.getByRole('heading', { level: 1, name: `Sign in to ${brandName}` })).toBeVisible();
      await expect(page).toHaveTitle(`Sign in · ${brandName}`);
      await expectNoVendor(page, brandName, { markup: true });
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

      const log = path.join(outboxDir, 'outbox.jsonl');
      const logOffset = existsSync(log) ? readFileSync(log, 'utf8').length : 0;
      const startedAt = Date.now() - 1_000;
      await page.getByLabel('Work email').fill(client.email);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((url) => url.pathname === '/signin/check-email');
      await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
      await expectNoVendor(page, brandName, { markup: true });

      // The email: the agency's sender and brand, the link on the agency's domain, nothing of the vendor.
      let link: string | undefined;
      await expect.poll(() => (link = magicLinkTo(client.email, logOffset))).toBeTruthy();
      expect(new URL(link!).host).toBe(`${AGENCY_DOMAIN}:${E2E.port}`);
      expect(new URL(new URL(link!).searchParams.get('callbackUrl')!).host).toBe(`${AGENCY_DOMAIN}:${E2E.port}`);
      let raw: string | undefined;
      await expect.poll(() => (raw = newestMailTo(client.email, startedAt))).toBeTruthy();
      expect(raw).not.toMatch(VENDOR);
      expect(raw).toMatch(new RegExp(`^From: "?${senderName}"? <no-reply@${AGENCY_DOMAIN.replace(/\./g, '\\.')}>`, 'm'));
      expect(raw).toContain(brandName);

      // The link signs the client in on the agency's domain and lands on the report.
      await page.goto(link!);
      await page.waitForURL((url) => url.pathname === reportPath, { timeout: 30_000 });
      expect(new URL(page.url()).host).toBe(`${AGENCY_DOMAIN}:${E2E.port}`);
      await expect(page.getByRole('heading', { level: 1, name: dashboard.title })).toBeVisible();
      await expect(page.locator('html[data-report-ready]')).toHaveCount(1, { timeout: 60_000 });
      await expectNoVendor(page, brandName);
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

      // The branded PDF of the report, downloaded on the agency's domain with the client's session.
      // (fetched by the page: only the browser resolves the agency's domain to the local portal)
      const pdf = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'same-origin' });
        const bytes = new Uint8Array(await response.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return { status: response.status, type: response.headers.get('content-type'), base64: btoa(binary) };
      }, `${reportPath}/export.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toContain('application/pdf');
      const { text } = await extractText(new Uint8Array(Buffer.from(pdf.base64, 'base64')), { mergePages: true });
      expect(text).toContain(brandName);
      expect(text).not.toMatch(VENDOR);
    } finally {
      await browser.close();
      await db.partner.update({ where: { id: partner.id }, data: { customDomain: null } });
      await db.user.delete({ where: { id: user.id } });
    }
  });

  test('the sign-in page carries the agency brand for a report callback on the portal host, and the portal own brand otherwise', async ({ page }) => {
    const { partner, tenant, dashboard } = clientFixture(PARTNER);
    const theme = await e2eDb().theme.findFirst({ where: { partnerId: partner.id } });
    const brandName = theme?.brandName ?? partner.name;
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/r/${tenant.slug}/${dashboard.id}`)}`);
    await expect(page.getByRole('heading', { level: 1, name: `Sign in to ${brandName}` })).toBeVisible();
    await expectNoVendor(page, brandName);
    // A dashboard id that does not belong to the tenant in the path reveals no brand.
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/r/${tenant.slug}/not-a-dashboard`)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to your partner portal' })).toBeVisible();
    expect(await visibleSurface(page)).not.toContain(brandName);
  });
});
