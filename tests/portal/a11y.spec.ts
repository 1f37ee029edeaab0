import { expect, test } from '@playwright/test';
import { PARTNER, expectNoAxeViolations, manifest, signInWithSso, ssoSession, userOf } from './support/portal';

test('sign-in pages have no axe violations', async ({ page }) => {
  for (const path of ['/signin', '/signin?error=sso_required', '/signin/check-email', '/invite/not-a-real-token-0000000000']) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});

test('every partner page has no axe violations (owner, with widgets rendered)', async ({ page }) => {
  test.setTimeout(180_000);
  const partner = manifest().partners.find((p) => p.slug === PARTNER)!;
  const tenant = partner.tenants.find((t) => t.dashboards.length > 0)!;
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}`);
  const paths = ['', '/dashboards', `/dashboards/${tenant.dashboards[0]!.id}`, '/theme', `/theme?client=${tenant.slug}`, '/embed-apps', '/api-keys', '/members', '/sso', '/audit', `/clients/${tenant.slug}`].map((p) => `/p/${PARTNER}${p}`);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, path);
  }
  // Dialogs too.
  await page.goto(`/p/${PARTNER}/members`);
  await page.getByRole('button', { name: 'Invite' }).click();
  await expectNoAxeViolations(page, 'invite dialog');
});

test('the access-denied view and the client home have no axe violations', async ({ browser }) => {
  const viewer = await ssoSession(browser, userOf('viewer').email, `/p/${PARTNER}/audit`);
  await expect(viewer.getByText('Your role does not include this page')).toBeVisible();
  await expectNoAxeViolations(viewer, 'access denied');
  await viewer.context().close();
  const client = await ssoSession(browser, userOf('client').email, '/p');
  await expect(client).toHaveURL(/\/c\//);
  await expectNoAxeViolations(client, 'client home');
  await client.context().close();
});
