/**
 * Where the render time of the benchmark dashboard goes: a Chromium trace of warm page loads (the same page as
 * render.ts), reduced to the renderer main thread's busy time per category (script evaluation and compilation,
 * style, layout, paint, …) between the milestones: HTML, bundle, dashboard definition, query batch, chart chunk,
 * render-complete (CPU time: on a loaded machine the wall time mostly waits for a core). Prints a table; writes the last trace to .stratum/widgets-render-trace.json (open it in
 * Chrome's Performance panel or https://ui.perfetto.dev).
 *
 * Usage: STRATUM_PORTAL_URL=http://localhost:3110 npx tsx bench/widgets/profile.ts [pages=5]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const portal = (process.env.STRATUM_PORTAL_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const pages = Number(process.argv[2] ?? 5);
const demo = (await (await fetch(`${portal}/api/demo/embed-token`)).json()) as { token: string; apiBase: string; dashboards: { id: string }[]; today?: string };
const pageUrl = `${portal}/__render-profile`;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render profile</title>
<script type="module" src="/widgets/stratum.js"></script></head><body>
<stratum-embed api-base="${demo.apiBase}" token="${demo.token}"${demo.today ? ` today="${demo.today}"` : ''}>
<stratum-dashboard dashboard="${demo.dashboards[0]!.id}"></stratum-dashboard></stratum-embed></body></html>`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; requestId?: string; frame?: string } };
}

/** Trace event names → what the time was spent on (first match wins, for the outermost event on the main thread). */
const CATEGORIES: [RegExp, string][] = [
  [/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ParseFunction)/, 'compile'],
  [/^(EvaluateScript|v8\.|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|BlinkScheduler_PerformMicrotaskCheckpoint|RunMicrotasks)/, 'script'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/, 'style'],
  [/^(Layout|UpdateLayer|ComputeIntersections)/, 'layout'],
  [/^(Paint|PaintImage|Rasterize|CompositeLayers|PrePaint|Layerize|Commit)/, 'paint'],
  [/^(ParseHTML)/, 'html'],
  [/^(MajorGC|MinorGC|V8\.GC)/, 'gc'],
];

function categoryOf(name: string): string {
  return CATEGORIES.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const rows: Record<string, string | number>[] = [];
let lastTrace: Buffer | undefined;
for (let run = 0; run <= pages; run += 1) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  cdp.on('Fetch.requestPaused', ({ requestId }) => {
    cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html' }], body: Buffer.from(html).toString('base64') }).catch(() => undefined);
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: pageUrl, requestStage: 'Request' }] });
  await page.addInitScript(() => {
    (window as unknown as { __rendered: Promise<number> }).__rendered = new Promise((resolve) =>
      document.addEventListener('stratum-render-complete', (event) => {
        if ((event as CustomEvent<{ widget: string }>).detail.widget === 'stratum-dashboard') {
          performance.mark('stratum-dashboard-rendered');
          resolve(performance.now());
        }
      }),
    );
  });
  if (run > 0) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'toplevel'] });
  await page.goto(pageUrl);
  const total = await page.evaluate('window.__rendered');
  if (run === 0) {
    await page.close();
    continue; // warms the HTTP cache and the portal's query cache
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  lastTrace = await browser.stopTracing();
  await page.close();
  const events = (JSON.parse(lastTrace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.name === 'ResourceSendRequest'));
  if (!mainThread) continue;
  const navigationStart = events.find((event) => event.pid === mainThread.pid && event.name === 'navigationStart')?.ts ?? 0;
  const since = (ts: number) => Math.round((ts - navigationStart) / 1000);
  // Milestones: when each request of the page finished, and the render-complete mark.
  const urls = new Map<string, string>();
  for (const event of events) if (event.name === 'ResourceSendRequest' && event.args?.data?.requestId && event.args.data.url) urls.set(event.args.data.requestId, event.args.data.url);
  const milestones: Record<string, number> = {};
  for (const event of events) {
    if (event.name !== 'ResourceFinish' || !event.args?.data?.requestId) continue;
    const path = new URL(urls.get(event.args.data.requestId) ?? 'http://x/').pathname;
    const label = path === '/widgets/stratum.js' ? 'bundle' : path.startsWith('/api/embed/v1/dashboards/') ? 'definition' : path.includes('chart-engine') ? 'chartChunk' : path === '/api/embed/v1/query/batch' ? 'batch' : null;
    if (label) milestones[label] = since(event.ts);
  }
  milestones.rendered = Math.round(total as number);
  // Main-thread CPU time (thread time, not wall time: on a busy machine the renderer waits for a core) of its
  // top-level tasks until render-complete, each split by its outermost categorised events.
  const threadEvents = events.filter((event) => event.pid === mainThread.pid && event.tid === mainThread.tid && event.ph === 'X' && event.dur !== undefined && event.ts >= navigationStart);
  const isTask = (event: TraceEvent) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask';
  const contains = (outer: TraceEvent, inner: TraceEvent) => outer !== inner && outer.ts <= inner.ts && outer.ts + outer.dur! >= inner.ts + inner.dur!;
  const renderedTs = navigationStart + milestones.rendered * 1000;
  const tasks = threadEvents.filter((event) => isTask(event) && event.ts <= renderedTs && !threadEvents.some((other) => isTask(other) && contains(other, event)));
  const busy: Record<string, number> = {};
  let wall = 0;
  for (const task of tasks) {
    wall += task.dur! / 1000;
    const inside = threadEvents.filter((event) => contains(task, event) && categoryOf(event.name) !== 'other');
    let attributed = 0;
    for (const child of inside) {
      if (inside.some((other) => contains(other, child))) continue; // only the outermost categorised events
      const cpu = (child.tdur ?? child.dur!) / 1000;
      busy[categoryOf(child.name)] = (busy[categoryOf(child.name)] ?? 0) + cpu;
      attributed += cpu;
    }
    busy.other = (busy.other ?? 0) + Math.max(0, (task.tdur ?? task.dur!) / 1000 - attributed);
  }
  const busyTotal = Object.values(busy).reduce((sum, value) => sum + value, 0);
  rows.push({ ...milestones, mainWall: Math.round(wall), mainCpu: Math.round(busyTotal), ...Object.fromEntries(Object.entries(busy).map(([key, value]) => [`cpu.${key}`, Math.round(value)])) });
}
await browser.close();
console.log(`load average ${loadavg()[0]!.toFixed(1)}; ms since navigation start (milestones) and the renderer main thread's busy wall time and CPU time (by category) until render-complete:`);
console.table(rows);
if (lastTrace) {
  mkdirSync('.stratum', { recursive: true });
  writeFileSync('.stratum/widgets-render-trace.json', lastTrace);
}
