import 'server-only';
import type { CampaignProposal, Channel } from '@stratum/contract';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { addDays } from '@/server/analytics/dates';
import { median } from '@/server/recommendations/stats/robust';
import type { CopilotContext } from '../context.ts';
import { CampaignIdsSchema, ChannelSchema, defaultName, gateChannels, OfferSchema, SegmentSchema, usableChannels } from './campaign-proposal.ts';

export const CreateCampaignDraftInput = z.strictObject({
  segment: SegmentSchema,
  offer: OfferSchema.optional(),
  channels: z.array(ChannelSchema).min(1).max(5).optional(),
  /** Daily budget per channel, in the tenant's currency. Default: the median budget of the tenant's active campaigns. */
  dailyBudget: z.number().positive().max(1_000_000).optional(),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
  trustGateThreshold: z.number().int().min(0).max(100).optional(),
  name: z.string().trim().min(1).max(120).optional(),
  /** Drafts of an earlier proposal this one replaces ("make it 15%"). */
  reviseCampaignIds: CampaignIdsSchema.optional(),
});
export type CreateCampaignDraftInput = z.infer<typeof CreateCampaignDraftInput>;

/**
 * Creates (or revises) a campaign proposal as draft campaigns, one per channel: nothing runs until activateCampaign is
 * approved. Without channels it proposes every usable channel whose signal health passes the trust gate.
 */
export async function createCampaignDraft(ctx: CopilotContext, input: CreateCampaignDraftInput): Promise<CampaignProposal> {
  const usable = usableChannels(ctx);
  const threshold = input.trustGateThreshold ?? ctx.tenant.trustGateThreshold;
  let channels: Channel[];
  if (input.channels) {
    channels = input.channels.filter((c) => usable.includes(c));
    if (channels.length === 0) throw new AppError('FORBIDDEN', 'This embed may not use those channels.');
  } else {
    const gate = await gateChannels(ctx, usable, threshold);
    channels = gate.channels.filter((c) => !c.gated && c.healthScore !== null).map((c) => c.channel);
    if (channels.length === 0) channels = usable;
  }
  const budgets = await ctx.db.campaign.findMany({ where: { tenantId: ctx.tenantId, status: 'active', currency: ctx.tenant.currency }, select: { dailyBudget: true } });
  const dailyBudget = input.dailyBudget ?? (budgets.length ? Math.round(median(budgets.map((b) => b.dailyBudget))) : 100);
  const offer = input.offer ?? null;
  const name = input.name ?? defaultName(input.segment, offer);
  const start = input.startDate ?? addDays(ctx.today, 1);
  if (input.endDate && input.endDate < start) {
    throw new AppError('BAD_REQUEST', `The campaign would end (${input.endDate}) before it starts (${start}); give an end date after the start.`, { issues: [{ path: 'endDate', message: 'before the start date' }] });
  }
  const created = await ctx.db.$transaction(async (tx) => {
    if (input.reviseCampaignIds) {
      await tx.campaign.updateMany({ where: { id: { in: input.reviseCampaignIds }, tenantId: ctx.tenantId, status: 'draft' }, data: { status: 'archived' } });
    }
    const rows = [];
    for (const channel of channels) {
      rows.push(
        await tx.campaign.create({
          data: {
            tenantId: ctx.tenantId,
            name: `${name} · ${channel[0]!.toUpperCase()}${channel.slice(1)}`,
            channel,
            status: 'draft',
            dailyBudget,
            currency: ctx.tenant.currency,
            objective: 'conversions',
            segment: { ...input.segment, trustGateThreshold: threshold } as object,
            ...(offer ? { offer: offer as object } : {}),
            startDate: new Date(`${start}T00:00:00.000Z`),
            ...(input.endDate ? { endDate: new Date(`${input.endDate}T00:00:00.000Z`) } : {}),
          },
          select: { id: true, name: true, channel: true, status: true },
        }),
      );
    }
    await tx.auditEvent.create({
      data: { partnerId: ctx.partnerId, tenantId: ctx.tenantId, actorType: 'embed', actorLabel: ctx.actor.label, action: 'campaign.draft_created', targetType: 'campaign', targetId: rows[0]?.id ?? null, metadata: { campaignIds: rows.map((r) => r.id), via: 'copilot' } },
    });
    return rows;
  });
  return {
    campaigns: created.map((c) => ({ id: c.id, name: c.name, channel: c.channel as Channel, status: c.status })),
    name,
    segment: input.segment,
    offer,
    channels,
    dailyBudget,
    currency: ctx.tenant.currency,
    schedule: { start, end: input.endDate ?? null },
    trustGate: await gateChannels(ctx, channels, threshold),
    status: 'draft',
  };
}
