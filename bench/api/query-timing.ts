/**
 * In-process timing of the analytics engine without the result cache (cache misses), for one tenant:
 *   DATABASE_URL=… STRATUM_DATA_DIR=… npx tsx --conditions react-server bench/api/query-timing.ts
 * Prints the median and p95 milliseconds of each query of the dashboard mix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';
import { connect, resolveDatabaseUrl } from '../../prisma/connect.ts';
import { runMetricQuery } from '../../portal/server/analytics/run-query.ts';
import { dashboardMix } from './dashboard-mix.ts';

const manifest = JSON.parse(readFileSync(path.join(process.env.STRATUM_DATA_DIR ?? '.stratum', 'demo.json'), 'utf8')) as DemoManifest;
const db = connect(resolveDatabaseUrl());
const rounds = Number(process.env.ROUNDS ?? 20);

for (const tenant of manifest.partners.flatMap((p) => p.tenants.map((t) => ({ ...t, partnerId: p.id }))).slice(0, 2)) {
  console.log(`tenant ${tenant.slug} (${tenant.currency})`);
  for (const [i, query] of dashboardMix(manifest.today).entries()) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      await runMetricQuery(db, { partnerId: tenant.partnerId, tenantId: tenant.id, rowFilters: {}, currency: tenant.currency }, query);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`  query ${i} ${JSON.stringify(query.dimensions ?? [])}${query.compare ? ' +compare' : ''}: p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms`);
  }
}
await db.$disconnect();
