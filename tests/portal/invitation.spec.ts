import { expect, test } from '@playwright/test';
import { PARTNER, linkSentTo, outboxMark, signInWithSso, unique, userOf } from './support/portal';

test('an admin invites an analyst by email; the invitee signs in by magic link and accepts', async ({ page, browser }) => {
  const email = `${unique('guest')}@example.com`;
  await signInWithSso(page, userOf('admin').email, `/p/${PARTNER}/members`);
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a member' });
  // No privilege escalation: an admin cannot invite an owner.
  await expect(dialog.getByLabel('Role').locator('option')).toHaveText(['Admin', 'Analyst', 'Viewer', 'Client']);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Role').selectOption('analyst');
  const mark = outboxMark();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Analyst');
  const invitation = await linkSentTo(mark, email, 'invitation');

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(invitation);
  await expect(guest.getByRole('heading', { name: /Join / })).toBeVisible();
  await guest.getByRole('link', { name: `Sign in as ${email} to accept` }).click();
  await expect(guest.getByLabel('Work email')).toHaveValue(email);
  const mark2 = outboxMark();
  await guest.getByRole('button', { name: 'Continue' }).click();
  await expect(guest).toHaveURL(/check-email/);
  await guest.goto(await linkSentTo(mark2, email, 'magic-link'));
  await expect(guest).toHaveURL(new URL(invitation).pathname);
  await guest.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(guest).toHaveURL(new RegExp(`/p/${PARTNER}$`));
  await expect(guest.getByText(`${email} · Analyst`)).toBeVisible();

  // The link works once.
  await guest.goto(invitation);
  await expect(guest.getByRole('heading', { name: 'This invitation was already accepted' })).toBeVisible();
  await guestContext.close();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('row').filter({ hasText: email })).toBeVisible();
});

test('a made-up invitation link says so instead of failing', async ({ page }) => {
  await page.goto('/invite/this-is-not-a-real-invitation-token');
  await expect(page.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
});
