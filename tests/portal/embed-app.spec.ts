import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { expect, test } from '@playwright/test';
import { PARTNER, manifest, signInWithSso, unique, userOf } from './support/portal';

/** A real host site on its own localhost port (Chromium's local-network rules need a real loopback server). */
let hostPage = '';
let host: Server;
let HOST_ORIGIN = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(hostPage); });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  HOST_ORIGIN = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(async () => { host.closeAllConnections(); await new Promise((r) => host.close(r)); });

test('an embed app is created (secret shown once), its snippet renders a dashboard on a host page, then it is revoked', async ({ page, browser }) => {
  const name = unique('Client app');
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}/embed-apps`);
  await page.getByRole('button', { name: 'New embed app' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Allowed origins').fill(`${HOST_ORIGIN}\nnot a url`);
  await dialog.getByRole('button', { name: 'Create app' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('not an origin');
  await dialog.getByLabel('Allowed origins').fill(HOST_ORIGIN);
  await dialog.getByRole('button', { name: 'Create app' }).click();
  const secret = (await dialog.getByTestId('revealed-secret').textContent())!.trim();
  expect(secret.length).toBeGreaterThan(30);
  const appId = (await dialog.getByText(/^App id /).textContent())!.replace('App id ', '').trim();
  await dialog.getByRole('button', { name: 'I have stored it' }).click();
  const card = page.getByRole('region', { name: `Embed app ${name}` });
  await expect(card).toBeVisible();
  await expect(page.locator('body')).not.toContainText(secret);

  // The generated HTML snippet, with a token minted the way the snippet's backend code does.
  await page.locator('#snippet-app').selectOption(appId);
  const snippet = (await page.getByLabel('HTML snippet').textContent())!;
  const tenant = manifest().partners.find((p) => p.slug === PARTNER)!.tenants[0]!;
  await page.locator('#snippet-client').selectOption(tenant.id);
  const html = (await page.getByLabel('HTML snippet').textContent())!;
  expect(snippet).toContain('<stratum-embed');
  const dashboardId = /dashboard="([^"]+)"/.exec(html)?.[1];
  const token = await new SignJWT({ tenant: tenant.id, scopes: [dashboardId ? `dashboard:${dashboardId}` : 'dashboards:*'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(appId).setSubject('viewer-1').setIssuedAt().setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));
  hostPage = `<!doctype html><html lang="en"><head><title>Host</title></head><body><main>${html.replace('TOKEN_FROM_YOUR_BACKEND', token)}</main></body></html>`;
  const site = await (await browser.newContext()).newPage();
  await site.goto(`${HOST_ORIGIN}/dashboard.html`);
  await expect(site.locator('stratum-kpi').first().locator('[part~="value"]')).toHaveText(/\d/, { timeout: 30_000 });
  await site.context().close();

  // Revoke: the app's tokens stop working.
  await card.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(card).toContainText('Revoked');
  await page.goto(`/p/${PARTNER}/audit?action=embed_app`);
  await expect(page.getByRole('row').filter({ hasText: 'embed_app.created' }).first()).toContainText(name);
  await expect(page.getByRole('row').filter({ hasText: 'embed_app.revoked' }).first()).toContainText(name);
});
