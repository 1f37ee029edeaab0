import { expect, type Locator, type Page } from '@playwright/test';
import { connect, resolveDatabaseUrl, type Db } from '../../prisma/connect.ts';
import { E2E } from '../e2e-env.ts';
import { demoToken, widgetSandbox } from '../widgets/widget-page.ts';

/** The suite's own database (the one the e2e portal serves), for checking what an action changed. */
export function e2eDb(): Db {
  return connect(resolveDatabaseUrl(E2E.databaseUrl));
}

/** A sandbox page with one AI widget inside <stratum-embed>, holding a real demo token. */
export async function aiSandbox(page: Page, widget: string, token: { tenant?: string; scopes?: string; viewer?: string } = {}): Promise<void> {
  const params: Record<string, string> = { tenant: token.tenant ?? 'acme-outfitters', viewer: token.viewer ?? `viewer-${Math.random().toString(36).slice(2, 8)}` };
  if (token.scopes) params.scopes = token.scopes;
  const { token: jwt } = await demoToken(page, params);
  await widgetSandbox(page, `<stratum-embed id="embed">${widget}</stratum-embed>`);
  // The AI elements load on first use: wait for the ones this page holds.
  const tags = ['stratum-recommendations', 'stratum-copilot'].filter((tag) => widget.includes(`<${tag}`));
  await page.waitForFunction((wanted) => wanted.every((tag) => customElements.get(tag) !== undefined), tags);
  await page.locator('#embed').evaluate((embed, value) => ((embed as HTMLElement & { token: string }).token = value), jwt);
}

export class RecommendationsWidget {
  constructor(readonly root: Locator) {}
  cards(kind?: string): Locator {
    return this.root.locator(kind ? `[part~="card"][data-kind="${kind}"]` : '[part~="card"]');
  }
  apply(card: Locator): Locator {
    return card.locator('[part~="apply-button"]');
  }
  async loaded(): Promise<void> {
    await expect(this.cards().first()).toBeVisible();
  }
}

export class CopilotWidget {
  constructor(readonly root: Locator) {}
  get input(): Locator {
    return this.root.locator('textarea');
  }
  get log(): Locator {
    return this.root.locator('[part~="log"]');
  }
  messages(role: 'user' | 'assistant'): Locator {
    return this.root.locator(`[part~="message"][data-role="${role}"]`);
  }
  /** The restored conversation is in and the composer is enabled. */
  async ready(): Promise<void> {
    await expect(this.root.locator('[part~="send-button"]')).toBeEnabled({ timeout: 20_000 });
  }
  async ask(text: string): Promise<void> {
    await this.ready();
    await this.input.fill(text);
    await this.input.press('Enter');
    await expect(this.root.locator('[part~="send-button"]')).toBeEnabled({ timeout: 20_000 });
  }
}
