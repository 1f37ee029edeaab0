import { expect, test } from '@playwright/test';
import { PARTNER, manifest, signInWithSso, unique, userOf } from './support/portal';

test.describe('bad input gets a clear message, never a 500', () => {
  test.beforeEach(async ({ page }) => {
    await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}`);
  });

  test('a duplicate client address', async ({ page }) => {
    const existing = manifest().partners.find((p) => p.slug === PARTNER)!.tenants[0]!;
    await page.getByRole('button', { name: 'Add client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a client' });
    await dialog.getByLabel('Name').fill('Copycat Ltd');
    await dialog.getByLabel('Address').fill(existing.slug);
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await expect(dialog.getByText(`A client with the address "${existing.slug}" already exists.`)).toBeVisible();
    await dialog.getByLabel('Address').fill(unique('copycat'));
    await dialog.getByLabel('Time zone').fill('Mars/Olympus');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await expect(dialog.getByText('An IANA time zone such as Europe/Berlin.')).toBeVisible();
  });

  test('an unreachable OIDC issuer and malformed SAML metadata', async ({ page }) => {
    await page.goto(`/p/${PARTNER}/sso`);
    await page.getByRole('button', { name: 'Add connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an SSO connection' });
    await dialog.getByLabel('Name').fill('Broken IdP');
    await dialog.getByLabel('Issuer URL').fill('http://localhost:3137');
    await dialog.getByLabel('Client ID').fill('portal');
    await dialog.getByLabel('Client secret').fill('secret');
    await dialog.getByLabel('Email domains').fill(`${unique('broken')}.test`);
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog.getByText(/Could not reach http:\/\/localhost:3137\/\.well-known\/openid-configuration/).first()).toBeVisible();

    await dialog.getByRole('tab', { name: 'SAML 2.0' }).click();
    await dialog.getByLabel('IdP metadata XML').fill('<html>not metadata</html>');
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog.getByText('This is not SAML metadata: no EntityDescriptor element.').first()).toBeVisible();
  });

  test('a domain already routed to another connection', async ({ page }) => {
    await page.goto(`/p/${PARTNER}/sso`);
    await page.getByRole('button', { name: 'Add connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an SSO connection' });
    await dialog.getByLabel('Name').fill('Second IdP');
    await dialog.getByLabel('Issuer URL').fill('http://localhost:3001');
    await dialog.getByLabel('Client ID').fill('x');
    await dialog.getByLabel('Client secret').fill('y');
    await dialog.getByLabel('Email domains').fill('northwind.test');
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog.getByText('Already routed to another connection: northwind.test.')).toBeVisible();
  });
});
