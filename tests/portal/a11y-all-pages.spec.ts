import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E } from '../e2e-env.ts';
import { e2eDb, signIn } from '../reports/report-fixtures.ts';
import { PARTNER, expectNoAxeViolations, manifest, userOf } from './support/portal';

/**
 * axe-core (WCAG 2.1 A/AA) on every page route under portal/app, as the person who can see it: anonymous, the demo
 * owner, the platform admin, a client user. Client report pages are checked in the light theme (Northwind) and the
 * dark theme (Bluepeak). The first test fails when a page.tsx is added without being listed here.
 */
type Who = 'anonymous' | 'owner' | 'platformAdmin' | 'client' | 'darkClient';

interface Ids {
  tenant: string;
  dashboard: string;
  clientTenant: string;
  clientDashboard: string;
  darkTenant: string;
  darkDashboard: string;
  listing: string;
  installation: string;
}

/** Every route pattern (as its folder under portal/app, route groups dropped) → who opens it and at which URL(s). */
const ROUTES: Record<string, { who: Who; urls: (ids: Ids) => string[] }> = {
  '/': { who: 'anonymous', urls: () => ['/'] },
  '/signin': { who: 'anonymous', urls: () => ['/signin', '/signin?error=deactivated'] },
  '/signin/check-email': { who: 'anonymous', urls: () => ['/signin/check-email'] },
  '/invite/[token]': { who: 'anonymous', urls: () => ['/invite/not-a-real-token-0000000000'] },
  '/p': { who: 'owner', urls: () => ['/p'] },
  '/p/[partner]': { who: 'owner', urls: () => [`/p/${PARTNER}`] },
  '/p/[partner]/api-keys': { who: 'owner', urls: () => [`/p/${PARTNER}/api-keys`] },
  '/p/[partner]/audit': { who: 'owner', urls: () => [`/p/${PARTNER}/audit`] },
  '/p/[partner]/clients/[tenant]': { who: 'owner', urls: (ids) => [`/p/${PARTNER}/clients/${ids.tenant}`] },
  '/p/[partner]/dashboards': { who: 'owner', urls: () => [`/p/${PARTNER}/dashboards`] },
  '/p/[partner]/dashboards/[id]': { who: 'owner', urls: (ids) => [`/p/${PARTNER}/dashboards/${ids.dashboard}`] },
  '/p/[partner]/directory-sync': { who: 'owner', urls: () => [`/p/${PARTNER}/directory-sync`] },
  '/p/[partner]/embed-apps': { who: 'owner', urls: () => [`/p/${PARTNER}/embed-apps`] },
  '/p/[partner]/members': { who: 'owner', urls: () => [`/p/${PARTNER}/members`] },
  '/p/[partner]/sso': { who: 'owner', urls: () => [`/p/${PARTNER}/sso`] },
  '/p/[partner]/theme': { who: 'owner', urls: (ids) => [`/p/${PARTNER}/theme`, `/p/${PARTNER}/theme?client=${ids.tenant}`] },
  '/reports/[partner]': { who: 'owner', urls: () => [`/reports/${PARTNER}`] },
  '/webhooks/[partner]': { who: 'owner', urls: () => [`/webhooks/${PARTNER}`] },
  '/marketplace': { who: 'owner', urls: () => ['/marketplace'] },
  '/marketplace/[partner]': { who: 'owner', urls: () => [`/marketplace/${PARTNER}`] },
  '/marketplace/[partner]/publish': { who: 'owner', urls: () => [`/marketplace/${PARTNER}/publish`] },
  '/marketplace/[partner]/installations': { who: 'owner', urls: () => [`/marketplace/${PARTNER}/installations`] },
  '/marketplace/[partner]/installations/[id]/upgrade': { who: 'owner', urls: (ids) => [`/marketplace/${PARTNER}/installations/${ids.installation}/upgrade`] },
  '/marketplace/[partner]/listings/[slug]': { who: 'owner', urls: (ids) => [`/marketplace/${PARTNER}/listings/${ids.listing}`] },
  '/marketplace/[partner]/listings/[slug]/install': { who: 'owner', urls: (ids) => [`/marketplace/${PARTNER}/listings/${ids.listing}/install`] },
  '/admin': { who: 'platformAdmin', urls: () => ['/admin'] },
  '/admin/partners/[slug]': { who: 'platformAdmin', urls: () => [`/admin/partners/${PARTNER}`] },
  '/admin/marketplace': { who: 'platformAdmin', urls: () => ['/admin/marketplace'] },
  '/c/[partner]/[tenant]': { who: 'client', urls: (ids) => [`/c/${PARTNER}/${ids.clientTenant}`] },
  '/r/[tenant]/[dashboard]': { who: 'client', urls: (ids) => [`/r/${ids.clientTenant}/${ids.clientDashboard}`] },
};
/** The same report route again in the dark theme, as a client of the dark-themed partner. */
const DARK: { who: Who; urls: (ids: Ids) => string[] } = { who: 'darkClient', urls: (ids) => [`/r/${ids.darkTenant}/${ids.darkDashboard}`] };

