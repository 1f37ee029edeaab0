/**
 * Time to first streamed token of the copilot's built-in engine, in process (no HTTP, no token verification): the
 * chat handler on a real seeded database, timed from the call to the first `text-delta` chunk of its UI message
 * stream. The HTTP variant (bench/ai/copilot-ttft.ts) adds the embed API's own cost. Budget: median ≤ 150 ms.
 *
 *   DATABASE_URL=file:.stratum/ai-dev.db node --conditions=react-server --import tsx bench/ai/copilot-engine-ttft.ts [runs]
 *
 * (react-server: the server modules import 'server-only', which is empty under that condition.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, resolveDatabaseUrl } from '../../prisma/connect.ts';
import type { CopilotContext } from '../../portal/server/copilot/context.ts';
import { copilotToday, handleCopilotChat } from '../../portal/server/copilot/handle-chat.ts';

const runs = Number(process.argv[2] ?? 100);
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

const db = connect(resolveDatabaseUrl());
const tenant = await db.tenant.findFirstOrThrow({ where: { slug: 'acme-outfitters' } });
const ctx: CopilotContext = {
  db,
  partnerId: tenant.partnerId,
  tenantId: tenant.id,
  viewerId: 'bench-engine',
  rowFilters: {},
  scopes: ['copilot', 'recommendations'],
  currency: tenant.currency,
  tenant: { name: tenant.name, currency: tenant.currency, trustGateThreshold: tenant.trustGateThreshold },
  today: await copilotToday({ db, tenantId: tenant.id }),
  actor: { type: 'embed', id: 'bench-engine', label: 'bench-engine' },
};

async function once(thread: string, text: string): Promise<{ ttft: number; total: number }> {
  const started = performance.now();
  const response = await handleCopilotChat(ctx, { id: thread, messages: [{ id: `m${Math.random().toString(36).slice(2)}`, role: 'user', parts: [{ type: 'text', text }] }] });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ttft = -1;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    if (ttft < 0 && buffer.includes('"type":"text-delta"')) ttft = performance.now() - started;
    if (done) break;
  }
  return { ttft, total: performance.now() - started };
}

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
for (let i = 0; i < 8; i++) await once(`bench-engine-warm-${Date.now()}`, MESSAGES[i % MESSAGES.length]!);
const ttfts: number[] = [];
const totals: number[] = [];
const stamp = Date.now();
for (let i = 0; i < runs; i++) {
  const r = await once(`bench-engine-${stamp}-${Math.floor(i / MESSAGES.length)}`, MESSAGES[i % MESSAGES.length]!);
  ttfts.push(r.ttft);
  totals.push(r.total);
}
ttfts.sort((a, b) => a - b);
totals.sort((a, b) => a - b);
const result = {
  at: new Date().toISOString(),
  runs,
  ttftMs: { median: +pct(ttfts, 50).toFixed(1), p95: +pct(ttfts, 95).toFixed(1), min: +ttfts[0]!.toFixed(1) },
  completeMs: { median: +pct(totals, 50).toFixed(1), p95: +pct(totals, 95).toFixed(1) },
  budgetMs: BUDGET_MS,
  withinBudget: pct(ttfts, 50) <= BUDGET_MS,
};
await db.copilotThread.deleteMany({ where: { tenantId: tenant.id, viewerId: 'bench-engine' } });
await db.$disconnect();
console.log(JSON.stringify(result, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/ai-copilot-engine-ttft.json', `${JSON.stringify(result, null, 2)}\n`);
if (!result.withinBudget) process.exitCode = 1;
