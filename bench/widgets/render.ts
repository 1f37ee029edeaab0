/**
 * Time from navigation start to the dashboard's stratum-render-complete, for the demo's 8-widget dashboard in
 * headless Chromium on localhost — budget: median ≤ 300 ms. One command (see bench/widgets/README.md):
 *
 *   npx tsx bench/widgets/render.ts [runs=30]
 *
 * Without STRATUM_PORTAL_URL it starts its own production portal (scripts/e2e-server.ts: needs `npm run build`, or
 * NEXT_DIST_DIR pointing at a build) on BENCH_PORT (default 3112) with its own data in BENCH_DATA_DIR, and stops it
 * at the end; with STRATUM_PORTAL_URL it measures that running portal. Writes bench/results/widgets-render.json.
 *
 * Each series opens one discarded warm-up page, then `runs` pages (at least 20) in the same browser context, so the
 * bundle and the chart chunk come from the HTTP cache as for a returning visitor. Two series:
 * - live: every request answered by the portal (its query cache warm after the first page);
 * - replayed: the embed API's answers recorded once and served from memory, isolating the widgets' own cost
 *   from the portal's latency (which, on a shared busy machine, varies most).
 * The host page carries the token in its markup, as a server-rendered host page would; it is served on the
 * portal's origin (so the portal's origin policy applies as for any host) by intercepting that one URL through
 * the DevTools protocol — not Playwright's page.route, which would switch the HTTP cache off for every request.
 * Each run also records when the phases ended (bundle, definition, batch query, chart chunk) and each widget's
 * render-complete, to show where the time goes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

const BUDGET_MS = 300;
const MIN_RUNS = 20;
const runs = Math.max(MIN_RUNS, Number(process.argv[2] ?? 30));
const load = () => Math.round(loadavg()[0]! * 10) / 10;

/** The portal to measure: STRATUM_PORTAL_URL, or one this script starts (and stops) on its own port and data. */
async function startPortal(): Promise<{ url: string; stop: () => void }> {
  if (process.env.STRATUM_PORTAL_URL) return { url: process.env.STRATUM_PORTAL_URL.replace(/\/$/, ''), stop: () => undefined };
  const port = Number(process.env.BENCH_PORT ?? 3112);
  const env = {
    ...process.env,
    E2E_PORT: String(port),
    E2E_IDP_PORT: String(process.env.BENCH_IDP_PORT ?? port + 1),
    E2E_DATA_DIR: process.env.BENCH_DATA_DIR ?? '.stratum/bench-widgets',
    E2E_RESEED: process.env.E2E_RESEED ?? '0',
  };
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], { env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The portal exited (${server.exitCode}); is there a build (npm run build, or NEXT_DIST_DIR)?`);
    if (await fetch(`${url}/api/embed/v1/health`).then((r) => r.ok, () => false)) return { url, stop };
    if (Date.now() > deadline) throw new Error('The portal did not start within 4 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const portal = await startPortal();
const tokenResponse = await fetch(`${portal.url}/api/demo/embed-token`);
if (!tokenResponse.ok) throw new Error(`The demo token endpoint answered ${tokenResponse.status}: is the portal running with its demo data?`);
const demo = (await tokenResponse.json()) as { token: string; apiBase: string; dashboards: { id: string }[]; today?: string };
const dashboardId = demo.dashboards[0]!.id;

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render benchmark</title>
<script type="module" src="/widgets/stratum.js"></script></head><body>
<stratum-embed api-base="${demo.apiBase}" token="${demo.token}"${demo.today ? ` today="${demo.today}"` : ''}>
<stratum-dashboard dashboard="${dashboardId}"></stratum-dashboard></stratum-embed></body></html>`;
const pageUrl = `${portal.url}/__render-bench`;

interface RunResult {
  total: number;
  phases: Record<string, number | null>;
  widgets: { id: string; sinceNavigationMs: number }[];
}

/** Recorded embed API answers (replayed series), by method, URL and body. */
const recorded = new Map<string, { responseCode: number; responseHeaders: { name: string; value: string }[]; body: string }>();

/** Serves the host page (and, when replaying, the embed API) from memory; every other request goes to the portal. */
async function intercept(cdp: CDPSession, replay: boolean): Promise<void> {
  const patterns = [{ urlPattern: pageUrl, requestStage: 'Request' as const }];
  if (replay) patterns.push({ urlPattern: `${portal.url}/api/embed/v1/*`, requestStage: 'Request' as const });
  cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
    // A page closed with a request still paused has nothing left to answer.
    answerPaused(cdp, requestId, request).catch(() => undefined);
  });
  await cdp.send('Fetch.enable', { patterns });
}

async function answerPaused(cdp: CDPSession, requestId: string, request: { url: string; method: string; headers: Record<string, string>; postData?: string }): Promise<void> {
  if (request.url === pageUrl) {
    await cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html' }], body: Buffer.from(html).toString('base64') });
    return;
  }
  const key = `${request.method} ${request.url} ${request.postData ?? ''}`;
  let answer = recorded.get(key);
  if (!answer) {
    const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.postData });
    const responseHeaders: { name: string; value: string }[] = [];
    response.headers.forEach((value, name) => responseHeaders.push({ name, value }));
    answer = { responseCode: response.status, responseHeaders, body: Buffer.from(await response.arrayBuffer()).toString('base64') };
    recorded.set(key, answer);
  }
  await cdp.send('Fetch.fulfillRequest', { requestId, ...answer });
}

