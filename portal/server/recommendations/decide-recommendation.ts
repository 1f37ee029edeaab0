import 'server-only';
import type { AppliedChange, RecommendationAction, RecommendationApplyResult, RecommendationDto } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { emitEvent, type Tx } from '@/server/webhooks/emit-event';
import { visibleWhere, tenantThreshold, type RecommendationScope } from './list-recommendations.ts';
import { RECOMMENDATION_SELECT, toRecommendationDto } from './recommendation-dto.ts';
import { RecommendationActionSchema } from './schemas.ts';
import { assertNotGated, gateFor, latestChannelHealth } from './trust-gate.ts';

/** Who decides: an embed viewer (token `sub`) or a portal user. */
export interface DecisionActor {
  type: 'embed' | 'user';
  id: string;
  label: string;
}

async function readVisible(tx: Tx, scope: RecommendationScope, id: string) {
  const row = await tx.recommendation.findFirst({ where: { id, ...visibleWhere(scope) }, select: RECOMMENDATION_SELECT });
  if (!row) throw new AppError('NOT_FOUND', 'No such recommendation.');
  return row;
}

/** Executes the action inside the transaction; every write keeps the tenant inside its where. */
async function execute(tx: Tx, tenantId: string, action: RecommendationAction): Promise<AppliedChange[]> {
  switch (action.type) {
    case 'set_daily_budget': {
      const campaign = await tx.campaign.findFirst({ where: { id: action.campaignId, tenantId }, select: { id: true, dailyBudget: true } });
      if (!campaign) throw new AppError('NOT_FOUND', 'The campaign of this recommendation no longer exists.');
      // The change is relative: budgets are stored in the campaign's own currency, the action shows the tenant's.
      const to = Math.round(campaign.dailyBudget * (1 + action.changePct / 100) * 100) / 100;
      await tx.campaign.updateMany({ where: { id: campaign.id, tenantId }, data: { dailyBudget: to } });
      return [{ entity: 'campaign', id: campaign.id, field: 'dailyBudget', from: campaign.dailyBudget, to }];
    }
    case 'pause_campaign': {
      const campaign = await tx.campaign.findFirst({ where: { id: action.campaignId, tenantId }, select: { id: true, status: true } });
      if (!campaign) throw new AppError('NOT_FOUND', 'The campaign of this recommendation no longer exists.');
      await tx.campaign.updateMany({ where: { id: campaign.id, tenantId }, data: { status: 'paused' } });
      return [{ entity: 'campaign', id: campaign.id, field: 'status', from: campaign.status, to: 'paused' }];
    }
    case 'shift_traffic': {
      const variants = await tx.adVariant.findMany({ where: { campaignId: action.campaignId, campaign: { tenantId } }, select: { id: true, trafficShare: true } });
      const changes: AppliedChange[] = [];
      for (const a of action.allocations) {
        const v = variants.find((x) => x.id === a.variantId);
        if (!v) throw new AppError('NOT_FOUND', 'A variant of this recommendation no longer exists.');
        await tx.adVariant.updateMany({ where: { id: v.id, campaign: { tenantId } }, data: { trafficShare: a.to } });
        changes.push({ entity: 'variant', id: v.id, field: 'trafficShare', from: v.trafficShare, to: a.to });
      }
      return changes;
    }
    case 'investigate_anomaly':
    case 'check_tracking':
      return [{ entity: 'none', id: null, field: 'acknowledged', from: null, to: 'yes' }];
  }
}

/** The AuditEvent of a decision, written in the decision's transaction. */
function auditDecision(tx: Tx, scope: RecommendationScope, actor: DecisionActor, action: string, id: string, metadata: Record<string, unknown>) {
  return tx.auditEvent.create({
    data: {
      partnerId: scope.partnerId,
      tenantId: scope.tenantId,
      actorType: actor.type,
      actorId: actor.type === 'user' ? actor.id : null,
      actorLabel: actor.label,
      action,
      targetType: 'recommendation',
      targetId: id,
      metadata: metadata as object,
    },
  });
}

