import { expect, test } from '@playwright/test';
import { partnerNav } from '../../portal/components/shell/nav-items.ts';
import { can, type Role } from '../../portal/lib/permissions.ts';
import { PARTNER, magicLinkSession, manifest, ssoSession, userOf } from './support/portal';

/**
 * Each role sees exactly what portal/lib/permissions.ts allows: the sidebar lists the permitted pages and no
 * others, and opening a page outside the role shows the access-denied view (the check is on the server).
 */
const PARTNER_ROLES: Role[] = ['owner', 'admin', 'analyst', 'viewer'];

for (const role of PARTNER_ROLES) {
  test(`${role}: sidebar and pages match the permission table`, async ({ browser }) => {
    const page = await ssoSession(browser, userOf(role).email, `/p/${PARTNER}`);
    const items = partnerNav(PARTNER);
    const nav = page.getByRole('navigation', { name: 'Partner' });
    await expect(nav.getByRole('link')).toHaveText(items.filter((i) => can(role, i.permission)).map((i) => i.label));
    for (const item of items) {
      await page.goto(item.href);
      const denied = page.getByText('Your role does not include this page');
      if (can(role, item.permission)) {
        await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText('Access denied');
        await expect(denied).toHaveCount(0);
      } else {
        await expect(denied).toBeVisible();
      }
    }
    // Write controls follow the table too.
    await page.goto(`/p/${PARTNER}`);
    await expect(page.getByRole('button', { name: 'Add client' })).toHaveCount(can(role, 'tenants.write') ? 1 : 0);
    await page.goto(`/p/${PARTNER}/dashboards`);
    await expect(page.getByRole('button', { name: 'New dashboard' })).toHaveCount(can(role, 'dashboards.write') ? 1 : 0);
    await page.context().close();
  });
}

test('client: only their own company, in the agency brand, never the partner portal', async ({ browser }) => {
  const client = userOf('client');
  const tenant = manifest().partners.find((p) => p.slug === PARTNER)!.tenants.find((t) => t.slug === client.tenant)!;
  const other = manifest().partners.find((p) => p.slug === PARTNER)!.tenants.find((t) => t.slug !== client.tenant)!;
  const page = await ssoSession(browser, client.email, '/p');
  await expect(page).toHaveURL(new RegExp(`/c/${PARTNER}/${tenant.slug}$`));
  await expect(page.getByRole('heading', { name: tenant.name, level: 1 })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/stratum/i);
  await page.goto(`/p/${PARTNER}/audit`);
  await expect(page).toHaveURL(new RegExp(`/c/${PARTNER}/${tenant.slug}$`));
  const res = await page.goto(`/c/${PARTNER}/${other.slug}`);
  expect(res?.status()).toBe(404);
  await page.context().close();
});

test('non-member: another agency owner gets a 404 for this partner, not a hint that it exists', async ({ browser }) => {
  // The seed always provides a second agency (prisma/seed/tenancy.ts); without it this test would prove nothing.
  const outsider = manifest().users.find((u) => u.role === 'owner' && u.partner !== PARTNER);
  expect(outsider, 'the demo seed provides an owner of a second partner').toBeDefined();
  // The outsider signs in by magic link: their domain's SSO (the seed gives it SAML) is not enforced.
  const page = await magicLinkSession(browser, outsider!.email, `/p/${outsider!.partner}`);
  await expect(page).toHaveURL(new RegExp(`/p/${outsider!.partner}$`));
  for (const path of [`/p/${PARTNER}`, `/p/${PARTNER}/members`, `/p/${PARTNER}/audit`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  const api = await page.request.get(`/api/portal/${PARTNER}/audit/export`);
  expect(api.status()).toBe(404);
  await page.context().close();
});
