import 'server-only';
import { BENCHMARK_METRICS, BENCHMARK_MIN_COHORT, type BenchmarkMetric, type BenchmarkResult, type DateRange, type RowFilters } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { isoDay } from '@/server/analytics/dates';
import { loadFxTable } from '@/server/analytics/fx';
import { scopeConditions } from '@/server/analytics/scope';
import { comparePeers, type TenantTotals } from './peer-statistics';

export interface BenchmarkRequest {
  range: DateRange;
  metrics?: readonly BenchmarkMetric[];
  /** Money (CPA) is shown in this currency. */
  currency: string;
}

/**
 * How the tenant compares with the opted-in tenants of its industry (across all partners). Refused unless the tenant
 * itself opted in and at least BENCHMARK_MIN_COHORT opted-in tenants delivered in the range. Only quartiles blended
 * over the whole cohort leave this function; no peer is named or counted below the threshold.
 */
export async function benchmarkReport(db: Db, scope: { tenantId: string; partnerId: string; rowFilters: RowFilters }, request: BenchmarkRequest): Promise<BenchmarkResult> {
  const tenant = await db.tenant.findFirstOrThrow({
    where: { id: scope.tenantId, partnerId: scope.partnerId },
    select: { id: true, industry: true, benchmarkOptIn: true },
  });
  const refused = (reason: 'NOT_OPTED_IN' | 'COHORT_TOO_SMALL', message: string): BenchmarkResult => ({
    status: 'refused',
    reason,
    industry: tenant.industry,
    minimumCohort: BENCHMARK_MIN_COHORT,
    message,
  });
  if (!tenant.benchmarkOptIn) return refused('NOT_OPTED_IN', 'Benchmarks are shared among tenants that opt in; opt in to compare with your industry.');

  const peers = await db.tenant.findMany({ where: { industry: tenant.industry, benchmarkOptIn: true }, select: { id: true } });
  const tooSmall = () => refused('COHORT_TOO_SMALL', `Benchmarks need at least ${BENCHMARK_MIN_COHORT} participating companies in your industry; there are not enough yet.`);
  if (peers.length < BENCHMARK_MIN_COHORT) return tooSmall();

  const date = { gte: new Date(`${request.range.from}T00:00:00.000Z`), lte: new Date(`${request.range.to}T00:00:00.000Z`) };
  const sums = { spend: true, impressions: true, clicks: true, conversions: true, revenue: true } as const;
  const cohortRows = await db.metricDaily.groupBy({ by: ['tenantId', 'currency', 'date'], where: { tenantId: { in: peers.map((p) => p.id) }, date }, _sum: sums });
  // The viewer's own figure respects its row filters: a viewer limited to some channels sees only those channels' figure.
  const ownRows = await db.metricDaily.groupBy({
    by: ['tenantId', 'currency', 'date'],
    where: { tenantId: tenant.id, date, AND: scopeConditions({ ...scope, currency: request.currency }) },
    _sum: sums,
  });
  const fx = await loadFxTable(db, new Set([...cohortRows, ...ownRows].map((r) => r.currency)), request.currency, request.range.from, request.range.to);
  const totalsOf = (rows: typeof cohortRows) => {
    const totals = new Map<string, TenantTotals>();
    for (const row of rows) {
      const factor = fx.factor(row.currency, request.currency, isoDay(row.date));
      const t = totals.get(row.tenantId) ?? { tenantId: row.tenantId, spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };
      t.spend += (row._sum.spend ?? 0) * factor;
      t.revenue += (row._sum.revenue ?? 0) * factor;
      t.impressions += row._sum.impressions ?? 0;
      t.clicks += row._sum.clicks ?? 0;
      t.conversions += row._sum.conversions ?? 0;
      totals.set(row.tenantId, t);
    }
    return totals;
  };
  const comparison = comparePeers(totalsOf(ownRows).get(tenant.id), [...totalsOf(cohortRows).values()], request.metrics ?? BENCHMARK_METRICS);
  if (comparison.status === 'refused') return tooSmall();
  return { status: 'ok', industry: tenant.industry, range: request.range, currency: request.currency, cohortSize: comparison.cohortSize, figures: comparison.figures };
}
