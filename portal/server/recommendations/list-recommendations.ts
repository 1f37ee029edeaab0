import 'server-only';
import type { RecommendationListResult, RowFilters } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { RECOMMENDATION_SELECT, toRecommendationDto } from './recommendation-dto.ts';
import { ensureFreshRecommendations } from './refresh-recommendations.ts';
import type { ListRecommendationsQuery } from './schemas.ts';
import { latestChannelHealth } from './trust-gate.ts';

/** Who reads or decides recommendations: a tenant, narrowed by the token's row filters. */
export interface RecommendationScope {
  partnerId: string;
  tenantId: string;
  rowFilters: RowFilters;
  /** The embed token's scopes, when an embed asks (a portal user or the copilot's own checks decide otherwise). */
  scopes?: readonly string[];
}

/**
 * Row-level visibility inside the where: a channel filter hides other channels; a campaign filter hides other
 * campaigns and channel-wide recommendations (they aggregate campaigns the viewer may not see).
 */
export function visibleWhere(scope: RecommendationScope) {
  const and: object[] = [];
  if (scope.rowFilters.channels) and.push({ channel: { in: scope.rowFilters.channels } });
  if (scope.rowFilters.campaignIds) and.push({ campaignId: { in: scope.rowFilters.campaignIds } });
  return { tenantId: scope.tenantId, tenant: { partnerId: scope.partnerId }, AND: and };
}

export async function tenantThreshold(db: Db, scope: RecommendationScope): Promise<number> {
  const tenant = await db.tenant.findFirst({ where: { id: scope.tenantId, partnerId: scope.partnerId }, select: { trustGateThreshold: true } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such tenant.');
  return tenant.trustGateThreshold;
}

/** The tenant's recommendations (recomputed when stale), sorted by expected impact, with each channel's trust gate. */
export async function listRecommendations(db: Db, scope: RecommendationScope, query: ListRecommendationsQuery): Promise<RecommendationListResult> {
  const threshold = await tenantThreshold(db, scope);
  await ensureFreshRecommendations(db, scope.tenantId);
  const rows = await db.recommendation.findMany({
    where: {
      ...visibleWhere(scope),
      ...(query.status === 'all' ? {} : { status: query.status }),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
    },
    orderBy: [{ impactExpected: 'desc' }, { id: 'asc' }],
    take: query.limit,
    select: RECOMMENDATION_SELECT,
  });
  const health = await latestChannelHealth(db, scope.tenantId);
  const recommendations = rows.flatMap((r) => {
    try {
      return [toRecommendationDto(r, health, threshold)];
    } catch (error) {
      // A row the engine did not write (or an older shape) must not take the whole list down.
      console.error(`recommendation ${r.id} is unreadable; skipped`, error);
      return [];
    }
  });
  return { threshold, recommendations, canDecide: scope.scopes ? scope.scopes.includes('recommendations:apply') : true };
}
