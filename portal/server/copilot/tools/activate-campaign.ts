import 'server-only';
import type { CampaignProposal, Channel, CopilotOffer, CopilotSegment } from '@stratum/contract';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { isoDay } from '@/server/analytics/dates';
import { emitEvent } from '@/server/webhooks/emit-event';
import type { CopilotContext } from '../context.ts';
import { CampaignIdsSchema, gateChannels, OfferSchema, SegmentSchema } from './campaign-proposal.ts';

export const ActivateCampaignInput = z.strictObject({ campaignIds: CampaignIdsSchema });
export type ActivateCampaignInput = z.infer<typeof ActivateCampaignInput>;

export type ActivationResult = CampaignProposal & { skipped: { campaignId: string; channel: Channel; reason: string }[] };

/**
 * Activates draft campaigns of the proposal (after the user approved). The trust gate holds: a channel whose signal
 * health is below the proposal's threshold stays a draft. Audited; emits "campaign.activated".
 */
export async function activateCampaign(ctx: CopilotContext, input: ActivateCampaignInput): Promise<ActivationResult> {
  const drafts = await ctx.db.campaign.findMany({
    where: { id: { in: input.campaignIds }, tenantId: ctx.tenantId, ...(ctx.rowFilters.channels ? { channel: { in: ctx.rowFilters.channels } } : {}) },
    select: { id: true, name: true, channel: true, status: true, dailyBudget: true, currency: true, segment: true, offer: true, startDate: true, endDate: true },
  });
  if (drafts.length === 0) throw new AppError('NOT_FOUND', 'No such draft campaign.');
  const first = drafts[0]!;
  const segmentJson = (first.segment ?? {}) as Record<string, unknown>;
  const threshold = typeof segmentJson.trustGateThreshold === 'number' ? segmentJson.trustGateThreshold : ctx.tenant.trustGateThreshold;
  const { trustGateThreshold: _t, ...segmentOnly } = segmentJson;
  const gate = await gateChannels(ctx, drafts.map((d) => d.channel as Channel), threshold);
  const skipped: ActivationResult['skipped'] = [];
  const activate: string[] = [];
  for (const d of drafts) {
    const g = gate.channels.find((c) => c.channel === d.channel);
    if (d.status !== 'draft' && d.status !== 'active') skipped.push({ campaignId: d.id, channel: d.channel as Channel, reason: `it is ${d.status}` });
    else if (g?.gated) skipped.push({ campaignId: d.id, channel: d.channel as Channel, reason: `signal health ${g.healthScore} is below ${threshold}` });
    else if (d.status === 'draft') activate.push(d.id);
  }
  await ctx.db.$transaction(async (tx) => {
    if (activate.length === 0) return;
    await tx.campaign.updateMany({ where: { id: { in: activate }, tenantId: ctx.tenantId, status: 'draft' }, data: { status: 'active' } });
    await tx.auditEvent.create({
      data: { partnerId: ctx.partnerId, tenantId: ctx.tenantId, actorType: 'embed', actorLabel: ctx.actor.label, action: 'campaign.activated', targetType: 'campaign', targetId: activate[0]!, metadata: { campaignIds: activate, via: 'copilot' } },
    });
    await emitEvent(tx, { partnerId: ctx.partnerId, type: 'campaign.activated', payload: { tenantId: ctx.tenantId, campaignIds: activate, activatedBy: ctx.actor.label } });
  });
  const after = await ctx.db.campaign.findMany({ where: { id: { in: drafts.map((d) => d.id) }, tenantId: ctx.tenantId }, select: { id: true, name: true, channel: true, status: true } });
  const segment = SegmentSchema.safeParse(segmentOnly);
  const offer = OfferSchema.safeParse(first.offer);
  return {
    campaigns: after.map((c) => ({ id: c.id, name: c.name, channel: c.channel as Channel, status: c.status })),
    name: first.name.replace(/ · [A-Za-z]+$/, ''),
    segment: segment.success ? segment.data : ({ kind: 'all_customers' } as CopilotSegment),
    offer: offer.success ? offer.data : (null as CopilotOffer | null),
    channels: drafts.map((d) => d.channel as Channel),
    dailyBudget: first.dailyBudget,
    currency: first.currency,
    schedule: { start: first.startDate ? isoDay(first.startDate) : ctx.today, end: first.endDate ? isoDay(first.endDate) : null },
    trustGate: gate,
    status: after.some((c) => c.status === 'active') ? 'active' : 'draft',
    skipped,
  };
}
