import { createServer } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { generateIdpKey } from '../../scripts/idp/saml-keys.ts';
import { idpMetadataXml } from '../../scripts/idp/saml-response.ts';
import { E2E } from '../e2e-env.ts';
import { expectNoAxeViolations, mailsSince, manifest, outboxMark, unique, userOf } from './support/portal';

/**
 * SAML single sign-on against the local SAML IdP (scripts/idp/saml-idp.ts), which the seed configures for the
 * second demo partner (bluepeak.test) by metadata URL.
 */
const SAML_PARTNER = 'bluepeak';
const DOMAIN = 'bluepeak.test';

/** Sign-in page → the SAML IdP's login page → signed assertion posted to the ACS → back in the portal. */
async function signInWithSaml(page: Page, email: string, returnTo = '/p'): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.port === String(E2E.samlIdpPort) && url.pathname.startsWith('/interaction/'));
  await expect(page.getByRole('heading', { name: 'Bluepeak single sign-on' })).toBeVisible();
  const oneClick = page.getByRole('button', { name: `Sign in as ${email}` });
  if (await oneClick.count()) await oneClick.click();
  else {
    await page.getByLabel('Another Bluepeak address').fill(email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await page.waitForURL((url) => url.origin === E2E.portalUrl && !url.pathname.startsWith('/signin') && !url.pathname.startsWith('/api/auth'), { timeout: 30_000 });
}

async function requestMagicLink(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/signin/nodemailer', { form: { email, csrfToken, callbackUrl: '/p' }, maxRedirects: 0 });
  return res.headers()['location'] ?? '';
}

/** A connection's card on the SSO page (a region named by its title). */
const connectionCard = (page: Page, name: string | RegExp) => page.getByRole('region', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });
const samlCard = (page: Page) => connectionCard(page, /^Bluepeak Agency SAML/);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test.describe('SAML single sign-on', () => {
  test('a partner owner signs in through the local SAML IdP and lands on their portal', async ({ page }) => {
    const owner = userOf('owner', SAML_PARTNER);
    expect(manifest().samlSso?.domains).toEqual([DOMAIN]);
    await signInWithSaml(page, owner.email);
    await expect(page).toHaveURL(new RegExp(`/p/${SAML_PARTNER}$`));
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
    await expect(page.getByText(owner.email)).toBeVisible();
  });

  test('a first-time SAML user is provisioned just in time with the default role, and audited', async ({ page, browser }) => {
    const email = `${unique('saml.hire')}@${DOMAIN}`;
    await signInWithSaml(page, email, `/p/${SAML_PARTNER}`);
    await expect(page).toHaveURL(new RegExp(`/p/${SAML_PARTNER}$`));
    await expect(page.getByText(`${email} · Viewer`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);

    const ownerContext = await browser.newContext();
    try {
      const owner = await ownerContext.newPage();
      await signInWithSaml(owner, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/members`);
      await expect(owner.getByRole('row').filter({ hasText: email })).toContainText('SSO (just in time)');
      await owner.goto(`/p/${SAML_PARTNER}/audit?action=auth.signed_in`);
      await expect(owner.getByRole('row').filter({ hasText: email }).first()).toContainText('"method":"saml"');
    } finally {
      await ownerContext.close();
    }
  });

  test('enforced SSO on a SAML domain refuses magic links; lifting it allows them again', async ({ page, playwright }) => {
    await signInWithSaml(page, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/sso`);
    const card = samlCard(page);
    const toggle = card.getByRole('switch', { name: 'Require SSO for these domains' });
    const target = userOf('analyst', SAML_PARTNER).email;
    const anonymous = await playwright.request.newContext({ baseURL: E2E.portalUrl });
    const setEnforced = async (on: boolean) => {
      if ((await toggle.getAttribute('aria-checked')) === String(on)) return;
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-checked', String(on));
      await expect(page.getByRole('status').filter({ hasText: on ? 'SSO is now required' : 'allowed again' })).toBeVisible();
    };
    try {
      await setEnforced(true);
      const mark = outboxMark();
      expect(await requestMagicLink(anonymous, target)).toContain('/signin?error=sso_required');
      expect(mailsSince(mark, target)).toEqual([]);

      await setEnforced(false);
      const allowed = outboxMark();
      expect(await requestMagicLink(anonymous, target)).toMatch(/verify-request|check-email/);
      await expect.poll(() => mailsSince(allowed, target).length).toBe(1);
    } finally {
      await setEnforced(false);
      await anonymous.dispose();
    }
  });

  test('a forged SAML response or a made-up sign-in ticket signs nobody in', async ({ page, playwright }) => {
    const connectionId = manifest().samlSso!.connectionId;
    const forged = Buffer.from(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_x" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a"><saml:Subject><saml:NameID>owner@${DOMAIN}</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>`).toString('base64');
    const anonymous = await playwright.request.newContext({ baseURL: E2E.portalUrl });
    try {
      const acs = await anonymous.post(`/api/auth/saml/${connectionId}/acs`, { form: { SAMLResponse: forged }, maxRedirects: 0 });
      expect(acs.status()).toBe(303);
      expect(acs.headers()['location']).toMatch(/\/signin\?error=sso_failed$/);
      expect(acs.headers()['set-cookie'] ?? '').not.toContain('session-token');
      const junk = await anonymous.post(`/api/auth/saml/${connectionId}/acs`, { form: { nothing: 'here' }, maxRedirects: 0 });
      expect(junk.status()).toBe(303);

      const { csrfToken } = (await (await anonymous.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const ticket = await anonymous.post(`/api/auth/callback/sso-${connectionId}`, { form: { ticket: 'A'.repeat(43), csrfToken, callbackUrl: '/p' }, maxRedirects: 0 });
      expect(ticket.headers()['location'] ?? '').toContain('error=CredentialsSignin');
      expect((await (await anonymous.get('/api/auth/session')).json()) as unknown).toBeNull();
    } finally {
      await anonymous.dispose();
    }
    await page.goto('/signin?error=sso_failed');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be verified' })).toBeVisible();
  });

  test('the SSO page shows the SAML connection, tests it, and passes axe', async ({ page }) => {
    await signInWithSaml(page, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/sso`);
    const card = samlCard(page);
    await expect(card.getByText('SAML', { exact: true })).toBeVisible();
    await expect(card.getByText(`${E2E.portalUrl}/api/auth/saml/${manifest().samlSso!.connectionId}/acs`)).toBeVisible();
    await card.getByRole('button', { name: 'Test connection' }).click();
    await expect(card.getByRole('status').filter({ hasText: /Metadata OK: http:\/\/localhost:\d+\/metadata/ })).toBeVisible();
    await expect(card.getByText(/UTC — OK: Metadata OK/)).toBeVisible();
    await expect(card.getByText(/^Valid until \d{4}-\d{2}-\d{2}$/)).toBeVisible();
    await expectNoAxeViolations(page, 'the SSO page with a SAML connection');
  });

  test('malformed metadata and an unreachable metadata URL get a clear message in the form', async ({ page }) => {
    await signInWithSaml(page, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/sso`);
    await page.getByRole('button', { name: 'Add connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an SSO connection' });
    await dialog.getByRole('tab', { name: 'SAML 2.0' }).click();
    await dialog.getByLabel('Name').fill('Broken SAML');
    await dialog.getByLabel('Email domains').fill(`${unique('broken-saml')}.test`);
    await dialog.getByLabel('IdP metadata XML').fill('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp"><md:IDPSSODescriptor>');
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog.getByText(/The metadata is not well-formed XML/).first()).toBeVisible();

    const port = await closedPort();
    await dialog.getByLabel('Metadata URL').check();
    await dialog.getByLabel('IdP metadata URL').fill(`http://localhost:${port}/metadata`);
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog.getByText(`Could not fetch the metadata from http://localhost:${port}/metadata: the host could not be reached.`).first()).toBeVisible();
    await expectNoAxeViolations(page, 'the SAML connection form with errors');
  });

  test('the IdP metadata of a SAML connection can be replaced, and is checked first', async ({ page }) => {
    const metadataUrl = manifest().samlSso!.metadataUrl;
    await signInWithSaml(page, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/sso`);
    const card = samlCard(page);
    await card.getByRole('button', { name: 'Edit metadata' }).click();
    const dialog = page.getByRole('dialog', { name: /IdP metadata of Bluepeak Agency SAML/ });
    await expect(dialog.getByLabel('IdP metadata URL')).toHaveValue(metadataUrl);
    await dialog.getByLabel('Paste XML').check();
    await dialog.getByLabel('IdP metadata XML').fill('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp"><md:SPSSODescriptor/></md:EntityDescriptor>');
    await dialog.getByRole('button', { name: 'Save metadata' }).click();
    await expect(dialog.getByText(/describes no identity provider/).first()).toBeVisible();
    await dialog.getByLabel('Metadata URL').check();
    await dialog.getByLabel('IdP metadata URL').fill(metadataUrl);
    await dialog.getByRole('button', { name: 'Save metadata' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByRole('definition').getByText(metadataUrl, { exact: true })).toBeVisible();
    await page.goto(`/p/${SAML_PARTNER}/audit?action=sso.connection_updated`);
    await expect(page.getByRole('row').filter({ hasText: metadataUrl }).first()).toBeVisible();
  });

  test('a certificate that expires within 30 days is flagged on the SSO page', async ({ page }) => {
    const key = await generateIdpKey({ notAfter: new Date(Date.now() + 12 * 86_400_000) });
    const name = unique('Expiring IdP');
    await signInWithSaml(page, userOf('owner', SAML_PARTNER).email, `/p/${SAML_PARTNER}/sso`);
    await page.getByRole('button', { name: 'Add connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an SSO connection' });
    await dialog.getByRole('tab', { name: 'SAML 2.0' }).click();
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Email domains').fill(`${unique('expiring')}.test`);
    await dialog.getByLabel('IdP metadata XML').fill(idpMetadataXml({ entityId: 'https://expiring.example/metadata', ssoUrl: 'https://expiring.example/sso', certificate: key.certificate }));
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog).toBeHidden();
    const card = connectionCard(page, name);
    await expect(card.getByText(/The IdP certificate expires in 1[12] days/)).toBeVisible();
    // The partner overview says so too, with the way to the fix.
    await page.goto(`/p/${SAML_PARTNER}`);
    const notice = page.getByRole('status').filter({ hasText: 'An identity provider certificate expires soon' });
    await expect(notice).toContainText(name);
    await notice.getByRole('link', { name: 'Update the IdP metadata' }).click();
    await expect(page).toHaveURL(new RegExp(`/p/${SAML_PARTNER}/sso$`));
    await card.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toHaveCount(0);
  });
});
