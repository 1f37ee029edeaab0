import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';
import { connect, resolveDatabaseUrl, type Db } from '../../prisma/connect.ts';
import { E2E } from '../e2e-env.ts';

/** The seeded demo data of the e2e portal. */
export function demoManifest(): DemoManifest {
  return JSON.parse(readFileSync(E2E.demoManifestPath, 'utf8')) as DemoManifest;
}

let database: Db | undefined;
/** The e2e portal's own database (fixtures that the UI cannot create yet are written here). */
export function e2eDb(): Db {
  return (database ??= connect(resolveDatabaseUrl(E2E.databaseUrl)));
}

/**
 * The e2e portal's secret key (it seals render tickets), so this process can play the report worker. Must run before
 * anything imports portal/lib/secret-box.ts.
 */
export function useE2eSecretKey(): void {
  const file = path.join(E2E.dataDir, 'secret.key');
  if (!existsSync(file)) throw new Error(`no secret key at ${file}: has the e2e portal started?`);
  process.env.STRATUM_SECRET_KEY = readFileSync(file, 'utf8').trim();
}

/** A demo tenant with its client user and a dashboard that has widgets. */
export function clientFixture(partnerSlug = 'northwind') {
  const manifest = demoManifest();
  const partner = manifest.partners.find((p) => p.slug === partnerSlug) ?? manifest.partners[0]!;
  const tenant = partner.tenants.find((t) => t.dashboards.length > 0)!;
  const client = manifest.users.find((u) => u.role === 'client' && u.partner === partner.slug && u.tenant === tenant.slug)!;
  return { manifest, partner, tenant, dashboard: tenant.dashboards[0]!, client };
}

/**
 * Signs a user in the way a person does: email on the sign-in page, then either the partner's SSO (the local IdP's
 * one-click button) or the magic link from the outbox. Ends on `returnTo`.
 */
export async function signIn(page: Page, email: string, returnTo: string): Promise<void> {
  await page.goto(returnTo);
  await page.waitForURL(/\/signin/);
  await page.getByLabel('Work email').fill(email);
  const outbox = path.join(E2E.dataDir, 'outbox', 'outbox.jsonl');
  const before = existsSync(outbox) ? readFileSync(outbox, 'utf8').length : 0;
  await page.getByRole('button', { name: /continue|sign in|send/i }).first().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin') || url.pathname.includes('check-email'), { timeout: 20_000 });
  if (page.url().includes('/interaction/')) {
    const button = page.getByRole('button', { name: `Sign in as ${email}` });
    if (await button.count()) await button.click();
    else {
      await page.locator('#email').fill(email);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  } else if (page.url().includes('check-email')) {
    let link: string | undefined;
    await expect
      .poll(() => {
        const lines = existsSync(outbox) ? readFileSync(outbox, 'utf8').slice(before).trim().split('\n').filter(Boolean) : [];
        link = lines.map((l) => JSON.parse(l) as { to: string; link?: string }).reverse().find((m) => m.to === email)?.link;
        return link;
      })
      .toBeTruthy();
    await page.goto(link!);
  }
  const target = returnTo.split('?')[0];
  // SSO may land on the portal's home rather than the page asked for; the session is what matters.
  await page.waitForURL((url) => url.port === new URL(page.url()).port && !url.pathname.startsWith('/signin') && !url.pathname.startsWith('/interaction') && !url.pathname.startsWith('/api/auth'), { timeout: 30_000 });
  if (new URL(page.url()).pathname !== target) await page.goto(returnTo);
  await page.waitForURL((url) => url.pathname === target, { timeout: 30_000 });
}

/** Case-insensitive: does the text name the vendor? */
export const VENDOR = /stratum/i;

/** Everything a client can see of a page: visible text, title, meta tags, icons. */
export async function visibleSurface(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('meta')].map((m) => `${m.getAttribute('name') ?? ''} ${m.getAttribute('content') ?? ''}`),
      ...[...document.querySelectorAll('link[rel~="icon"], link[rel="shortcut icon"]')].map((l) => l.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('img')].map((i) => `${i.alt} ${i.src}`),
    ].join('\n'),
  );
}
