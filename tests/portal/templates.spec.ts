import { expect, test } from '@playwright/test';
import { PARTNER, manifest, signInWithSso, unique, userOf } from './support/portal';

test('a client dashboard saved as a template is applied to all clients, each audited', async ({ page }) => {
  const tenants = manifest().partners.find((p) => p.slug === PARTNER)!.tenants;
  const source = tenants.find((t) => t.dashboards.length > 0)!;
  const title = unique('Weekly pulse');
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}/dashboards/${source.dashboards[0]!.id}`);

  // The builder previews with real data through the widgets.
  await expect(page.getByTestId('preview-widget').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save as template' }).click();
  await page.getByLabel('Template name').fill(title);
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // Edit the template: one more KPI, then save a new version.
  const before = await page.getByTestId('preview-widget').count();
  await page.getByRole('group', { name: 'Add a widget' }).getByRole('button', { name: 'KPI' }).click();
  await expect(page.getByTestId('preview-widget')).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Save version 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();

  await page.getByRole('button', { name: 'Apply to clients' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/All clients/).check();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Applied to ${tenants.length} clients (${tenants.length} new, 0 updated).`);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.goto(`/p/${PARTNER}/dashboards`);
  const rows = page.getByRole('row').filter({ hasText: title });
  await expect(rows).toHaveCount(tenants.length + 0);
  for (const t of tenants) await expect(rows.filter({ hasText: t.name })).toHaveCount(1);

  await page.goto(`/p/${PARTNER}/audit?action=template.applied`);
  const events = page.getByRole('row').filter({ hasText: title });
  await expect(events).toHaveCount(tenants.length);
});
