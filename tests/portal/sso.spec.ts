import { expect, test } from '@playwright/test';
import { PARTNER, mailsSince, outboxMark, signInWithSso, unique, userOf } from './support/portal';

test.describe('sign-in', () => {
  test('a partner owner signs in through the partner SSO (local OIDC IdP) and lands on their clients', async ({ page }) => {
    const owner = userOf('owner');
    await signInWithSso(page, owner.email);
    await expect(page).toHaveURL(new RegExp(`/p/${PARTNER}$`));
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Partner' })).toBeVisible();
    await expect(page.getByText(owner.email)).toBeVisible();
  });

  test('a first-time SSO user is provisioned just in time with the connection default role', async ({ page, browser }) => {
    const email = `${unique('new.hire')}@northwind.test`;
    await signInWithSso(page, email);
    await expect(page).toHaveURL(new RegExp(`/p/${PARTNER}$`));
    await expect(page.getByText(`${email} · Viewer`)).toBeVisible();
    // A viewer does not see the members page in the sidebar…
    await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);
    // …and the owner sees the new member, joined via SSO, plus the audit event.
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await signInWithSso(owner, userOf('owner').email, `/p/${PARTNER}/members`);
    const row = owner.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('SSO (just in time)');
    await owner.goto(`/p/${PARTNER}/audit?action=member.provisioned`);
    await expect(owner.getByRole('row').filter({ hasText: email })).toContainText('member.provisioned');
    await ownerContext.close();
  });

  test('an unknown address gets the same "check your email" page and no mail', async ({ page }) => {
    const mark = outboxMark();
    const email = `${unique('stranger')}@example.com`;
    await page.goto('/signin');
    await page.getByLabel('Work email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    expect(mailsSince(mark, email)).toEqual([]);
  });

  test('a signed-out visitor of a portal page is sent to sign in and back', async ({ page }) => {
    await page.goto(`/p/${PARTNER}/theme`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fp%2Fnorthwind/);
  });
});
