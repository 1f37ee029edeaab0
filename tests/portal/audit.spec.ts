import { expect, test } from '@playwright/test';
import { PARTNER, signInWithSso, unique, userOf } from './support/portal';

test('changes write audit events that admins can filter, page through and export as CSV', async ({ page }) => {
  const name = unique('Audit probe');
  await signInWithSso(page, userOf('admin').email, `/p/${PARTNER}/api-keys`);
  await page.getByRole('button', { name: 'New API key' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('metrics:read').check();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const key = (await dialog.getByTestId('revealed-secret').textContent())!.trim();
  expect(key).toMatch(/^sk_live_/);
  await dialog.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('active');

  await page.goto(`/p/${PARTNER}/audit`);
  await page.getByLabel('Action').selectOption('api_key.created');
  await page.getByLabel('Actor').fill(userOf('admin').email);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/action=api_key.created/);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('api_key.created');
  await expect(row).toContainText(userOf('admin').email);
  await expect(page.locator('body')).not.toContainText(key);
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(file!, 'utf8');
  expect(csv.split('\n')[0]).toBe('at,actor_type,actor,action,target_type,target_id,client,ip,metadata');
  expect(csv).toContain(name);
  expect(csv).not.toContain('theme.updated');
  expect(csv).not.toContain(key);
});

test('the audit export refuses a viewer (403) and a signed-out caller (401)', async ({ page, playwright }) => {
  await signInWithSso(page, userOf('viewer').email, `/p/${PARTNER}`);
  expect((await page.request.get(`/api/portal/${PARTNER}/audit/export`)).status()).toBe(403);
  const fresh = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await fresh.get(`/api/portal/${PARTNER}/audit/export`)).status()).toBe(401);
  await fresh.dispose();
});
