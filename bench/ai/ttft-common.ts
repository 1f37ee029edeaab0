import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Shared by the copilot TTFT benches: the message mix, the stream timer and the result file. */
export const BUDGET_MS = 150;

export const MESSAGES = [
  'How much did we spend last week?',
  'revenue by channel for the last 30 days',
  'Why did conversions drop since Black Friday?',
  'what should I do to improve performance?',
  "Create a campaign targeting users who haven't purchased in 30 days with a 10% discount",
  'and on Google?',
  'ROAS in Q3',
  'hello',
];

export function userMessage(thread: string, text: string) {
  return { id: thread, messages: [{ id: `m${Math.random().toString(36).slice(2)}`, role: 'user' as const, parts: [{ type: 'text' as const, text }] }] };
}

/** Reads a UI message stream to its end: milliseconds from `started` to the first text-delta, and to the end. */
export async function timeStream(body: ReadableStream<Uint8Array>, started: number): Promise<{ ttft: number; total: number }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ttft = -1;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    if (ttft < 0 && buffer.includes('"type":"text-delta"')) ttft = performance.now() - started;
    if (done) break;
  }
  if (ttft < 0) throw new Error('no text-delta in the stream');
  return { ttft, total: performance.now() - started };
}

/** Runs warm-up then `runs` timed turns, prints and writes the summary; exit code 1 when the median misses the budget. */
export async function benchTurns(name: string, runs: number, turn: (thread: string, text: string) => Promise<{ ttft: number; total: number }>, extra: Record<string, unknown> = {}): Promise<void> {
  const loadAtStart = loadavg().map((l) => +l.toFixed(2));
  for (let i = 0; i < 5; i++) await turn(`bench-warm-${Date.now()}`, MESSAGES[i % MESSAGES.length]!);
  const ttfts: number[] = [];
  const totals: number[] = [];
  const perMessage = new Map<string, number[]>();
  const stamp = Date.now();
  for (let i = 0; i < runs; i++) {
    const r = await turn(`bench-${stamp}-${Math.floor(i / MESSAGES.length)}`, MESSAGES[i % MESSAGES.length]!);
    ttfts.push(r.ttft);
    totals.push(r.total);
    const text = MESSAGES[i % MESSAGES.length]!;
    perMessage.set(text, [...(perMessage.get(text) ?? []), r.ttft]);
  }
  const pct = (s: number[], p: number) => +s.sort((a, b) => a - b)[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
  const result = {
    at: new Date().toISOString(),
    ...extra,
    /** 1-, 5- and 15-minute load averages when the bench started and ended (2 cores shared: read figures with them). */
    loadAverage: { start: loadAtStart, end: loadavg().map((l) => +l.toFixed(2)) },
    runs,
    ttftMs: { median: pct(ttfts, 50), p95: pct(ttfts, 95), min: pct(ttfts, 0) },
    completeMs: { median: pct(totals, 50), p95: pct(totals, 95) },
    /** Median TTFT of each message of the mix: which kind of turn is slow. */
    ttftMedianByMessage: Object.fromEntries([...perMessage].map(([text, list]) => [text, pct(list, 50)])),
    budgetMs: BUDGET_MS,
    withinBudget: pct(ttfts, 50) <= BUDGET_MS,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  if (!result.withinBudget) process.exitCode = 1;
}
