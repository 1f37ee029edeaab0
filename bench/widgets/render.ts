/**
 * Median time from navigation start to the dashboard's stratum-render-complete, for an 8-widget dashboard in
 * headless Chromium against a running portal on localhost (the demo data loaded). Written to
 * bench/results/widgets-render.json. Budget: ≤ 300 ms.
 *
 * Usage: STRATUM_PORTAL_URL=http://localhost:3000 npx tsx bench/widgets/render.ts [runs=15]
 * The host page is served on the portal's origin (so the portal's origin policy applies as for any host) and
 * carries the token in its markup, as a server-rendered host page would.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const portal = (process.env.STRATUM_PORTAL_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const runs = Number(process.argv[2] ?? 15);
const BUDGET_MS = 300;

const tokenResponse = await fetch(`${portal}/api/demo/embed-token`);
if (!tokenResponse.ok) throw new Error(`The demo token endpoint answered ${tokenResponse.status}: is the portal running with its demo data?`);
const demo = (await tokenResponse.json()) as { token: string; apiBase: string; dashboards: { id: string; title: string }[]; today?: string };
const dashboardId = demo.dashboards[0]!.id;
const definition = (await (await fetch(`${portal}/api/embed/v1/dashboards/${dashboardId}`, { headers: { Authorization: `Bearer ${demo.token}`, Origin: portal } })).json()) as {
  layout: { widgets: { kind: string }[] };
};
const widgetCount = definition.layout.widgets.length;

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render benchmark</title>
<script type="module" src="/widgets/stratum.js"></script></head><body>
<stratum-embed api-base="${demo.apiBase}" token="${demo.token}"${demo.today ? ` today="${demo.today}"` : ''}>
<stratum-dashboard dashboard="${dashboardId}"></stratum-dashboard></stratum-embed></body></html>`;

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route(`${portal}/__bench`, (route) => route.fulfill({ contentType: 'text/html', body: html }));

const timings: number[] = [];
for (let run = 0; run < runs + 1; run += 1) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __rendered: Promise<number> }).__rendered = new Promise((resolve) =>
      document.addEventListener('stratum-render-complete', (event) => {
        const detail = (event as CustomEvent<{ widget: string }>).detail;
        if (detail.widget === 'stratum-dashboard') resolve(performance.now());
      }),
    );
  });
  await page.goto(`${portal}/__bench`);
  const sinceNavigation = await page.evaluate(() => (window as unknown as { __rendered: Promise<number> }).__rendered);
  if (run > 0) timings.push(sinceNavigation); // run 0 warms the browser's module cache and the portal
  await page.close();
}
await browser.close();

const sorted = [...timings].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const result = {
  measuredAt: new Date().toISOString(),
  portal,
  widgets: widgetCount,
  runs: timings.length,
  navigationToRenderCompleteMs: { median: Math.round(median), p90: Math.round(quantile(0.9)), min: Math.round(sorted[0]!), max: Math.round(sorted.at(-1)!) },
  budgetMs: BUDGET_MS,
  withinBudget: median <= BUDGET_MS,
  note: 'Headless Chromium on localhost; warm browser cache after one discarded run; the portal answers from its own query cache when it has one.',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widgets-render.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`${widgetCount}-widget dashboard, ${timings.length} runs: median ${result.navigationToRenderCompleteMs.median} ms (p90 ${result.navigationToRenderCompleteMs.p90} ms) from navigation start to stratum-render-complete — budget ${BUDGET_MS} ms: ${result.withinBudget ? 'ok' : 'OVER'}`);
process.exitCode = result.withinBudget ? 0 : 1;
