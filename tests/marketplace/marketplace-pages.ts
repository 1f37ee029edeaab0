import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E } from '../e2e-env.ts';
import { demoManifest, e2eDb } from '../reports/report-fixtures.ts';

export { demoManifest, e2eDb };

/**
 * Signs in as a person does — email on the sign-in page, then the partner's SSO at the local IdP or the magic link
 * from the outbox (whichever page Auth.js shows while it waits) — and ends on `returnTo`.
 */
export async function signIn(page: Page, email: string, returnTo: string): Promise<void> {
  const outbox = path.join(E2E.dataDir, 'outbox', 'outbox.jsonl');
  const before = existsSync(outbox) ? readFileSync(outbox, 'utf8').length : 0;
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: /continue|sign in|send/i }).first().click();
  await page.waitForURL((url) => url.pathname !== '/signin', { timeout: 20_000 });
  if (page.url().includes('/interaction/')) {
    const button = page.getByRole('button', { name: `Sign in as ${email}` });
    if (await button.count()) await button.click();
    else {
      await page.locator('#email').fill(email);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  } else {
    let link: string | undefined;
    await expect
      .poll(() => {
        const lines = existsSync(outbox) ? readFileSync(outbox, 'utf8').slice(before).trim().split('\n').filter(Boolean) : [];
        link = lines.map((l) => JSON.parse(l) as { to: string; link?: string }).reverse().find((m) => m.to === email && m.link)?.link;
        return link;
      })
      .toBeTruthy();
    await page.goto(link!);
  }
  await page.waitForURL((url) => url.origin === E2E.portalUrl && !/^\/(signin|interaction|api\/auth)/.test(url.pathname), { timeout: 30_000 });
  if (new URL(page.url()).pathname !== returnTo.split('?')[0]) await page.goto(returnTo);
  await expect(page).toHaveURL((url) => url.pathname === returnTo.split('?')[0]);
}

/** A template manifest whose dashboard has three widgets (v1) or four (v2: a channel table added). */
export function templateManifest(version: 'v1' | 'v2', options: { badMetric?: boolean } = {}) {
  const widgets: Record<string, unknown>[] = [
    { id: 'spend', kind: 'kpi', title: 'Spend', layout: { w: 4, h: 1 }, metric: options.badMetric ? 'profit' : 'spend' },
    { id: 'roas', kind: 'kpi', title: 'ROAS', layout: { w: 4, h: 1 }, metric: 'roas' },
    { id: 'trend', kind: 'chart', title: 'Revenue trend', layout: { w: 12, h: 3 }, metrics: ['revenue'], dimension: 'date', chartType: 'line' },
  ];
  if (version === 'v2') widgets.push({ id: 'by-channel', kind: 'table', title: 'By channel', layout: { w: 12, h: 3 }, metrics: ['spend', 'revenue', 'roas'], dimension: 'channel' });
  return { dashboards: [{ key: 'overview', title: 'Pacing overview', layout: { defaultRange: 'last_30_days', widgets } }], presets: [{ key: 'guard', name: 'Pacing guard', config: { targetRoas: 3 } }] };
}

/** Page object of the publisher's form (/marketplace/<partner>/publish). */
export class PublishPage {
  constructor(readonly page: Page, readonly partner: string) {}
  async open(): Promise<void> {
    await this.page.goto(`/marketplace/${this.partner}/publish`);
    await expect(this.page.getByRole('heading', { name: 'Publish', level: 1 })).toBeVisible();
  }
  async submit(input: { slug: string; title: string; summary: string; description: string; version: string; manifest: unknown; changelog?: string }): Promise<void> {
    const form = this.page.getByTestId('submit-form');
    await form.getByLabel('Slug').fill(input.slug);
    await form.getByLabel('Kind').selectOption('template');
    await form.getByLabel('Title').fill(input.title);
    await form.getByLabel('Version').fill(input.version);
    await form.getByLabel('Summary (at most 140 characters)').fill(input.summary);
    await form.getByLabel('Description (markdown)').fill(input.description);
    const dashboards = form.getByLabel('Dashboards', { exact: true });
    if (!(await dashboards.isChecked())) await dashboards.check();
    await form.getByLabel('Changelog').fill(input.changelog ?? '');
    await form.getByLabel('Manifest (JSON)').fill(JSON.stringify(input.manifest, null, 2));
    await form.getByRole('button', { name: 'Submit for review' }).click();
  }
}

/** Page object of the platform admin's review queue. */
export class ReviewQueuePage {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.goto('/admin/marketplace');
    await expect(this.page.getByRole('heading', { name: 'Marketplace moderation', level: 1 })).toBeVisible();
  }
  item(slug: string) {
    return this.page.getByTestId(`queue-${slug}`);
  }
  async reject(slug: string, reason: string): Promise<void> {
    const item = this.item(slug);
    await item.getByLabel('What should the publisher change?').fill(reason);
    await item.getByRole('button', { name: 'Reject' }).click();
    await expect(this.page.getByText(`Sent back to the publisher of “${slug}” with your note.`)).toBeVisible();
  }
  async approve(slug: string): Promise<void> {
    await this.item(slug).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(this.page.getByText(`Approved: “${slug}” is live.`)).toBeVisible();
  }
}

/** An embed token for a demo tenant, from the demo endpoint of the e2e portal. */
export async function demoToken(page: Page, tenantSlug: string): Promise<{ token: string; apiBase: string }> {
  const res = await page.request.get(`${E2E.portalUrl}/api/demo/embed-token?tenant=${tenantSlug}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { token: string; apiBase: string };
}

export const XSS_DESCRIPTION = [
  '# Totally normal listing',
  '',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<iframe src="javascript:window.top.__pwned=\'iframe\'"></iframe>',
  '[click me](javascript:window.__pwned=\'link\')',
  '<svg onload="window.__pwned=\'svg\'"><circle r="4"></circle></svg>',
  '',
  'The end.',
].join('\n');

/** axe-core on the whole page as it stands: no violations (rule id and the first nodes, when there are). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
