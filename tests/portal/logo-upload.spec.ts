import { expect, test } from '@playwright/test';
import { PARTNER, magicLinkSession, manifest, ssoSession, userOf } from './support/portal';

// A 1×1 PNG, and the same signature padded past the 256 KB limit.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const HUGE_PNG = Buffer.concat([PNG, Buffer.alloc(300 * 1024)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');

test('logo upload: the type is checked by content and the size limit holds, with a message; a valid logo is served inert', async ({ browser }) => {
  const page = await ssoSession(browser, userOf('admin').email, `/p/${PARTNER}/theme`);
  const input = page.locator('#logo');
  const uploadError = page.getByRole('alert').filter({ hasText: /PNG, JPEG or WebP|at most 256 KB/ });

  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: SVG });
  await expect(uploadError).toHaveText('Use a PNG, JPEG or WebP image (SVG is not accepted).');
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: HUGE_PNG });
  await expect(uploadError).toContainText('at most 256 KB');

  const uploaded = page.waitForResponse((r) => r.url().endsWith(`/api/portal/${PARTNER}/assets`) && r.request().method() === 'POST');
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  expect((await uploaded).status()).toBe(201);
  await expect(uploadError).toHaveCount(0);
  const logo = page.getByRole('img', { name: 'Current logo' });
  await expect(logo).toBeVisible();
  const src = (await logo.getAttribute('src'))!;
  const served = await page.request.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);

  // Not saved: leaving the editor keeps the seeded brand for the other specs.
  await page.context().close();

  // A viewer may not upload; another agency's owner can neither upload nor read this partner's logo.
  const viewer = await ssoSession(browser, userOf('viewer').email, `/p/${PARTNER}`);
  const byViewer = await viewer.request.post(`/api/portal/${PARTNER}/assets`, { multipart: { logo: { name: 'logo.png', mimeType: 'image/png', buffer: PNG } } });
  expect(byViewer.status()).toBe(403);
  await viewer.context().close();

  const outsider = manifest().users.find((u) => u.role === 'owner' && u.partner !== PARTNER)!;
  const other = await magicLinkSession(browser, outsider.email, `/p/${outsider.partner}`);
  const read = await other.request.get(src);
  expect(read.status()).toBe(404);
  expect((await read.body()).includes(PNG)).toBe(false);
  const write = await other.request.post(`/api/portal/${PARTNER}/assets`, { multipart: { logo: { name: 'logo.png', mimeType: 'image/png', buffer: PNG } } });
  expect(write.status()).toBe(404);
  await other.context().close();
});
