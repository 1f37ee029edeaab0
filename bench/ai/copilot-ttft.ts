/**
 * Time to first streamed token of the copilot's built-in engine, over HTTP against a running production portal
 * with the demo data: POST /api/embed/v1/copilot with a demo embed token, timing from the request to the first
 * `text-delta` chunk of the UI message stream (and to the end of the stream). Budget: median TTFT ≤ 150 ms.
 *
 *   PORTAL_URL=http://localhost:3120 npx tsx bench/ai/copilot-ttft.ts [runs]
 *
 * The portal must run with STRATUM_DEMO=1 (npm start does; so does scripts/e2e-server.ts).
 */
import { writeFileSync, mkdirSync } from 'node:fs';

const portal = process.env.PORTAL_URL ?? 'http://localhost:3000';
const runs = Number(process.argv[2] ?? 60);
const BUDGET_MS = 150;

const MESSAGES = [
  'How much did we spend last week?',
  'revenue by channel for the last 30 days',
  'Why did conversions drop since Black Friday?',
  'what should I do to improve performance?',
  "Create a campaign targeting users who haven't purchased in 30 days with a 10% discount",
  'and on Google?',
  'ROAS in Q3',
  'hello',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function token(): Promise<string> {
  const r = await fetch(`${portal}/api/demo/embed-token?tenant=acme-outfitters&viewer=bench-ttft`);
  if (!r.ok) throw new Error(`demo token: ${r.status} ${await r.text()} — is the portal running with the demo data at ${portal}?`);
  return ((await r.json()) as { token: string }).token;
}

async function once(jwt: string, thread: string, text: string): Promise<{ ttft: number; total: number }> {
  const started = performance.now();
  const r = await fetch(`${portal}/api/embed/v1/copilot`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: thread, messages: [{ id: `m${Math.random().toString(36).slice(2)}`, role: 'user', parts: [{ type: 'text', text }] }] }),
  });
  if (!r.ok || !r.body) throw new Error(`copilot: ${r.status} ${await r.text()}`);
  const reader = r.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ttft = -1;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    if (ttft < 0 && buffer.includes('"type":"text-delta"')) ttft = performance.now() - started;
    if (done) break;
  }
  if (ttft < 0) throw new Error(`no text-delta in the stream for "${text}"`);
  return { ttft, total: performance.now() - started };
}

const jwt = await token();
// Warm-up: first requests compile routes and fill caches.
for (let i = 0; i < 5; i++) await once(jwt, `bench-warm-${Date.now()}`, MESSAGES[i % MESSAGES.length]!);
const ttfts: number[] = [];
const totals: number[] = [];
const thread = `bench-${Date.now()}`;
for (let i = 0; i < runs; i++) {
  const { ttft, total } = await once(jwt, `${thread}-${Math.floor(i / MESSAGES.length)}`, MESSAGES[i % MESSAGES.length]!);
  ttfts.push(ttft);
  totals.push(total);
}
ttfts.sort((a, b) => a - b);
totals.sort((a, b) => a - b);
const result = {
  at: new Date().toISOString(),
  portal,
  runs,
  ttftMs: { median: +percentile(ttfts, 50).toFixed(1), p95: +percentile(ttfts, 95).toFixed(1), min: +ttfts[0]!.toFixed(1), max: +ttfts[ttfts.length - 1]!.toFixed(1) },
  completeMs: { median: +percentile(totals, 50).toFixed(1), p95: +percentile(totals, 95).toFixed(1) },
  budgetMs: BUDGET_MS,
  withinBudget: percentile(ttfts, 50) <= BUDGET_MS,
};
console.log(JSON.stringify(result, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/ai-copilot-ttft.json', `${JSON.stringify(result, null, 2)}\n`);
if (!result.withinBudget) process.exitCode = 1;
