/**
 * Embed API load benchmark against the production build (`npx next build portal` first), with autocannon:
 *   1. steady offered load (autocannon -R, default 200 req/s) of the dashboard query mix → p50/p95/p99 latency;
 *   1b. the same rate truly steady (one request every 5 ms, open loop) → p50/p95/p99 latency;
 *   2. closed loop with 100 connections of repeated (cached) dashboard queries → throughput.
 * Each run starts the production server (scripts/lib/portal-server.ts: Next plus the embed API fast lane) on BENCH_PORT, mints embed tokens for every demo tenant from demo.json
 * (as a partner's backend would), and writes bench/results/embed-api-<label>.json.
 *
 *   DATABASE_URL=… STRATUM_DATA_DIR=<dir with demo.json and secret.key> BENCH_LABEL=sqlite-1m npx tsx bench/api/run.ts
 *
 * Env: BENCH_PORT (3110), BENCH_RATE (200), BENCH_SECONDS (20), BENCH_CONNECTIONS (100), QUERY_CACHE_TTL_SECONDS
 * (passed to the server; 0 measures cache misses only), BENCH_PHASES (fixed-rate,steady-rate,closed-loop), BENCH_SERVER=next-start (bare
 * `next start`, no fast lane, for comparison), BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" for the server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';
import { dashboardMix } from './dashboard-mix.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.BENCH_PORT ?? 3110);
const rate = Number(process.env.BENCH_RATE ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const label = process.env.BENCH_LABEL ?? 'local';
const phases = (process.env.BENCH_PHASES ?? 'fixed-rate,steady-rate,closed-loop').split(',');
const dataDir = path.resolve(ROOT, process.env.STRATUM_DATA_DIR ?? '.stratum');
const base = `http://localhost:${port}`;

const manifest = JSON.parse(readFileSync(path.join(dataDir, 'demo.json'), 'utf8')) as DemoManifest;

async function mint(appId: string, secret: string, tenant: string): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ tenant, scopes: ['dashboards:*'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(appId)
    .setSubject('bench-viewer')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 900)
    .sign(new TextEncoder().encode(secret));
}

function startServer(): ChildProcess {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // The production server (scripts/lib/portal-server.ts, as `npm start` runs it); BENCH_SERVER=next-start measures bare `next start`.
  const serverArgs =
    process.env.BENCH_SERVER === 'next-start'
      ? [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', 'portal', '-p', String(port)]
      : ['--import', 'tsx', path.join(ROOT, 'scripts/lib/portal-server.ts')];
  const child = spawn(process.execPath, [...nodeArgs, ...serverArgs], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      STRATUM_DATA_DIR: dataDir,
      EMBED_RATE_LIMIT_PER_SECOND: process.env.EMBED_RATE_LIMIT_PER_SECOND ?? '0',
    },
  });
  return child;
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/api/embed/v1/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the portal did not start');
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
}

/** CPU seconds (user + system) the server process has used so far, from /proc (Linux). */
function serverCpuSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

async function load(requests: autocannon.Request[], options: { overallRate?: number; connections: number }) {
  const times: number[] = [];
  const cpuBefore = serverCpuSeconds();
  const clientBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const opts = { url: base, duration: seconds, connections: options.connections, requests, ...(options.overallRate ? { overallRate: options.overallRate } : {}) };
    const instance = autocannon(opts, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const cpuAfter = serverCpuSeconds();
  const client = process.cpuUsage(clientBefore);
  const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? Math.round(((cpuAfter - cpuBefore) * 1000 * 100) / result.requests.total) / 100 : null;
  return {
    /** Server CPU time per request: independent of how loaded the machine was; one core serves ≈ 1000 / this. */
    serverCpuMsPerRequest: cpuMsPerRequest,
    /** CPU the load generator (autocannon, this process) used per request: it shares the machine's cores. */
    clientCpuMsPerRequest: result.requests.total > 0 ? Math.round(((client.user + client.system) / 1000 / result.requests.total) * 100) / 100 : null,
    requests: result.requests.total,
    throughputPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), max: percentile(times, 1) },
    autocannonLatencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
  };
}