async function measure(page: Page): Promise<RunResult> {
  await page.addInitScript(() => {
    (window as unknown as { __rendered: Promise<unknown> }).__rendered = new Promise((resolve) =>
      document.addEventListener('stratum-render-complete', (event) => {
        const detail = (event as CustomEvent<{ widget: string }>).detail;
        if (detail.widget === 'stratum-dashboard') resolve({ at: performance.now(), detail });
      }),
    );
  });
  await page.goto(pageUrl);
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return page.evaluate(READ_RUN) as Promise<RunResult>;
}

/** In the page: when the dashboard completed, when each request it made finished, and each widget's completion. */
const READ_RUN = `(async () => {
  const { at, detail } = await window.__rendered;
  const resources = performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, end: Math.round(entry.responseEnd) }));
  const ended = (test) => resources.find((entry) => test(entry.path))?.end ?? null;
  const navigation = performance.getEntriesByType('navigation')[0];
  const widgets = (detail.widgets ?? []).map((widget) => ({ id: widget.id, sinceNavigationMs: widget.sinceNavigationMs }));
  return {
    total: at,
    phases: {
      html: navigation ? Math.round(navigation.responseEnd) : null,
      bundle: ended((path) => path === '/widgets/stratum.js'),
      definition: ended((path) => path.startsWith('/api/embed/v1/dashboards/')),
      chartChunk: ended((path) => path.includes('/chunks/chart-engine')),
      queryBatch: ended((path) => path === '/api/embed/v1/query/batch'),
      singleQueries: ended((path) => path === '/api/embed/v1/query'),
      lastWidget: widgets.length ? Math.max(...widgets.map((widget) => widget.sinceNavigationMs)) : null,
    },
    widgets,
  };
})()`;

async function series(context: BrowserContext, replay: boolean): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const page = await context.newPage();
    await intercept(await context.newCDPSession(page), replay);
    const result = await measure(page);
    if (run > 0) results.push(result); // run 0 warms the HTTP cache, the portal's query cache (and records, when replaying)
    await page.close();
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summary(results: RunResult[]) {
  const totals = results.map((result) => result.total).sort((a, b) => a - b);
  const quantile = (q: number) => totals[Math.min(totals.length - 1, Math.ceil(q * totals.length) - 1)]!;
  const phaseNames = Object.keys(results[0]?.phases ?? {});
  const phases = Object.fromEntries(
    phaseNames.flatMap((name) => {
      const values = results.map((result) => result.phases[name]).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
      return values.length ? [[name, Math.round(median(values))]] : [];
    }),
  );
  const widgetIds = [...new Set(results.flatMap((result) => result.widgets.map((widget) => widget.id)))];
  const widgets = Object.fromEntries(
    widgetIds.map((id) => [id, Math.round(median(results.flatMap((result) => result.widgets.filter((widget) => widget.id === id).map((widget) => widget.sinceNavigationMs))))]),
  );
  return {
    median: Math.round(median(totals)),
    p95: Math.round(quantile(0.95)),
    p90: Math.round(quantile(0.9)),
    min: Math.round(totals[0]!),
    max: Math.round(totals.at(-1)!),
    runs: totals.length,
    medianPhaseEndMs: phases,
    medianWidgetRenderedMs: widgets,
  };
}

const loadBefore = load();
const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let live, replayed, loadAfterLive;
try {
  const liveContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  live = summary(await series(liveContext, false));
  await liveContext.close();
  loadAfterLive = load();
  const replayContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  replayed = summary(await series(replayContext, true));
  await replayContext.close();
} finally {
  await browser.close();
  portal.stop();
}

const result = {
  measuredAt: new Date().toISOString(),
  portal: portal.url,
  widgets: Object.keys(live.medianWidgetRenderedMs).length,
  navigationToRenderCompleteMs: { live, replayed },
  budgetMs: BUDGET_MS,
  withinBudget: { live: live.median <= BUDGET_MS, replayed: replayed.median <= BUDGET_MS },
  machine: { cpus: cpus().length, loadAverage1m: { before: loadBefore, afterLive: loadAfterLive, after: load() } },
  note: 'Headless Chromium on localhost, one discarded warm-up page per series, HTTP cache on (a returning visitor). live: the portal answers (its query cache warm). replayed: the embed API answers served from memory. medianPhaseEndMs: when each request finished (ms since navigation start).',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widgets-render.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`${result.widgets}-widget dashboard, navigation start → stratum-render-complete (budget ${BUDGET_MS} ms; load average ${loadBefore} → ${result.machine.loadAverage1m.after} on ${cpus().length} cores):`);
for (const [name, figures] of Object.entries({ live, replayed })) {
  console.log(`  ${name}: median ${figures.median} ms, p95 ${figures.p95} ms (${figures.runs} runs); phases ended at ${JSON.stringify(figures.medianPhaseEndMs)}`);
}
process.exitCode = result.withinBudget.live ? 0 : 1;