async function previousChanges(tx: Tx, tenantId: string, id: string): Promise<AppliedChange[]> {
  const event = await tx.auditEvent.findFirst({ where: { tenantId, action: 'recommendation.applied', targetType: 'recommendation', targetId: id }, orderBy: { at: 'desc' } });
  const changes = (event?.metadata as { changes?: AppliedChange[] } | null)?.changes;
  return Array.isArray(changes) ? changes : [];
}

/**
 * Applies a recommendation atomically: checks the trust gate, claims the row (open → applied), executes its action,
 * writes an AuditEvent and a "recommendation.applied" webhook event in the same transaction. Applying an applied
 * recommendation returns the same result; a dismissed or expired one is a conflict.
 */
export async function applyRecommendation(db: Db, scope: RecommendationScope, id: string, actor: DecisionActor): Promise<RecommendationApplyResult> {
  const threshold = await tenantThreshold(db, scope);
  const health = await latestChannelHealth(db, scope.tenantId);
  return db.$transaction(async (tx) => {
    const row = await readVisible(tx, scope, id);
    const dto = (r: typeof row) => toRecommendationDto(r, health, threshold);
    if (row.status === 'applied') return { recommendation: dto(row), changes: await previousChanges(tx, scope.tenantId, id), alreadyApplied: true };
    if (row.status !== 'open') throw new AppError('CONFLICT', `This recommendation is ${row.status}; only an open one can be applied.`);
    const action = RecommendationActionSchema.parse(row.action);
    // Advisory only on a degraded channel: a change is refused, acknowledging an alert is not.
    assertNotGated(gateFor(health, row.channel as RecommendationDto['channel'], threshold, action), row.channel as RecommendationDto['channel']);
    const now = new Date();
    const claimed = await tx.recommendation.updateMany({ where: { id, tenantId: scope.tenantId, status: 'open' }, data: { status: 'applied', decidedBy: actor.label, decidedAt: now } });
    if (claimed.count === 0) throw new AppError('CONFLICT', 'This recommendation was decided by someone else a moment ago; reload.');
    const changes = await execute(tx, scope.tenantId, action);
    await auditDecision(tx, scope, actor, 'recommendation.applied', id, { kind: row.kind, action, changes });
    await emitEvent(tx, {
      partnerId: scope.partnerId,
      type: 'recommendation.applied',
      payload: { recommendationId: id, tenantId: scope.tenantId, kind: row.kind, action, changes, appliedBy: actor.label, appliedAt: now.toISOString() },
    });
    const updated = await readVisible(tx, scope, id);
    return { recommendation: dto(updated), changes, alreadyApplied: false };
  });
}

/** Dismisses an open recommendation, recording who and why; dismissing a dismissed one returns it unchanged. */
export async function dismissRecommendation(db: Db, scope: RecommendationScope, id: string, actor: DecisionActor, reason?: string): Promise<RecommendationDto> {
  const threshold = await tenantThreshold(db, scope);
  const health = await latestChannelHealth(db, scope.tenantId);
  return db.$transaction(async (tx) => {
    const row = await readVisible(tx, scope, id);
    if (row.status === 'dismissed') return toRecommendationDto(row, health, threshold);
    if (row.status !== 'open') throw new AppError('CONFLICT', `This recommendation is ${row.status}; only an open one can be dismissed.`);
    const claimed = await tx.recommendation.updateMany({
      where: { id, tenantId: scope.tenantId, status: 'open' },
      data: { status: 'dismissed', decidedBy: actor.label, decidedAt: new Date(), dismissReason: reason || null },
    });
    if (claimed.count === 0) throw new AppError('CONFLICT', 'This recommendation was decided by someone else a moment ago; reload.');
    await auditDecision(tx, scope, actor, 'recommendation.dismissed', id, { kind: row.kind, reason: reason ?? null });
    await emitEvent(tx, { partnerId: scope.partnerId, type: 'recommendation.dismissed', payload: { recommendationId: id, tenantId: scope.tenantId, kind: row.kind, reason: reason ?? null, dismissedBy: actor.label } });
    return toRecommendationDto(await readVisible(tx, scope, id), health, threshold);
  });
}
