import { expect, test, type Page } from '@playwright/test';
import { PARTNER, manifest, signInWithSso, userOf } from './support/portal';

const previewToken = (page: Page, token: string) =>
  page.getByTestId('theme-preview').locator('stratum-embed').evaluate((el, name) => getComputedStyle(el).getPropertyValue(name).trim(), token);

test('a client theme override changes the live preview as you type, warns on poor contrast, saves and is audited', async ({ page }) => {
  const tenant = manifest().partners.find((p) => p.slug === PARTNER)!.tenants.at(-1)!;
  await signInWithSso(page, userOf('admin').email, `/p/${PARTNER}/theme?client=${tenant.slug}`);
  await expect(page.getByRole('link', { name: tenant.name, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('theme-preview').locator('stratum-kpi').first()).toBeVisible();

  const FIELDS = { primaryColor: '#primaryColor-hex', brandName: '#brandName', textColor: '#textColor-hex' } as const;
  const original = Object.fromEntries(await Promise.all(Object.entries(FIELDS).map(async ([id, input]) => [id, { inherited: await page.locator(`#${id}-inherit`).isChecked(), value: await page.locator(input).inputValue() }] as const)));
  const primary = page.locator('#primaryColor-inherit');
  if (!(await primary.isChecked())) await primary.check();
  const inherited = await previewToken(page, '--stratum-color-primary');
  await primary.uncheck();
  await page.locator('#primaryColor-hex').fill('#7a1fa2');
  await expect.poll(() => previewToken(page, '--stratum-color-primary')).toBe('#7a1fa2');
  expect(inherited).not.toBe('#7a1fa2');

  await page.locator('#brandName-inherit').uncheck();
  await page.locator('#brandName').fill('Maison Studio');
  await expect(page.getByTestId('preview-brand')).toHaveText('Maison Studio');

  const text = page.locator('#textColor-inherit');
  await text.uncheck();
  await page.locator('#textColor-hex').fill('#d0d0d0');
  await expect(page.getByRole('list', { name: 'Contrast warnings' })).toContainText('Text on Background');
  await page.locator('#textColor-hex').fill('#111111');
  await expect(page.getByText('Every colour pair meets WCAG AA contrast.')).toBeVisible();

  // Injection attempts are data, not CSS: an invalid value is refused with a message, nothing is saved.
  await page.locator('#accentColor-inherit').uncheck();
  await page.locator('#accentColor-hex').fill('red;background:url(x)');
  await page.getByRole('button', { name: 'Save theme' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'accentColor' })).toBeVisible();
  await page.locator('#accentColor-inherit').check();

  await page.getByRole('button', { name: 'Save theme' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText('primaryColor');
  await page.reload();
  await expect(page.locator('#primaryColor-hex')).toHaveValue('#7a1fa2');
  await expect.poll(() => previewToken(page, '--stratum-color-primary')).toBe('#7a1fa2');

  await page.goto(`/p/${PARTNER}/audit?action=theme.updated`);
  await expect(page.getByRole('row').filter({ hasText: 'theme.updated' }).first()).toContainText(tenant.name);

  // Back to the seeded override, so other specs see the seeded brand.
  await page.goto(`/p/${PARTNER}/theme?client=${tenant.slug}`);
  for (const [id, input] of Object.entries(FIELDS)) {
    const before = original[id]!;
    if (before.inherited) await page.locator(`#${id}-inherit`).check();
    else await page.locator(input).fill(before.value);
  }
  await page.getByRole('button', { name: 'Save theme' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
});
