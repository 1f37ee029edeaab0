/**
 * Median time from navigation start to the dashboard's stratum-render-complete, for an 8-widget dashboard in
 * headless Chromium against a running portal on localhost (the demo data loaded). Written to
 * bench/results/widgets-render.json. Budget: ≤ 300 ms.
 *
 * Usage: STRATUM_PORTAL_URL=http://localhost:3000 npx tsx bench/widgets/render.ts [runs=15]
 * Two figures: `live` (every request answered by the portal) and `replayed` (the embed API's answers recorded
 * once, then served from memory): the second isolates the widgets' own cost from the portal's latency, which
 * on a shared, busy machine dominates the first.
 * The host page is served on the portal's origin (so the portal's origin policy applies as for any host) and
 * carries the token in its markup, as a server-rendered host page would.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
/** Answers of the embed API, by method + URL + body, recorded on the first run of the replayed series. */
const recorded = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>();
async function series(replay: boolean): Promise<number[]> {
  const timings: number[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(`${portal}/__bench`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  if (replay) {
    await context.route(`${portal}/api/embed/v1/**`, async (route) => {
      const request = route.request();
      const key = `${request.method()} ${request.url()} ${request.postData() ?? ''}`;
      let answer = recorded.get(key);
      if (!answer) {
        const response = await route.fetch();
        answer = { status: response.status(), headers: response.headers(), body: await response.body() };
        recorded.set(key, answer);
      }
      await route.fulfill(answer);
    });
  }
  for (let run = 0; run < runs + 1; run += 1) {
    const page = await context.newPage();
    // Playwright turns the HTTP cache off while routes are active; a real visitor has it (hashed chunks are immutable).
    await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: false });
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
    if (run > 0) timings.push(sinceNavigation); // run 0 warms the browser's module cache (and records, when replaying)
    await page.close();
  }
  await context.close();
  return timings;
}

function summary(timings: number[]) {
  const sorted = [...timings].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { median: Math.round(median), p90: Math.round(quantile(0.9)), min: Math.round(sorted[0]!), max: Math.round(sorted.at(-1)!), runs: sorted.length };
}

const live = summary(await series(false));
const replayed = summary(await series(true));
await browser.close();

const result = {
  measuredAt: new Date().toISOString(),
  portal,
  widgets: widgetCount,
  navigationToRenderCompleteMs: { live, replayed },
  budgetMs: BUDGET_MS,
  withinBudget: { live: live.median <= BUDGET_MS, replayed: replayed.median <= BUDGET_MS },
  machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 },
  note: 'Headless Chromium on localhost; warm browser cache after one discarded run. live: the portal answers (from its query cache after the first run). replayed: the embed API answers served from memory.',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widgets-render.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`${widgetCount}-widget dashboard, navigation start → stratum-render-complete (budget ${BUDGET_MS} ms, load average ${result.machine.loadAverage1m} on ${result.machine.cpus} cores):`);
console.log(`  live portal: median ${live.median} ms, p90 ${live.p90} ms (${live.runs} runs)`);
console.log(`  replayed API answers: median ${replayed.median} ms, p90 ${replayed.p90} ms (${replayed.runs} runs)`);
process.exitCode = result.withinBudget.live ? 0 : 1;
