/**
 * Marketplace search latency with 10,000 published listings, on a temp SQLite database (FTS5), optionally also
 * on PostgreSQL (BENCH_PG_URL=postgresql://…/postgres: a scratch database is created and dropped).
 *   PRISMA_SCHEMA_ENGINE_BINARY=… npx tsx bench/marketplace/search.ts
 * Writes bench/results/marketplace-search.json: median and p95 per query mix, in milliseconds, measured through
 * searchListings() (the same function the marketplace page and the REST API call).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { connect, type Db, type DbKind } from '../../prisma/connect.ts';
import { searchListings } from '../../portal/server/marketplace/search/search-listings.ts';
import { ensureSearchIndex } from '../../portal/server/marketplace/search/ensure-search-index.ts';
import { CATEGORIES, LISTING_KINDS, PRICING } from '../../portal/server/marketplace/listing-input.ts';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const WORDS = ['roas', 'spend', 'revenue', 'meta', 'google', 'tiktok', 'linkedin', 'email', 'attribution', 'budget', 'pacing', 'cohort', 'funnel', 'lead', 'conversion', 'creative', 'anomaly', 'forecast', 'retention', 'ecommerce', 'shopify', 'signal', 'health', 'dashboard', 'connector', 'agency', 'report', 'weekly', 'benchmark', 'margin'];
const FILLER = 'track measure compare channel campaign audience growth insight daily trend performance optimise team client brand'.split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]!;
}

/** 400 rarer terms (product names, niche topics): each appears in roughly 1% of listings. */
const RARE = Array.from({ length: 400 }, (_, i) => `${['zen', 'kor', 'vel', 'mab', 'tur'][i % 5]}${['ix', 'ora', 'uma', 'eno'][i % 4]}${i}`);

function sentence(r: () => number, words: number): string {
  return Array.from({ length: words }, () => {
    const x = r();
    return x < 0.35 ? pick(r, WORDS) : x < 0.37 ? pick(r, RARE) : pick(r, FILLER);
  }).join(' ');
}

async function plant(db: Db, kind: DbKind): Promise<void> {
  const r = rng(42);
  const publishers = await Promise.all(Array.from({ length: 50 }, (_, i) => db.partner.create({ data: { slug: `bench-pub-${i}`, name: `Bench Publisher ${i}` } })));
  const batch = 500;
  for (let start = 0; start < LISTINGS; start += batch) {
    await db.listing.createMany({
      data: Array.from({ length: Math.min(batch, LISTINGS - start) }, (_, j) => {
        const i = start + j;
        return {
          publisherId: publishers[i % publishers.length]!.id,
          kind: pick(r, LISTING_KINDS),
          slug: `bench-listing-${i}`,
          title: `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, FILLER)}`.replace(/^./, (c) => c.toUpperCase()),
          summary: sentence(r, 14).slice(0, 140),
          description: Array.from({ length: 4 }, () => sentence(r, 40)).join('\n\n'),
          categories: [pick(r, CATEGORIES), pick(r, CATEGORIES)],
          screenshots: [],
          pricing: pick(r, PRICING),
          verified: r() < 0.2,
          status: r() < 0.95 ? 'published' : 'in_review',
          installCount: Math.floor(r() * 5000),
          ratingAverage: Math.round(r() * 500) / 100,
          ratingCount: Math.floor(r() * 300),
          publishedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 600) * 86_400_000),
        };
      }),
    });
  }
  // createMany bypasses nothing in SQL: the triggers indexed every row (SQLite); PostgreSQL indexes by expression.
  await ensureSearchIndex(db, kind);
  if (kind === 'postgres') await db.$executeRawUnsafe('ANALYZE "Listing"');
}

const MIXES: { name: string; params: (r: () => number) => Record<string, unknown> }[] = [
  { name: 'common word (relevance; matches ~85%)', params: (r) => ({ q: pick(r, WORDS) }) },
  { name: 'rare word (relevance; matches ~1%)', params: (r) => ({ q: pick(r, RARE) }) },
  { name: 'two words (relevance)', params: (r) => ({ q: `${pick(r, WORDS)} ${pick(r, WORDS)}` }) },
  { name: 'prefix while typing', params: (r) => ({ q: pick(r, WORDS).slice(0, 3) }) },
  { name: 'word + kind + verified', params: (r) => ({ q: pick(r, WORDS), kind: pick(r, LISTING_KINDS), verified: 'true' }) },
  { name: 'browse by category, sort installs', params: (r) => ({ category: pick(r, CATEGORIES), sort: 'installs' }) },
  { name: 'browse all, sort rating, page 20', params: () => ({ sort: 'rating', page: 20 }) },
  { name: 'word, sort newest, pricing', params: (r) => ({ q: pick(r, WORDS), sort: 'newest', pricing: pick(r, PRICING) }) },
];

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round(sorted[i]! * 100) / 100;
}

async function measure(db: Db, kind: DbKind) {
  const ctx = { db, dbKind: kind };
  const r = rng(7);
  for (let i = 0; i < 20; i++) await searchListings(ctx, pick(r, MIXES).params(r)); // warm-up
  const results: Record<string, { median: number; p95: number; runs: number; meanTotal: number }> = {};
  const all: number[] = [];
  for (const mix of MIXES) {
    const times: number[] = [];
    let totals = 0;
    for (let i = 0; i < RUNS; i++) {
      const params = mix.params(r);
      const t0 = performance.now();
      const res = await searchListings(ctx, params);
      times.push(performance.now() - t0);
      totals += res.total;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    results[mix.name] = { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs: RUNS, meanTotal: Math.round(totals / RUNS) };
  }
  all.sort((a, b) => a - b);
  return { overall: { median: quantile(all, 0.5), p95: quantile(all, 0.95), runs: all.length }, mixes: results };
}

function migrate(url: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
}

async function sqlite() {
  const file = path.resolve('.stratum/mkt-bench-search.db');
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(file + s, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  migrate(`file:${file}`);
  const db = connect(`file:${file}`);
  try {
    const t0 = performance.now();
    await plant(db, 'sqlite');
    console.log(`sqlite: planted ${LISTINGS} listings in ${Math.round(performance.now() - t0)} ms`);
    return await measure(db, 'sqlite');
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP_DB) for (const s of ['', '-wal', '-shm', '-journal']) rmSync(file + s, { force: true });
  }
}

async function postgres(adminUrl: string) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS mkt_bench_search WITH (FORCE)');
  await admin.query('CREATE DATABASE mkt_bench_search');
  const url = adminUrl.replace(/\/[^/]*$/, '/mkt_bench_search');
  migrate(url);
  const db = connect(url);
  try {
    const t0 = performance.now();
    await plant(db, 'postgres');
    console.log(`postgres: planted ${LISTINGS} listings in ${Math.round(performance.now() - t0)} ms`);
    return await measure(db, 'postgres');
  } finally {
    await db.$disconnect();
    await admin.query('DROP DATABASE IF EXISTS mkt_bench_search WITH (FORCE)');
    await admin.end();
  }
}

const report: Record<string, unknown> = {
  benchmark: 'marketplace search (searchListings), ms per call',
  listings: LISTINGS,
  runsPerMix: RUNS,
  node: process.version,
  cpus: cpus().length,
  /** The machine is shared: a high load average inflates every figure. */
  loadAverageAtStart: loadavg().map((l) => Math.round(l * 10) / 10),
  at: new Date().toISOString(),
  sqlite: await sqlite(),
};
if (process.env.BENCH_PG_URL) report.postgres = await postgres(process.env.BENCH_PG_URL);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/marketplace-search.json', JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
