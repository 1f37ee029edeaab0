import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import type { DemoManifest } from '../../../prisma/demo-manifest.ts';
import { E2E } from '../../e2e-env.ts';

/**
 * Page helpers for the portal specs. They run against the e2e portal (http://localhost:3999, its own data dir,
 * the local IdP on 3001), or any portal given E2E_PORT / E2E_DATA_DIR (the data dir holds demo.json and the
 * mail outbox the portal writes to).
 */
export const PARTNER = 'northwind';

export function manifest(): DemoManifest {
  return JSON.parse(readFileSync(E2E.demoManifestPath, 'utf8')) as DemoManifest;
}

const outboxFile = () => path.join(E2E.dataDir, 'outbox', 'outbox.jsonl');

/** The outbox's size now, to read only what is sent after it. */
export function outboxMark(): number {
  return existsSync(outboxFile()) ? readFileSync(outboxFile(), 'utf8').length : 0;
}

export interface OutboxMail { at: string; kind: string; to: string; subject: string; link?: string }

export function mailsSince(mark: number, to?: string): OutboxMail[] {
  if (!existsSync(outboxFile())) return [];
  return readFileSync(outboxFile(), 'utf8').slice(mark).split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutboxMail).filter((m) => !to || m.to === to);
}

export async function linkSentTo(mark: number, to: string, kind: string): Promise<string> {
  let link: string | undefined;
  await expect.poll(() => (link = mailsSince(mark, to).reverse().find((m) => m.kind === kind)?.link), { timeout: 15_000 }).toBeTruthy();
  return link!;
}

/** Through the sign-in page and the local IdP's one-click (or typed) login; ends back in the portal. */
export async function signInWithSso(page: Page, email: string, returnTo = '/p'): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.port === String(E2E.idpPort) && url.pathname.startsWith('/interaction/'));
  const oneClick = page.getByRole('button', { name: `Sign in as ${email}` });
  if (await oneClick.count()) await oneClick.click();
  else {
    await page.getByLabel('Another Northwind address').fill(email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await page.waitForURL((url) => url.origin === new URL(E2E.portalUrl).origin && !url.pathname.startsWith('/signin') && !url.pathname.startsWith('/api/auth'), { timeout: 30_000 });
}

/** A fresh browser context signed in as `email` through SSO. */
export async function ssoSession(browser: Browser, email: string, returnTo = '/p'): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.portalUrl });
  const page = await context.newPage();
  await signInWithSso(page, email, returnTo);
  return page;
}

/**
 * A fresh browser context signed in by magic link, asked of Auth.js directly (for users whose domain has SSO that
 * is not enforced: the sign-in page would route them to their IdP).
 */
export async function magicLinkSession(browser: Browser, email: string, callbackUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.portalUrl });
  const page = await context.newPage();
  const mark = outboxMark();
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const asked = await page.request.post('/api/auth/signin/nodemailer', { form: { email, csrfToken, callbackUrl }, maxRedirects: 0 });
  expect(asked.headers()['location'] ?? '').toMatch(/verify-request|check-email/);
  await page.goto(await linkSentTo(mark, email, 'magic-link'));
  return page;
}

export function userOf(role: DemoManifest['users'][number]['role'], partner = PARTNER) {
  const user = manifest().users.find((u) => u.role === role && u.partner === partner);
  if (!user) throw new Error(`No ${role} of ${partner} in demo.json`);
  return user;
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** axe-core in WCAG 2.x A/AA: zero violations (the report lists each one when it fails). */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}
