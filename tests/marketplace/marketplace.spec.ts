import { expect, test, type Browser, type Page } from '@playwright/test';
import { DashboardWidget, recordStratumEvents, widgetSandbox } from '../widgets/widget-page.ts';
import { demoManifest, demoToken, e2eDb, expectAccessible, PublishPage, ReviewQueuePage, signIn, templateManifest, XSS_DESCRIPTION } from './marketplace-pages.ts';

/**
 * The marketplace loop in the production portal: a publisher (bluepeak) submits a template, the platform admin
 * rejects it with a reason, the publisher resubmits, it is approved, the demo agency (northwind) finds it by
 * search, installs it into all clients, each client gets the dashboard (portal page + embed), the publisher ships
 * 1.1.0, the agency upgrades after reviewing the diff, reviews it, and uninstalls.
 */
const run = Date.now().toString(36);
const SLUG = `pacing-pack-${run}`;
const WORD = `zq${run}`; // a word only this run's listing contains
const PUBLISHER = 'bluepeak';
const INSTALLER = 'northwind';

async function as(browser: Browser, email: string, returnTo: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, returnTo);
  return page;
}

test.describe('marketplace: submit → review → search → install → upgrade → review → uninstall', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let publisher: Page;
  let admin: Page;
  let installer: Page;

  test.beforeAll(async ({ browser }) => {
    const manifest = demoManifest();
    publisher = await as(browser, `owner@${PUBLISHER}.test`, `/marketplace/${PUBLISHER}/publish`);
    admin = await as(browser, manifest.platformAdmin.email, '/admin/marketplace');
    installer = await as(browser, `owner@${INSTALLER}.test`, `/marketplace/${INSTALLER}`);
  });
  test.afterAll(async () => {
    for (const page of [publisher, admin, installer]) await page?.context().close();
  });

  test('a bad manifest is refused naming the field', async () => {
    const form = new PublishPage(publisher, PUBLISHER);
    await form.open();
    await form.submit({ slug: SLUG, title: 'Pacing pack', summary: `Budget pacing dashboard and guard preset ${WORD}.`, description: 'Pacing for **every** client.', version: '1.0.0', manifest: templateManifest('v1', { badMetric: true }) });
    const issues = publisher.getByTestId('form-issues');
    await expect(issues).toContainText('manifest.dashboards.0.layout.widgets.0.metric');
    await expectAccessible(publisher, 'publish (with errors)');
    expect(await e2eDb().listing.count({ where: { slug: SLUG } })).toBe(0);
  });

  test('submitted, rejected with a reason the publisher sees, resubmitted, approved', async () => {
    const form = new PublishPage(publisher, PUBLISHER);
    await form.open();
    await form.submit({ slug: SLUG, title: 'Pacing pack', summary: `Budget pacing dashboard and guard preset ${WORD}.`, description: 'Pacing for **every** client.', version: '1.0.0', manifest: templateManifest('v1') });
    await expect(publisher.getByText(`Version 1.0.0 of “${SLUG}” is in review.`)).toBeVisible();

    const queue = new ReviewQueuePage(admin);
    await queue.open();
    await expect(queue.item(SLUG)).toBeVisible();
    await expectAccessible(admin, 'admin review queue');
    await queue.reject(SLUG, 'Please add a changelog that says what the guard preset does.');

    await form.open();
    const own = publisher.getByTestId(`own-${SLUG}`);
    await expect(own).toContainText('rejected');
    await expect(own).toContainText('Please add a changelog that says what the guard preset does.');
    await form.submit({ slug: SLUG, title: 'Pacing pack', summary: `Budget pacing dashboard and guard preset ${WORD}.`, description: 'Pacing for **every** client.', version: '1.0.0', manifest: templateManifest('v1'), changelog: 'The guard flags campaigns under the target ROAS.' });
    await expect(publisher.getByText(`Version 1.0.0 of “${SLUG}” is in review.`)).toBeVisible();

    await queue.open();
    await queue.approve(SLUG);
    // The publisher was notified of both decisions through its webhook outbox.
    const events = await e2eDb().webhookEvent.findMany({ where: { type: { in: ['listing.rejected', 'listing.published'] }, partner: { slug: PUBLISHER } } });
    const mine = events.filter((e) => (e.payload as { data?: { listing?: { slug?: string } } }).data?.listing?.slug === SLUG);
    expect(mine.map((e) => e.type).sort()).toEqual(['listing.published', 'listing.rejected']);
  });

  test('found by search, installed into all clients; each client gets the dashboard, in the portal and in an embed', async () => {
    await installer.goto(`/marketplace/${INSTALLER}?q=${WORD}`);
    const results = installer.getByTestId('listing-results');
    await expect(results.getByRole('link')).toHaveCount(1);
    await expectAccessible(installer, 'browse (search)');
    await results.getByRole('link', { name: 'Pacing pack' }).click();
    await expect(installer.getByRole('heading', { name: 'Pacing pack', level: 1 })).toBeVisible();
    await expectAccessible(installer, 'listing');
    await installer.getByRole('link', { name: 'Install', exact: true }).click();
    const form = installer.getByTestId('install-form');
    await expect(form).toBeVisible();
    await expectAccessible(installer, 'install');
    await form.getByLabel('All clients').check();
    await form.getByLabel('Also every client added later').check();
    await form.getByRole('button', { name: 'Install' }).click();
    await expect(installer.getByText(/Installed “/)).toBeVisible();
    await expect(installer.getByTestId(`installation-${SLUG}`)).toContainText('All clients');
    await expectAccessible(installer, 'installations');

    const partner = demoManifest().partners.find((p) => p.slug === INSTALLER)!;
    for (const client of partner.tenants) {
      const created = await e2eDb().dashboard.findFirstOrThrow({ where: { tenantId: client.id, installation: { listing: { slug: SLUG } } } });
      await installer.goto(`/p/${INSTALLER}/clients/${client.slug}`);
      await expect(installer.locator(`a[href="/p/${INSTALLER}/dashboards/${created.id}"]`)).toHaveText('Pacing overview');
    }
    const tenant = partner.tenants[0]!;
    const dashboard = await e2eDb().dashboard.findFirstOrThrow({ where: { tenantId: tenant.id, title: 'Pacing overview', installation: { listing: { slug: SLUG } } } });

    // The installed dashboard renders in an embed, through the real widgets and embed API.
    const embedPage = await installer.context().newPage();
    await recordStratumEvents(embedPage);
    await widgetSandbox(embedPage, `<stratum-embed id="embed"><stratum-dashboard dashboard="${dashboard.id}"></stratum-dashboard></stratum-embed>`);
    const { token, apiBase } = await demoToken(embedPage, tenant.slug);
    await embedPage.evaluate(([t, base]) => {
      const embed = document.getElementById('embed') as HTMLElement & { apiBase: string; token: string };
      embed.apiBase = base!;
      embed.token = t!;
    }, [token, apiBase]);
    const rendered = new DashboardWidget(embedPage);
    await rendered.rendered();
    await expect(rendered.kpis).toHaveCount(2);
    await embedPage.close();
  });

  test('a client created later, through the REST API, gets the all-clients template\'s dashboard at once', async () => {
    const northwind = demoManifest().partners.find((p) => p.slug === INSTALLER)!;
    const slug = `late-client-${run}`;
    const created = await installer.request.post('/api/v1/tenants', { headers: { authorization: `Bearer ${northwind.apiKey}` }, data: { slug, name: `Late client ${run}` } });
    expect(created.status(), await created.text()).toBe(201);
    const tenant = await e2eDb().tenant.findFirstOrThrow({ where: { partnerId: northwind.id, slug } });
    try {
      const dashboard = await e2eDb().dashboard.findFirstOrThrow({ where: { tenantId: tenant.id, installation: { listing: { slug: SLUG } } } });
      await installer.goto(`/p/${INSTALLER}/clients/${slug}`);
      await expect(installer.locator(`a[href="/p/${INSTALLER}/dashboards/${dashboard.id}"]`)).toHaveText('Pacing overview');
    } finally {
      // The later steps count one dashboard per seeded client.
      await e2eDb().tenant.delete({ where: { id: tenant.id } });
    }
  });

  test('upgraded after seeing what changes', async () => {
    // The publisher ships 1.1.0 through the REST API with its API key; the admin approves it.
    const key = demoManifest().partners.find((p) => p.slug === PUBLISHER)!.apiKey;
    const submitted = await publisher.request.post('/api/v1/listings', {
      headers: { authorization: `Bearer ${key}` },
      data: { slug: SLUG, kind: 'template', listing: { title: 'Pacing pack', summary: `Budget pacing dashboard and guard preset ${WORD}.`, description: 'Pacing for **every** client.', categories: ['dashboards'] }, version: '1.1.0', changelog: 'Adds a channel table.', manifest: templateManifest('v2') },
    });
    expect(submitted.status()).toBe(201);
    const queue = new ReviewQueuePage(admin);
    await queue.open();
    // The moderation queue shows what the new version changes against the live one.
    await expect(queue.item(SLUG).getByTestId('manifest-diff')).toContainText('widget "By channel" added');
    await expectAccessible(admin, 'admin review queue (update with diff)');
    await queue.approve(SLUG);

    await installer.goto(`/marketplace/${INSTALLER}/installations`);
    const row = installer.getByTestId(`installation-${SLUG}`);
    await expect(row).toContainText('1.1.0 available');
    await row.getByRole('link', { name: 'Review upgrade' }).click();
    await expect(installer.getByTestId('diff-dashboards')).toContainText('widget "By channel" added');
    await expectAccessible(installer, 'upgrade');
    await installer.getByRole('button', { name: 'Upgrade to 1.1.0' }).click();
    await expect(installer.getByText('Upgrade applied.')).toBeVisible();
    const dashboards = await e2eDb().dashboard.findMany({ where: { installation: { listing: { slug: SLUG } } } });
    expect(dashboards.length).toBe(demoManifest().partners.find((p) => p.slug === INSTALLER)!.tenants.length);
    for (const d of dashboards) expect((d.layout as { widgets: unknown[] }).widgets).toHaveLength(4);
  });

  test('reviewed by the installing agency only, then uninstalled', async ({ browser }) => {
    await installer.goto(`/marketplace/${INSTALLER}/listings/${SLUG}`);
    const review = installer.getByTestId('review-form');
    await review.getByLabel('Rating').selectOption('4');
    await review.getByLabel('Your review').fill('Set up pacing for every client in one go.');
    await review.getByRole('button', { name: 'Publish review' }).click();
    await expect(installer.getByText('Thanks — your review is published.')).toBeVisible();
    await installer.reload();
    await expect(installer.getByTestId('reviews')).toContainText('Set up pacing for every client in one go.');

    // Someone reports it: the platform admin sees the report in the moderation queue, hides the review, then restores it.
    const written = await e2eDb().review.findFirstOrThrow({ where: { listing: { slug: SLUG } } });
    const reporter = await e2eDb().user.findFirstOrThrow({ where: { email: `viewer@${PUBLISHER}.test` } });
    await e2eDb().reviewReport.create({ data: { reviewId: written.id, reporterId: reporter.id, reason: `Looks like an advert ${run}` } });
    await admin.goto('/admin/marketplace');
    const reported = admin.getByTestId(`reported-${written.id}`);
    await expect(reported).toContainText(`Looks like an advert ${run}`);
    await expectAccessible(admin, 'admin reported reviews');
    await reported.getByRole('button', { name: 'Hide review' }).click();
    await expect(admin.getByText('The review is hidden.')).toBeVisible();
    await installer.reload();
    await expect(installer.getByTestId('reviews')).not.toContainText('Set up pacing for every client in one go.');
    await admin.getByTestId(`reported-${written.id}`).getByRole('button', { name: 'Restore review' }).click();
    await expect(admin.getByText('The review is visible again and its reports are cleared.')).toBeVisible();
    await expect(admin.getByTestId(`reported-${written.id}`)).toHaveCount(0);
    await installer.reload();
    await expect(installer.getByTestId('reviews')).toContainText('Set up pacing for every client in one go.');

    // A third agency's user, whose agency has not installed it, gets no review form.
    const outsider = await as(browser, `viewer@${PUBLISHER}.test`, `/marketplace/${PUBLISHER}/listings/${SLUG}`);
    await expect(outsider.getByTestId('review-form')).toHaveCount(0);
    await outsider.context().close();

    await installer.goto(`/marketplace/${INSTALLER}/installations`);
    const row = installer.getByTestId(`installation-${SLUG}`);
    await row.locator('summary', { hasText: 'Uninstall' }).click();
    await row.getByLabel('Remove what it created').check();
    await row.getByRole('button', { name: 'Uninstall' }).click();
    await expect(installer.getByText(/Uninstalled; \d+ dashboard\(s\) and \d+ preset\(s\) removed/)).toBeVisible();
    await expect(installer.getByTestId(`installation-${SLUG}`)).toHaveCount(0);
    expect(await e2eDb().dashboard.count({ where: { installation: { listing: { slug: SLUG } } } })).toBe(0);
    expect(await e2eDb().installation.count({ where: { listing: { slug: SLUG } } })).toBe(0);
  });
});

