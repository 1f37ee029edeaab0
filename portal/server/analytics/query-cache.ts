import 'server-only';
import type { MetricQuery, QueryResult } from '@stratum/contract';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { bumpGeneration, generationOf } from './generations';
import { runMetricQuery } from './run-query';
import type { AnalyticsScope } from './scope';

const MAX_ENTRIES = 2_000;

interface Entry {
  at: number;
  generation: number;
  result: QueryResult;
}

/** Insertion-ordered map used as an LRU: a hit is re-inserted at the end, the oldest entry is evicted first. */
const entries = new Map<string, Entry>();
const inFlight = new Map<string, Promise<QueryResult>>();

/** Marks every cached result of the tenant stale (called after metrics are ingested or changed). */
export function invalidateTenantMetrics(tenantId: string): void {
  bumpGeneration(tenantId);
}

export function clearQueryCache(): void {
  entries.clear();
}

/** The cache key: tenant, the row filters that narrowed it, the currency and the query, canonicalised. */
export function cacheKey(scope: AnalyticsScope, query: MetricQuery): string {
  const sorted = (list?: readonly string[]) => (list ? [...list].sort() : null);
  return JSON.stringify([
    scope.tenantId,
    sorted(scope.rowFilters.channels),
    sorted(scope.rowFilters.campaignIds),
    query.currency ?? scope.currency,
    [...query.metrics],
    query.dimensions ?? [],
    query.grain ?? 'day',
    query.range.from,
    query.range.to,
    query.compare ?? false,
    sorted(query.filters?.channels),
    sorted(query.filters?.campaignIds),
    query.sort?.metric ?? null,
    query.sort?.dir ?? null,
    query.limit ?? null,
  ]);
}

/**
 * runMetricQuery behind a small in-memory result cache (TTL QUERY_CACHE_TTL_SECONDS, per-tenant invalidation).
 * A result of the tenant's current generation that is past its TTL but younger than STALE_FACTOR × TTL is still
 * served while one background computation refreshes it (stale-while-revalidate): the TTL only bounds how late
 * writers this process does not see (other instances, the seed) show up, and a dashboard in steady use never waits
 * for it. A generation change (metrics written through this process) is never served stale.
 */
export async function runCachedMetricQuery(scope: AnalyticsScope, query: MetricQuery): Promise<QueryResult> {
  const ttlMs = env().QUERY_CACHE_TTL_SECONDS * 1000;
  if (ttlMs === 0) return runMetricQuery(db, scope, query);
  const started = performance.now();
  const key = cacheKey(scope, query);
  const generation = generationOf(scope.tenantId);
  const hit = entries.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && hit.generation === generation && age < ttlMs * STALE_FACTOR) {
    entries.delete(key);
    entries.set(key, hit);
    if (age >= ttlMs) void compute(scope, query, key, generation).catch(() => entries.delete(key));
    return { ...hit.result, meta: { tookMs: Math.round((performance.now() - started) * 100) / 100, cached: true } };
  }
  return compute(scope, query, key, generation);
}

/** How many TTLs a result of the current generation may be served (stale) while it is refreshed. */
export const STALE_FACTOR = 2;

/** Computes and caches a result; identical queries arriving meanwhile share it (a dashboard opened by many at once). */
function compute(scope: AnalyticsScope, query: MetricQuery, key: string, generation: number): Promise<QueryResult> {
  const flightKey = `${generation}|${key}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const computing = runMetricQuery(db, scope, query)
    .then((result) => {
      entries.delete(key);
      entries.set(key, { at: Date.now(), generation, result });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return result;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, computing);
  return computing;
}