function pageRoutes(dir = path.resolve('portal/app'), base = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...pageRoutes(full, /^\(.*\)$/.test(entry) ? base : `${base}/${entry}`));
    else if (entry === 'page.tsx') out.push(base || '/');
  }
  return out.sort();
}

function ids(): Ids {
  const m = manifest();
  const northwind = m.partners.find((p) => p.slug === PARTNER)!;
  const tenant = northwind.tenants.find((t) => t.dashboards.length > 0)!;
  const client = userOf('client');
  const clientTenant = northwind.tenants.find((t) => t.slug === client.tenant)!;
  const dark = m.partners.find((p) => p.slug !== PARTNER)!;
  const darkClient = m.users.find((u) => u.role === 'client' && u.partner === dark.slug && dark.tenants.find((t) => t.slug === u.tenant)?.dashboards.length)!;
  const darkTenant = dark.tenants.find((t) => t.slug === darkClient.tenant)!;
  return {
    tenant: tenant.slug, dashboard: tenant.dashboards[0]!.id,
    clientTenant: clientTenant.slug, clientDashboard: clientTenant.dashboards[0]!.id,
    darkTenant: darkTenant.slug, darkDashboard: darkTenant.dashboards[0]!.id,
    listing: '', installation: '',
  };
}

async function marketplaceIds(base: Ids): Promise<Ids> {
  const db = e2eDb();
  const listing = await db.listing.findFirst({ where: { status: 'published' }, orderBy: { slug: 'asc' }, select: { slug: true } });
  const installation = await db.installation.findFirst({ where: { partner: { slug: PARTNER } }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  expect(listing, 'the seed publishes marketplace listings').not.toBeNull();
  expect(installation, `the seed installs a listing for ${PARTNER}`).not.toBeNull();
  return { ...base, listing: listing!.slug, installation: installation!.id };
}

const emailOf: Record<Exclude<Who, 'anonymous'>, () => string> = {
  owner: () => userOf('owner').email,
  platformAdmin: () => manifest().platformAdmin.email,
  client: () => userOf('client').email,
  darkClient: () => {
    const dark = manifest().partners.find((p) => p.slug !== PARTNER)!;
    return manifest().users.find((u) => u.role === 'client' && u.partner === dark.slug && dark.tenants.find((t) => t.slug === u.tenant)?.dashboards.length)!.email;
  },
};

async function sessionFor(browser: Browser, who: Who, firstUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.portalUrl });
  const page = await context.newPage();
  // Signs in on a page that stays put (/p itself redirects on to the partner).
  if (who !== 'anonymous') await signIn(page, emailOf[who](), who === 'owner' ? `/p/${PARTNER}` : firstUrl.split('?')[0]!);
  return page;
}

/** Opens each URL, waits for it to settle (widgets rendered), runs axe; every page is checked before failing. */
async function auditAs(browser: Browser, who: Who, urls: string[]) {
  const page = await sessionFor(browser, who, urls[0]!);
  for (const url of urls) {
    const response = await page.goto(url);
    expect.soft(response?.status(), `${url} opens`).toBeLessThan(400);
    // Widgets fetch after hydration; some pages keep a connection open, so idle is awaited only so long.
    await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined);
    if (url.startsWith('/r/')) await expect.soft(page.locator('html[data-report-ready]'), `${url} report ready`).toHaveCount(1, { timeout: 30_000 });
    await expect.soft(page.getByRole('heading', { level: 1 }).first(), `${url} has a heading`).toBeVisible();
    await test.step(`axe ${who} ${url}`, async () => {
      try {
        await expectNoAxeViolations(page, `${url} (${who})`);
      } catch (error) {
        expect.soft(error instanceof Error ? error.message : String(error), url).toBe('');
      }
    });
  }
  await page.context().close();
}

const urlsFor = (who: Who, all: Ids) => Object.values(ROUTES).filter((r) => r.who === who).flatMap((r) => r.urls(all));

test('every page.tsx under portal/app is listed here', () => {
  expect(pageRoutes()).toEqual(Object.keys(ROUTES).sort());
});

test('anonymous pages: no axe violations', async ({ browser }) => {
  test.setTimeout(120_000);
  await auditAs(browser, 'anonymous', urlsFor('anonymous', ids()));
});

test('partner pages as the owner (sidebar, widgets, marketplace, reports, webhooks): no axe violations', async ({ browser }) => {
  test.setTimeout(300_000);
  await auditAs(browser, 'owner', urlsFor('owner', await marketplaceIds(ids())));
});

test('platform admin pages: no axe violations', async ({ browser }) => {
  test.setTimeout(120_000);
  await auditAs(browser, 'platformAdmin', urlsFor('platformAdmin', ids()));
});

test('client pages, light theme: no axe violations', async ({ browser }) => {
  test.setTimeout(120_000);
  await auditAs(browser, 'client', urlsFor('client', ids()));
});

test('client report page, dark theme: no axe violations', async ({ browser }) => {
  test.setTimeout(120_000);
  await auditAs(browser, 'darkClient', DARK.urls(ids()));
});
