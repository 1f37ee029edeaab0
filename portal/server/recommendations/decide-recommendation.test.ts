import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { applyRecommendation, dismissRecommendation, type DecisionActor } from './decide-recommendation.ts';
import { listRecommendations, type RecommendationScope } from './list-recommendations.ts';
import { refreshRecommendations } from './refresh-recommendations.ts';
import { insertSyntheticTenant } from './testing/insert-synthetic.ts';
import { syntheticTenant } from './testing/synthetic-dataset.ts';
import { changesSomething } from './trust-gate.ts';

let t: TestDb;
let scope: RecommendationScope;
let other: RecommendationScope;
let ids: Awaited<ReturnType<typeof insertSyntheticTenant>>;
const actor: DecisionActor = { type: 'embed', id: 'viewer-1', label: 'embed:viewer-1' };
const all = { status: 'all' as const, limit: 100 };
const open = { status: 'open' as const, limit: 100 };

beforeAll(async () => {
  t = await createTestDb();
  ids = await insertSyntheticTenant(t.db, syntheticTenant(7, true), 'reco-a');
  const b = await insertSyntheticTenant(t.db, syntheticTenant(8, true), 'reco-b');
  scope = { partnerId: ids.partnerId, tenantId: ids.tenantId, rowFilters: {} };
  other = { partnerId: b.partnerId, tenantId: b.tenantId, rowFilters: {} };
});
afterAll(async () => t?.drop());

