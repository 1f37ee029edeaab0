// No 'server-only' marker: the background worker (outside Next) recomputes recommendations with this.
import type { Db } from '@/lib/db';
import { runEngine } from './engine/run-engine.ts';
import type { RecommendationDraft } from './engine/types.ts';
import { loadEngineInput } from './load-engine-input.ts';

/** How long a computed recommendation stays open without being recomputed. */
export const RECOMMENDATION_TTL_DAYS = 7;
/** A recommendation decided (applied or dismissed) on a target silences the same kind on it for this long. */
const COOLDOWN_DAYS = 14;
const DAY_MS = 86_400_000;

export interface RefreshSummary {
  asOf: string | null;
  computed: number;
  created: number;
  updated: number;
  expired: number;
  skipped: number;
}

function fields(d: RecommendationDraft, now: Date) {
  return {
    campaignId: d.campaignId,
    channel: d.channel,
    kind: d.kind,
    action: d.action as object,
    confidence: d.confidence,
    impactExpected: d.impact.expected,
    impactLow: d.impact.low,
    impactHigh: d.impact.high,
    impactCurrency: d.impact.currency,
    impactMetric: d.impact.metric,
    reasoning: d.reasoning,
    evidence: d.evidence as object,
    expiresAt: new Date(now.getTime() + RECOMMENDATION_TTL_DAYS * DAY_MS),
  };
}

const targetKey = (r: { kind: string; campaignId: string | null; channel: string | null }) => `${r.kind}:${r.campaignId ?? r.channel}`;

/**
 * Recomputes a tenant's recommendations: runs the engine on its recent data, upserts by (tenantId, fingerprint),
 * leaves decided ones alone (and silences the same kind on the same target for a cooldown), and expires open ones
 * the engine no longer produces or whose time ran out. Safe to run concurrently: the unique key settles races.
 */
export async function refreshRecommendations(db: Db, tenantId: string, options: { now?: Date; asOf?: string } = {}): Promise<RefreshSummary> {
  const now = options.now ?? new Date();
  const input = await loadEngineInput(db, tenantId, options.asOf);
  const drafts = input ? runEngine(input) : [];
  const existing = await db.recommendation.findMany({
    where: { tenantId, OR: [{ fingerprint: { in: drafts.map((d) => d.fingerprint) } }, { status: { in: ['applied', 'dismissed'] }, decidedAt: { gte: new Date(now.getTime() - COOLDOWN_DAYS * DAY_MS) } }] },
    select: { id: true, fingerprint: true, status: true, kind: true, campaignId: true, channel: true },
  });
  const byFingerprint = new Map(existing.map((e) => [e.fingerprint, e]));
  const cooling = new Set(existing.filter((e) => e.status === 'applied' || e.status === 'dismissed').map(targetKey));
  const summary: RefreshSummary = { asOf: input?.asOf ?? null, computed: drafts.length, created: 0, updated: 0, expired: 0, skipped: 0 };
  for (const d of drafts) {
    const found = byFingerprint.get(d.fingerprint);
    if (found && (found.status === 'applied' || found.status === 'dismissed')) {
      summary.skipped++;
      continue;
    }
    if (!found && cooling.has(targetKey(d))) {
      summary.skipped++;
      continue;
    }
    const data = fields(d, now);
    if (found) {
      await db.recommendation.updateMany({ where: { id: found.id, tenantId, status: { in: ['open', 'expired'] } }, data: { ...data, status: 'open' } });
      summary.updated++;
    } else {
      try {
        await db.recommendation.create({ data: { tenantId, fingerprint: d.fingerprint, ...data } });
        summary.created++;
      } catch (error) {
        // Another refresh created it first (unique tenantId + fingerprint): theirs stands.
        if ((error as { code?: string }).code !== 'P2002') throw error;
        summary.skipped++;
      }
    }
  }
  const stale = await db.recommendation.updateMany({
    where: { tenantId, status: 'open', OR: [{ fingerprint: { notIn: drafts.map((d) => d.fingerprint) } }, { expiresAt: { lt: now } }] },
    data: { status: 'expired' },
  });
  summary.expired = stale.count;
  return summary;
}

const lastRefresh = new Map<string, number>();
/** Recompute on read when this process has not done so for the tenant recently (the worker also runs it on a schedule). */
export const REFRESH_INTERVAL_MS = 10 * 60_000;

export async function ensureFreshRecommendations(db: Db, tenantId: string, now = Date.now()): Promise<void> {
  const last = lastRefresh.get(tenantId);
  if (last !== undefined && now - last < REFRESH_INTERVAL_MS) return;
  lastRefresh.set(tenantId, now);
  try {
    await refreshRecommendations(db, tenantId);
  } catch (error) {
    lastRefresh.delete(tenantId);
    throw error;
  }
}

/** Forget refresh times (after ingest: new data means the next read recomputes). */
export function markRecommendationsStale(tenantId?: string): void {
  if (tenantId) lastRefresh.delete(tenantId);
  else lastRefresh.clear();
}