/**
 * A truly steady open-loop load: one request every 1000/rate ms (autocannon -R instead sends each connection's quota
 * for the second back to back as soon as the second starts, a burst of 20 concurrent closed loops). Each request's
 * latency counts from its scheduled send time, so a stalled server cannot hide queueing (no coordinated omission).
 */
async function steady(requests: autocannon.Request[], perSecond: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const times: number[] = [];
  let errors = 0;
  const cpuBefore = serverCpuSeconds();
  const clientBefore = process.cpuUsage();
  const interval = 1000 / perSecond;
  const total = Math.round(seconds * perSecond);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const r = requests[i % requests.length]!;
    pending.push(
      new Promise<void>((resolve) => {
        const req = http.request(`${base}${r.path}`, { method: r.method, headers: r.headers as Record<string, string>, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors += 1;
            times.push(performance.now() - due);
            resolve();
          });
        });
        req.on('error', () => ((errors += 1), resolve()));
        req.end(r.body as string);
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  const cpuAfter = serverCpuSeconds();
  const client = process.cpuUsage(clientBefore);
  return {
    serverCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null ? Math.round(((cpuAfter - cpuBefore) * 1000 * 100) / total) / 100 : null,
    clientCpuMsPerRequest: Math.round(((client.user + client.system) / 1000 / total) * 100) / 100,
    requests: total,
    throughputPerSecond: Math.round((total / elapsed) * 10) / 10,
    errors,
    latencyMs: { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), max: percentile(times, 1) },
  };
}

const server = startServer();
try {
  await waitForHealth();
  const health = (await (await fetch(`${base}/api/embed/v1/health`)).json()) as { database: string };
  const tenants = manifest.partners.flatMap((p) => p.tenants.map((t) => ({ app: p.embedApp, tenant: t })));
  const mix = dashboardMix(manifest.today);
  const requests: autocannon.Request[] = [];
  for (const { app, tenant } of tenants) {
    const token = await mint(app.id, app.secret, tenant.id);
    for (const query of mix) {
      requests.push({ method: 'POST', path: '/api/embed/v1/query', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(query) });
    }
  }
  // One request of each kind up front proves they all answer 200 (and warms the JIT, not the cache: TTL may be 0).
  for (const r of requests) {
    const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers as Record<string, string>, body: r.body as string });
    if (!res.ok) throw new Error(`warm-up ${res.status}: ${await res.text()}`);
  }
  const results: Record<string, unknown> = {};
  if (phases.includes('fixed-rate')) {
    results.fixedRate = { offeredPerSecond: rate, connections: 20, seconds, ...(await load(requests, { overallRate: rate, connections: 20 })) };
    console.log('fixed rate', JSON.stringify(results.fixedRate));
  }
  if (phases.includes('steady-rate')) {
    results.steadyRate = { offeredPerSecond: rate, seconds, ...(await steady(requests, rate)) };
    console.log('steady rate', JSON.stringify(results.steadyRate));
  }
  if (phases.includes('closed-loop')) {
    results.closedLoop = { connections, seconds, ...(await load(requests, { connections })) };
    console.log('closed loop', JSON.stringify(results.closedLoop));
  }
  const rows = await (async () => {
    try {
      return manifest.counts?.MetricDaily ?? null;
    } catch {
      return null;
    }
  })();
  const out = {
    label,
    at: new Date().toISOString(),
    database: health.database,
    metricDailyRows: rows,
    distinctQueries: requests.length,
    queryCacheTtlSeconds: Number(process.env.QUERY_CACHE_TTL_SECONDS ?? 60),
    server: process.env.BENCH_SERVER === 'next-start' ? 'next start' : process.env.EMBED_FAST_LANE === '0' ? 'portal-server, fast lane off' : 'portal-server with the embed fast lane',
    workerInPortal: !['0', 'false'].includes(process.env.WORKER_IN_PORTAL ?? ''),
    machine: { cpus: (await import('node:os')).cpus().length, loadAverage: (await import('node:os')).loadavg().map((l) => Math.round(l * 100) / 100) },
    ...results,
  };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results', `embed-api-${label}.json`), JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote bench/results/embed-api-${label}.json`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
