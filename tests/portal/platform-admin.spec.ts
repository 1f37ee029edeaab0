import { expect, test } from '@playwright/test';
import { E2E } from '../e2e-env.ts';
import { e2eDb, signIn } from '../reports/report-fixtures.ts';
import { PARTNER, expectNoAxeViolations, manifest, ssoSession, unique, userOf } from './support/portal';

/** Platform admin → partners → clients → users: only for User.isPlatformAdmin; everyone else gets a 404. */
test('the platform admin sees every partner with its counts, creates one, and gets a clear message for a taken slug', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.portalUrl });
  const page = await context.newPage();
  await signIn(page, manifest().platformAdmin.email, '/admin');
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();

  const db = e2eDb();
  for (const partner of manifest().partners) {
    const row = page.getByTestId(`partner-${partner.slug}`);
    await expect(row).toContainText(partner.name);
    const [tenants, members, plan] = await Promise.all([
      db.tenant.count({ where: { partnerId: partner.id } }),
      db.membership.count({ where: { partnerId: partner.id, tenantId: null } }),
      db.partner.findUniqueOrThrow({ where: { id: partner.id }, select: { plan: true } }),
    ]);
    await expect(row.getByTestId('tenant-count')).toHaveText(String(tenants));
    await expect(row.getByTestId('member-count')).toHaveText(String(members));
    await expect(row).toContainText(plan.plan);
  }
  await expectNoAxeViolations(page, '/admin');

  const slug = unique('acme-agency').toLowerCase();
  const owner = `${slug}.owner@example.test`;
  await page.getByRole('button', { name: 'New partner' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Acme Agency');
  await dialog.getByLabel('Slug').fill(slug);
  await dialog.getByLabel('Plan').selectOption('growth');
  await dialog.getByLabel('Owner email').fill(owner);
  await expectNoAxeViolations(page, 'new partner dialog');
  await dialog.getByRole('button', { name: 'Create partner' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/partners/${slug}$`));
  await expect(page.getByRole('heading', { name: 'Acme Agency', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: owner })).toContainText('Owner');
  expect(await db.auditEvent.count({ where: { action: 'partner.created', partner: { slug } } })).toBe(1);

  // A duplicate slug (and one of the seed's) is a message on the field, not an error page.
  for (const taken of [slug, PARTNER]) {
    await page.goto('/admin');
    await page.getByRole('button', { name: 'New partner' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Copycat');
    await dialog.getByLabel('Slug').fill(taken);
    await dialog.getByLabel('Owner email').fill('copy@example.test');
    await dialog.getByRole('button', { name: 'Create partner' }).click();
    await expect(dialog.getByText(`“${taken}” is already taken. Choose another slug.`)).toBeVisible();
    await expect(dialog.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/admin$/);
  }
  expect(await db.partner.count({ where: { name: 'Copycat' } })).toBe(0);

  // A bad slug is refused before it reaches the server.
  await dialog.getByLabel('Slug').fill('-Bad Slug-');
  await dialog.getByRole('button', { name: 'Create partner' }).click();
  await expect(dialog.getByText(/Lowercase letters, digits and dashes/)).toBeVisible();

  // Open a partner: its clients and their users.
  await page.goto(`/admin/partners/${PARTNER}`);
  const client = userOf('client');
  await expect(page.getByTestId(`tenant-${client.tenant}`)).toContainText(client.email);
  await expectNoAxeViolations(page, `/admin/partners/${PARTNER}`);
  await context.close();
});

test('non-admins get a 404 for every admin page and no admin link; signed-out visitors go to sign-in', async ({ browser }) => {
  const page = await ssoSession(browser, userOf('owner').email, `/p/${PARTNER}`);
  await page.getByRole('button', { name: new RegExp(userOf('owner').email) }).click();
  await expect(page.getByRole('menuitem', { name: 'Platform admin' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  for (const path of ['/admin', `/admin/partners/${PARTNER}`, '/admin/marketplace']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('body')).not.toContainText('Bluepeak');
  }
  await page.context().close();

  const anonymous = await browser.newContext({ baseURL: E2E.portalUrl });
  const anon = await anonymous.newPage();
  await anon.goto('/admin');
  await expect(anon).toHaveURL(/\/signin/);
  await anonymous.close();
});

test('the user menu links platform admins to /admin', async ({ browser }) => {
  // The platform admin is made a member of a partner for this check, then removed again.
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: manifest().platformAdmin.email } });
  const partner = manifest().partners.find((p) => p.slug === PARTNER)!;
  const membership = await db.membership.create({ data: { userId: admin.id, partnerId: partner.id, role: 'viewer', source: 'seed' } });
  try {
    const context = await browser.newContext({ baseURL: E2E.portalUrl });
    const page = await context.newPage();
    await signIn(page, admin.email, `/p/${PARTNER}`);
    await page.getByRole('button', { name: new RegExp(admin.email) }).click();
    await page.getByRole('menuitem', { name: 'Platform admin' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await context.close();
  } finally {
    await db.membership.delete({ where: { id: membership.id } });
  }
});