describe('recommendations in the database', () => {
  it('refresh creates one row per finding and recomputing updates instead of duplicating', async () => {
    const first = await refreshRecommendations(t.db, scope.tenantId);
    expect(first.asOf).toBe('2026-11-25');
    expect(first.created).toBeGreaterThanOrEqual(5);
    const second = await refreshRecommendations(t.db, scope.tenantId);
    expect(second.created).toBe(0);
    expect(second.updated).toBe(first.created);
    expect(await t.db.recommendation.count({ where: { tenantId: scope.tenantId } })).toBe(first.created);
  });

  it('expires open recommendations the engine no longer produces', async () => {
    const stale = await t.db.recommendation.create({
      data: { tenantId: scope.tenantId, kind: 'anomaly', action: { type: 'check_tracking', channel: 'meta', forecastCrossDate: null }, confidence: 0.5, impactExpected: 1, impactLow: 0, impactHigh: 2, impactCurrency: 'USD', reasoning: 'old', evidence: {}, fingerprint: 'anomaly:x:conversions:2020-01-01', expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const summary = await refreshRecommendations(t.db, scope.tenantId);
    expect(summary.expired).toBe(1);
    expect((await t.db.recommendation.findUnique({ where: { id: stale.id } }))?.status).toBe('expired');
  });

  it('says whether the asking token may decide (recommendations:apply)', async () => {
    expect((await listRecommendations(t.db, { ...scope, scopes: ['recommendations'] }, open)).canDecide).toBe(false);
    expect((await listRecommendations(t.db, { ...scope, scopes: ['recommendations', 'recommendations:apply'] }, open)).canDecide).toBe(true);
  });

  it('lists by expected impact, with row filters applied inside the query', async () => {
    const { recommendations } = await listRecommendations(t.db, scope, open);
    expect(recommendations.length).toBeGreaterThanOrEqual(5);
    const impacts = recommendations.map((r) => r.impact.expected);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    const metaOnly = await listRecommendations(t.db, { ...scope, rowFilters: { channels: ['meta'] } }, open);
    expect(metaOnly.recommendations.length).toBeGreaterThan(0);
    expect(metaOnly.recommendations.every((r) => r.channel === 'meta')).toBe(true);
    const oneCampaign = await listRecommendations(t.db, { ...scope, rowFilters: { campaignIds: [ids.campaignIds.get('t7-c0')!] } }, open);
    expect(oneCampaign.recommendations.map((r) => r.campaign?.id)).toEqual([ids.campaignIds.get('t7-c0')]);
    const none = await listRecommendations(t.db, { ...scope, rowFilters: { campaignIds: [] } }, open);
    expect(none.recommendations).toEqual([]);
  });

  it('applies a budget increase atomically, audited, with a webhook event, idempotently', async () => {
    const { recommendations } = await listRecommendations(t.db, scope, open);
    const rec = recommendations.find((r) => r.kind === 'budget_increase')!;
    expect(rec.trustGate.gated).toBe(false);
    const campaignId = rec.campaign!.id;
    const before = (await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).dailyBudget;
    const result = await applyRecommendation(t.db, scope, rec.id, actor);
    expect(result.alreadyApplied).toBe(false);
    expect(result.recommendation.status).toBe('applied');
    expect(result.recommendation.decidedBy).toBe('embed:viewer-1');
    const after = (await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).dailyBudget;
    expect(rec.action.type).toBe('set_daily_budget');
    expect(after).toBeCloseTo(before * (1 + (rec.action.type === 'set_daily_budget' ? rec.action.changePct : 0) / 100), 2);
    expect(result.changes).toEqual([{ entity: 'campaign', id: campaignId, field: 'dailyBudget', from: before, to: after }]);
    expect(await t.db.auditEvent.count({ where: { tenantId: scope.tenantId, action: 'recommendation.applied', targetId: rec.id } })).toBe(1);
    expect(await t.db.webhookEvent.count({ where: { partnerId: scope.partnerId, type: 'recommendation.applied' } })).toBe(1);

    const again = await applyRecommendation(t.db, scope, rec.id, actor);
    expect(again.alreadyApplied).toBe(true);
    expect(again.changes).toEqual(result.changes);
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).dailyBudget).toBe(after);
    expect(await t.db.auditEvent.count({ where: { action: 'recommendation.applied', targetId: rec.id } })).toBe(1);
  });

  it('shifts A/B traffic and pauses a bleeding campaign', async () => {
    const { recommendations } = await listRecommendations(t.db, scope, open);
    const ab = recommendations.find((r) => r.kind === 'ab_test_winner')!;
    await applyRecommendation(t.db, scope, ab.id, actor);
    const winner = ab.action.type === 'shift_traffic' ? ab.action.winnerVariantId : '';
    expect((await t.db.adVariant.findUniqueOrThrow({ where: { id: winner } })).trafficShare).toBe(0.9);
    const pause = recommendations.find((r) => r.kind === 'pause_campaign')!;
    await applyRecommendation(t.db, scope, pause.id, actor);
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: pause.campaign!.id } })).status).toBe('paused');
  });

  it('refuses to apply a change on a channel below the trust gate, but lets an alert there be acknowledged', async () => {
    // The earlier tests applied every change; a fresh open copy of the budget recommendation stands in.
    const decided = await t.db.recommendation.findFirstOrThrow({ where: { tenantId: scope.tenantId, kind: 'budget_increase' } });
    const { id: _id, createdAt: _c, updatedAt: _u, decidedAt: _d, decidedBy: _b, ...copy } = decided;
    await t.db.recommendation.create({ data: { ...copy, action: copy.action as object, evidence: copy.evidence as object, status: 'open', fingerprint: `${copy.fingerprint}:gate-test` } });
    const { recommendations } = await listRecommendations(t.db, scope, open);
    const change = recommendations.find((r) => changesSomething(r.action) && r.channel)!;
    expect(change).toBeDefined();
    const degrade = async (channel: string) => {
      const latest = await t.db.signalHealthDaily.findFirstOrThrow({ where: { tenantId: scope.tenantId, channel: channel as never }, orderBy: { date: 'desc' } });
      await t.db.signalHealthDaily.update({ where: { id: latest.id }, data: { healthScore: 40 } });
    };
    await degrade(change.channel!);
    const listed = (await listRecommendations(t.db, scope, open)).recommendations.find((r) => r.id === change.id)!;
    expect(listed.trustGate).toEqual({ gated: true, healthScore: 40, threshold: 70 });
    await expect(applyRecommendation(t.db, scope, change.id, actor)).rejects.toMatchObject({ code: 'TRUST_GATE', status: 409 });
    expect((await t.db.recommendation.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('open');
    expect(await t.db.auditEvent.count({ where: { targetId: change.id } })).toBe(0);

    const alert = recommendations.find((r) => r.kind === 'anomaly')!;
    await degrade(alert.channel!);
    const alertListed = (await listRecommendations(t.db, scope, open)).recommendations.find((r) => r.id === alert.id)!;
    expect(alertListed.trustGate).toEqual({ gated: false, healthScore: 40, threshold: 70 });
    const acknowledged = await applyRecommendation(t.db, scope, alert.id, actor);
    expect(acknowledged.recommendation.status).toBe('applied');
    expect(acknowledged.changes).toEqual([{ entity: 'none', id: null, field: 'acknowledged', from: null, to: 'yes' }]);
  });

  it('dismisses with who and why; a dismissed one cannot be applied', async () => {
    const { recommendations } = await listRecommendations(t.db, scope, open);
    const rec = recommendations.find((r) => r.kind === 'signal_health_alert')!;
    const dismissed = await dismissRecommendation(t.db, scope, rec.id, actor, 'Tracking fix already scheduled');
    expect(dismissed).toMatchObject({ status: 'dismissed', decidedBy: 'embed:viewer-1', dismissReason: 'Tracking fix already scheduled' });
    expect((await dismissRecommendation(t.db, scope, rec.id, actor)).status).toBe('dismissed');
    await expect(applyRecommendation(t.db, scope, rec.id, actor)).rejects.toMatchObject({ code: 'CONFLICT' });
    // Recomputing does not reopen a decided one.
    await refreshRecommendations(t.db, scope.tenantId);
    expect((await t.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).status).toBe('dismissed');
  });

  it('never shows or applies another tenant’s recommendation', async () => {
    await refreshRecommendations(t.db, other.tenantId);
    const theirs = (await listRecommendations(t.db, other, all)).recommendations[0]!;
    await expect(applyRecommendation(t.db, scope, theirs.id, actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dismissRecommendation(t.db, scope, theirs.id, actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A scope that names the right tenant under the wrong partner sees nothing either.
    await expect(listRecommendations(t.db, { ...other, partnerId: scope.partnerId }, all)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mine = (await listRecommendations(t.db, scope, all)).recommendations;
    expect(mine.some((r) => r.id === theirs.id)).toBe(false);
  });
});