test.describe('marketplace safety', () => {
  test('a description with script, iframe and event-handler payloads renders inert', async ({ browser, page }) => {
    const slug = `xss-probe-${run}`;
    const key = demoManifest().partners.find((p) => p.slug === PUBLISHER)!.apiKey;
    const res = await page.request.post('/api/v1/listings', {
      headers: { authorization: `Bearer ${key}` },
      data: { slug, kind: 'template', listing: { title: 'XSS probe', summary: 'A listing whose description tries every trick.', description: XSS_DESCRIPTION, categories: ['dashboards'] }, version: '1.0.0', manifest: templateManifest('v1') },
    });
    expect(res.status()).toBe(201);
    const admin = await as(browser, demoManifest().platformAdmin.email, '/admin/marketplace');
    await new ReviewQueuePage(admin).approve(slug);
    await admin.context().close();

    const viewer = await as(browser, `owner@${INSTALLER}.test`, `/marketplace/${INSTALLER}/listings/${slug}`);
    const description = viewer.getByTestId('listing-description');
    await expect(description).toContainText('The end.');
    await expect(description.locator('script, iframe, svg, [onerror], [onload]')).toHaveCount(0);
    expect(await description.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContain("javascript:window.__pwned='link'");
    await description.getByText('click me').click().catch(() => undefined);
    expect(await viewer.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await viewer.context().close();
  });

  test('an agency cannot install into another agency\'s clients', async ({ page }) => {
    const manifest = demoManifest();
    const northwind = manifest.partners.find((p) => p.slug === INSTALLER)!;
    const bluepeak = manifest.partners.find((p) => p.slug === PUBLISHER)!;
    const published = await e2eDb().listing.findFirstOrThrow({ where: { status: 'published', kind: 'template' } });
    const res = await page.request.post(`/api/v1/listings/${published.slug}/install`, {
      headers: { authorization: `Bearer ${northwind.apiKey}` },
      data: { target: { scope: 'tenants', tenantIds: [bluepeak.tenants[0]!.id] } },
    });
    expect(res.status()).toBe(404);
    expect(await e2eDb().installation.count({ where: { partnerId: northwind.id, tenantId: bluepeak.tenants[0]!.id } })).toBe(0);
  });
});
