import 'server-only';
import type { CopilotToolName, MetricQuery, RecommendationDto } from '@stratum/contract';
import { addDays } from '@/server/analytics/dates';
import { listRecommendations } from '@/server/recommendations/list-recommendations';
import type { CopilotContext } from '../context.ts';
import type { ThreadState, Understanding } from '../nlu/types.ts';
import { applyRequestText } from '../answer/compose.ts';
import { METRIC_LABEL } from '../answer/format.ts';

export type Plan =
  | { kind: 'text'; text: string }
  | { kind: 'tool'; tool: CopilotToolName; input: unknown; preamble: string; rangeLabel?: string }
  | { kind: 'approval'; tool: CopilotToolName; input: unknown; text: string };

export const HELP_TEXT =
  'I can answer questions about your marketing data, explain changes, share and apply recommendations, and draft campaigns. Try:\n' +
  '• "How much did we spend on Meta last week?"\n' +
  '• "Why did conversions drop since Black Friday?"\n' +
  '• "What should I do to improve ROAS?"\n' +
  '• "Create a campaign targeting users who haven\'t purchased in 30 days with a 10% discount"';

const CLARIFY: Record<string, string> = {
  metrics: 'Which metric do you mean — spend, revenue, conversions, clicks, impressions, ROAS, CPA, CPC, CTR or conversion rate?',
  segment:
    'Who should the campaign target? For example: customers who haven\'t purchased in 30 days, cart abandoners of the last 7 days, or a lookalike of your top customers.',
};

function defaultRange(u: Understanding, today: string, days: number) {
  return u.slots.range ?? { from: addDays(today, -(days - 1)), to: today, label: `the last ${days} days` };
}

function filtersOf(u: Understanding): MetricQuery['filters'] {
  const f: NonNullable<MetricQuery['filters']> = {};
  if (u.slots.channels?.length) f.channels = u.slots.channels;
  if (u.slots.campaignIds?.length) f.campaignIds = u.slots.campaignIds;
  return Object.keys(f).length ? f : undefined;
}

async function pickRecommendation(ctx: CopilotContext, u: Understanding, state: ThreadState): Promise<RecommendationDto | { ask: string }> {
  const open = (await listRecommendations(ctx.db, ctx, { status: 'open', limit: 20 })).recommendations;
  if (open.length === 0) return { ask: 'There are no open recommendations to apply right now.' };
  const listed = (state.listedRecommendationIds ?? []).map((id) => open.find((r) => r.id === id)).filter((r): r is RecommendationDto => !!r);
  const pool = listed.length ? listed : open;
  const { recommendationOrdinal: n, recommendationKind: kind, campaignIds } = u.slots;
  let candidates = pool;
  if (kind) candidates = candidates.filter((r) => r.kind === kind);
  if (campaignIds?.length) candidates = candidates.filter((r) => r.campaign && campaignIds.includes(r.campaign.id));
  if (n !== undefined) {
    const hit = candidates[n - 1];
    if (hit) return hit;
    return { ask: `I only have ${candidates.length} matching recommendation${candidates.length === 1 ? '' : 's'}. Which one should I apply?` };
  }
  if (candidates.length === 1 || (candidates.length > 0 && (kind || campaignIds?.length || listed.length === 1))) return candidates[0]!;
  return { ask: 'Which recommendation should I apply? Say "the first one", "#2", or name it (e.g. "the budget increase for Summer Sale").' };
}

/** Turns what was understood into one step: a clarifying answer, a tool call, or a tool call awaiting approval. */
export async function planTurn(ctx: CopilotContext, u: Understanding, state: ThreadState): Promise<Plan> {
  if (u.intent === 'help') return { kind: 'text', text: HELP_TEXT };
  if (u.intent === 'unknown') return { kind: 'text', text: `I did not catch what you need. ${HELP_TEXT}` };
  if (u.missing.length) return { kind: 'text', text: CLARIFY[u.missing[0]!] ?? HELP_TEXT };
  const s = u.slots;
  switch (u.intent) {
    case 'query_metrics': {
      const range = defaultRange(u, ctx.today, 30);
      const dimension = s.dimension;
      const query: MetricQuery = {
        metrics: s.metrics!,
        range: { from: range.from, to: range.to },
        ...(dimension ? { dimensions: [dimension], ...(dimension === 'date' ? { grain: s.grain ?? 'day' } : {}) } : {}),
        ...(s.compare ? { compare: true } : {}),
        ...(filtersOf(u) ? { filters: filtersOf(u) } : {}),
        ...(dimension && dimension !== 'date' ? { sort: { metric: s.metrics![0]!, dir: 'desc' as const }, limit: s.limit ?? 10 } : {}),
      };
      return { kind: 'tool', tool: 'queryMetrics', input: query, preamble: `Looking up ${s.metrics!.map((m) => METRIC_LABEL[m]).join(', ')} for ${range.label}…`, rangeLabel: range.label };
    }
    case 'explain_change': {
      const range = defaultRange(u, ctx.today, 7);
      return {
        kind: 'tool',
        tool: 'explainChange',
        input: { metric: s.metrics![0]!, range: { from: range.from, to: range.to }, ...(s.channels ? { channels: s.channels } : {}), ...(s.campaignIds ? { campaignIds: s.campaignIds } : {}) },
        preamble: `Comparing ${METRIC_LABEL[s.metrics![0]!]} for ${range.label} with the period before, by channel and campaign…`,
      };
    }
    case 'create_campaign':
      return {
        kind: 'tool',
        tool: 'createCampaignDraft',
        input: {
          segment: s.segment!,
          ...(s.offer ? { offer: s.offer } : {}),
          ...(s.channels ? { channels: s.channels } : {}),
          ...(s.dailyBudget ? { dailyBudget: s.dailyBudget } : {}),
          ...(s.startDate ? { startDate: s.startDate } : {}),
          ...(s.endDate ? { endDate: s.endDate } : {}),
          ...(s.trustGateThreshold ? { trustGateThreshold: s.trustGateThreshold } : {}),
          ...(s.campaignName ? { name: s.campaignName } : {}),
          ...(u.followUp && state.draftCampaignIds?.length ? { reviseCampaignIds: state.draftCampaignIds } : {}),
        },
        preamble: u.followUp ? 'Updating the proposal…' : 'Drafting the campaign…',
      };
    case 'list_recommendations':
      return {
        kind: 'tool',
        tool: 'listRecommendations',
        input: { ...(s.recommendationKind ? { kind: s.recommendationKind } : {}), ...(s.channels?.length === 1 ? { channel: s.channels[0] } : {}) },
        preamble: 'Checking the recommendations computed from your data…',
      };
    case 'apply_recommendation': {
      const pick = await pickRecommendation(ctx, u, state);
      if ('ask' in pick) return { kind: 'text', text: pick.ask };
      return { kind: 'approval', tool: 'applyRecommendation', input: { recommendationId: pick.id }, text: applyRequestText(pick) };
    }
    case 'activate_campaign': {
      const ids = state.draftCampaignIds;
      if (!ids?.length) return { kind: 'text', text: 'There is no draft campaign in this conversation to activate. Describe the campaign you want first, e.g. "create a campaign for cart abandoners with free shipping".' };
      return { kind: 'approval', tool: 'activateCampaign', input: { campaignIds: ids }, text: 'Activate the drafted campaign? It starts spending on the channels that pass the trust gate. Approve to go live, or deny to keep it as a draft.' };
    }
  }
}
