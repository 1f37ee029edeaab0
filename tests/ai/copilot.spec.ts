import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { aiSandbox, CopilotWidget, e2eDb } from './ai-pages.ts';

test.describe('<stratum-copilot>', () => {
  test('the seed’s example produces the proposal, and Activate (approved) creates the live campaign', async ({ page }) => {
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>', { viewer: `campaigner-${Date.now()}` });
    const copilot = new CopilotWidget(page.locator('#copilot'));
    await copilot.ask("Create a campaign targeting users who haven't purchased in 30 days with a 10% discount");
    const proposal = copilot.root.locator('[part~="proposal"]').last();
    await expect(proposal).toContainText('No purchase in 30 days');
    await expect(proposal).toContainText('10% off');
    await expect(proposal).toContainText('signal health ≥ 70');
    await expect(proposal.locator('[data-field="status"]')).toHaveText('draft');

    await proposal.locator('[part~="activate-button"]').click();
    const approval = copilot.root.locator('[part~="approval"]').last();
    await expect(approval).toBeVisible();
    await approval.getByRole('button', { name: 'Approve' }).click();
    await expect(copilot.root.locator('[part~="proposal"][data-status="active"]').last()).toBeVisible();
    await expect(copilot.messages('assistant').last()).toContainText('Activated');

    const db = e2eDb();
    const live = await db.campaign.findMany({ where: { name: { startsWith: 'Win-back 30d · 10% off' }, status: 'active' } });
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((c) => c.channel !== 'tiktok')).toBe(true);
    await db.$disconnect();
  });

  test('dates in the message go into the proposal, and Edit on the card changes the draft itself', async ({ page }) => {
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>', { viewer: `editor-${Date.now()}` });
    const copilot = new CopilotWidget(page.locator('#copilot'));
    await copilot.ask('Create a campaign for cart abandoners from Dec 1 to Dec 15 with 10% off on email');
    const first = copilot.root.locator('[part~="proposal"]').first();
    await expect(first).toContainText('Cart abandoners');
    await expect(first).toContainText(/Dec 1.*Dec 15|1 Dec.*15 Dec/);

    await first.locator('[part~="edit-button"]').click();
    const form = first.locator('[part~="proposal-edit"]');
    await expect(form).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('#copilot').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await form.getByLabel(/Daily budget/).fill('275');
    await form.getByLabel('Discount (%)', { exact: true }).fill('20');
    await form.getByLabel('End', { exact: true }).fill('2026-12-20');
    await form.getByRole('button', { name: 'Save changes' }).click();

    const edited = copilot.root.locator('[part~="proposal"]').last();
    await expect(edited).toContainText('20% off');
    await expect(edited).toContainText('$275');
    await expect(edited).toContainText(/Dec 20|20 Dec/);
    await expect(copilot.messages('user').last()).toContainText('Edit:');
    // The old card is no longer actionable; the edit is the draft in the database.
    await expect(first.locator('[part~="edit-button"]')).toHaveCount(0);
    const db = e2eDb();
    const drafts = await db.campaign.findMany({ where: { name: { startsWith: 'Cart recovery' }, status: 'draft', dailyBudget: 275, channel: 'email' } });
    expect(drafts.map((c) => [c.endDate?.toISOString().slice(0, 10), (c.offer as { value?: number } | null)?.value])).toContainEqual(['2026-12-20', 20]);
  });

  test('answers a data question with a figure from the tool, and a reload restores the thread', async ({ page }) => {
    const viewer = `reader-${Date.now()}`;
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>', { viewer });
    const copilot = new CopilotWidget(page.locator('#copilot'));
    await copilot.ask('How much did we spend last week?');
    await expect(copilot.root.locator('[part~="metric-answer"]')).toContainText('$');
    await expect(copilot.messages('assistant').last()).toContainText(/Spend .* \$[\d,]+/);
    await copilot.ask('and on Google?');
    await expect(copilot.messages('assistant').last()).toContainText('on Google');

    await page.reload();
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>', { viewer });
    const restored = new CopilotWidget(page.locator('#copilot'));
    await expect(restored.messages('user')).toHaveCount(2);
    await expect(restored.messages('user').first()).toHaveText(/How much did we spend last week\?/);
    await expect(restored.root.locator('[part~="metric-answer"]')).toHaveCount(2);
  });

  test('an XSS payload typed into the chat is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>');
    const copilot = new CopilotWidget(page.locator('#copilot'));
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await copilot.ask(payload);
    await expect(copilot.messages('user').last()).toContainText(payload);
    await expect(copilot.messages('assistant').last()).toContainText('I did not catch');
    expect(await copilot.root.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('works with the keyboard and is accessible', async ({ page }) => {
    await aiSandbox(page, '<stratum-copilot id="copilot"></stratum-copilot>');
    const copilot = new CopilotWidget(page.locator('#copilot'));
    await copilot.ready();
    await copilot.input.focus();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect(copilot.messages('assistant').last()).toContainText('I can answer questions');
    await expect(copilot.log).toHaveAttribute('role', 'log');
    const results = await new AxeBuilder({ page }).include('#copilot').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
