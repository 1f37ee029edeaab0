import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PARTNER, mailsSince, outboxMark, signInWithSso, userOf } from './support/portal';

/** Asks Auth.js for a magic link the way a crafted form post would (the sign-in page itself never offers one here). */
async function requestMagicLink(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/signin/nodemailer', { form: { email, csrfToken, callbackUrl: '/p' }, maxRedirects: 0 });
  return { status: res.status(), location: res.headers()['location'] ?? '' };
}

async function setEnforced(page: Page, enforced: boolean) {
  await page.goto(`/p/${PARTNER}/sso`);
  const toggle = page.getByRole('switch', { name: 'Require SSO for these domains' }).first();
  if ((await toggle.getAttribute('aria-checked')) !== String(enforced)) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', String(enforced));
    await expect(page.getByRole('status').filter({ hasText: enforced ? 'SSO is now required' : 'allowed again' })).toBeVisible();
  }
}

test('enforced SSO refuses magic links for the domain, and allows them again when lifted', async ({ page, playwright }) => {
  await signInWithSso(page, userOf('owner').email, `/p/${PARTNER}/sso`);
  const target = userOf('analyst').email;
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  try {
    await setEnforced(page, false);
    let mark = outboxMark();
    const allowed = await requestMagicLink(anonymous, target);
    expect(allowed.location).toMatch(/verify-request|check-email/);
    await expect.poll(() => mailsSince(mark, target).length).toBe(1);

    await setEnforced(page, true);
    mark = outboxMark();
    const refused = await requestMagicLink(anonymous, target);
    expect(refused.location).toContain('/signin?error=sso_required');
    expect(mailsSince(mark, target)).toEqual([]);

    await page.goto(`/p/${PARTNER}/audit?action=sso.connection_updated`);
    await expect(page.getByRole('row').filter({ hasText: '"enforced":true' }).first()).toBeVisible();
  } finally {
    await setEnforced(page, false);
    await anonymous.dispose();
  }
});
