import 'server-only';
import { CHANNELS, type CampaignProposal, type Channel, type CopilotOffer, type CopilotSegment } from '@stratum/contract';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { ChannelSchema, CurrencySchema, IdSchema } from '@/server/embed/schemas';
import { latestChannelHealth } from '@/server/recommendations/trust-gate';
import type { CopilotContext } from '../context.ts';

export const SegmentSchema: z.ZodType<CopilotSegment> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('no_purchase_days'), days: z.number().int().min(1).max(730) }),
  z.strictObject({ kind: z.literal('cart_abandoners'), days: z.number().int().min(1).max(90) }),
  z.strictObject({ kind: z.literal('lookalike_top_customers'), percent: z.number().min(1).max(10) }),
  z.strictObject({ kind: z.literal('all_customers') }),
]);

export const OfferSchema: z.ZodType<CopilotOffer> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), value: z.number().min(1).max(90) }),
  z.strictObject({ kind: z.literal('fixed'), value: z.number().positive().max(10_000), currency: CurrencySchema }),
  z.strictObject({ kind: z.literal('free_shipping') }),
  z.strictObject({ kind: z.literal('code'), code: z.string().regex(/^[A-Z0-9]{3,20}$/), percent: z.number().min(1).max(90).optional() }),
]);

export function segmentLabel(s: CopilotSegment): string {
  switch (s.kind) {
    case 'no_purchase_days':
      return `customers with no purchase in ${s.days} days`;
    case 'cart_abandoners':
      return `cart abandoners of the last ${s.days} days`;
    case 'lookalike_top_customers':
      return `a ${s.percent}% lookalike of your top customers`;
    case 'all_customers':
      return 'all customers';
  }
}

export function offerLabel(o: CopilotOffer | null, format: (n: number, currency: string) => string): string {
  if (!o) return 'no offer';
  switch (o.kind) {
    case 'percent':
      return `${o.value}% off`;
    case 'fixed':
      return `${format(o.value, o.currency)} off`;
    case 'free_shipping':
      return 'free shipping';
    case 'code':
      return `code ${o.code}${o.percent ? ` (${o.percent}% off)` : ''}`;
  }
}

export function defaultName(segment: CopilotSegment, offer: CopilotOffer | null): string {
  const who = { no_purchase_days: 'Win-back', cart_abandoners: 'Cart recovery', lookalike_top_customers: 'Lookalike prospecting', all_customers: 'Customer promo' }[segment.kind];
  const what = offer?.kind === 'percent' ? ` · ${offer.value}% off` : offer?.kind === 'free_shipping' ? ' · Free shipping' : offer?.kind === 'code' ? ` · ${offer.code}` : '';
  return `${who}${'days' in segment ? ` ${segment.days}d` : ''}${what}`;
}

/** The trust gate of each channel for a proposal: health and whether it is below the threshold. */
export async function gateChannels(ctx: CopilotContext, channels: readonly Channel[], threshold: number): Promise<CampaignProposal['trustGate']> {
  const health = await latestChannelHealth(ctx.db, ctx.tenantId);
  return { threshold, channels: channels.map((channel) => ({ channel, healthScore: health.get(channel) ?? null, gated: (health.get(channel) ?? 100) < threshold })) };
}

/** Channels the viewer may use: the token's channel filter, else every channel. A campaign filter forbids new campaigns. */
export function usableChannels(ctx: CopilotContext): Channel[] {
  if (ctx.rowFilters.campaignIds) throw new AppError('FORBIDDEN', 'This embed is limited to specific campaigns, so it cannot create new ones.');
  return ctx.rowFilters.channels ? [...ctx.rowFilters.channels] : [...CHANNELS];
}

export const CampaignIdsSchema = z.array(IdSchema).min(1).max(10);
export { ChannelSchema };
