import 'server-only';
import type { CopilotToolName } from '@stratum/contract';
import type { z } from 'zod';
import type { CopilotContext } from '../context.ts';
import { activateCampaign, ActivateCampaignInput } from './activate-campaign.ts';
import { createCampaignDraft, CreateCampaignDraftInput } from './create-campaign-draft.ts';
import { explainChange, ExplainChangeInput } from './explain-change.ts';
import { queryMetrics, QueryMetricsInput } from './query-metrics.ts';
import { ApplyRecommendationInput, applyRecommendationTool, ListRecommendationsInput, listRecommendationsTool } from './recommendation-tools.ts';

export interface CopilotTool<S extends z.ZodType = z.ZodType> {
  description: string;
  inputSchema: S;
  /** Changes something: runs only after the user approves. */
  needsApproval: boolean;
  execute(ctx: CopilotContext, input: z.infer<S>): Promise<unknown>;
}

function define<S extends z.ZodType>(tool: CopilotTool<S>): CopilotTool {
  return tool as unknown as CopilotTool;
}

/** The copilot's tools, shared by the built-in engine and an LLM; every number an answer gives comes from one of them. */
export const COPILOT_TOOL_SET: Record<CopilotToolName, CopilotTool> = {
  createCampaignDraft: define({
    description: 'Create a campaign proposal as draft campaigns (one per channel): audience segment, offer, channels, daily budget, schedule, trust-gate threshold. Drafts never run until activated.',
    inputSchema: CreateCampaignDraftInput,
    needsApproval: false,
    execute: createCampaignDraft,
  }),
  queryMetrics: define({
    description: 'Query marketing metrics (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpa, roas, conversion_rate) by date/channel/campaign/variant over an ISO date range, optionally compared with the previous period.',
    inputSchema: QueryMetricsInput,
    needsApproval: false,
    execute: queryMetrics,
  }),
  explainChange: define({
    description: 'Explain why a metric changed over a date range: comparison with the previous period, the channels and campaigns that drove it, anomalies, and signal health.',
    inputSchema: ExplainChangeInput,
    needsApproval: false,
    execute: explainChange,
  }),
  listRecommendations: define({
    description: 'List open recommendations (budget changes, A/B winners, anomalies, signal-health alerts, pauses) with confidence, expected impact and reasoning.',
    inputSchema: ListRecommendationsInput,
    needsApproval: false,
    execute: listRecommendationsTool,
  }),
  applyRecommendation: define({
    description: 'Apply one recommendation by id (changes a budget, traffic split or campaign status). Requires the user’s approval; refused on channels below the trust gate.',
    inputSchema: ApplyRecommendationInput,
    needsApproval: true,
    execute: applyRecommendationTool,
  }),
  activateCampaign: define({
    description: 'Activate draft campaigns created by createCampaignDraft. Requires the user’s approval; channels below the trust gate stay drafts.',
    inputSchema: ActivateCampaignInput,
    needsApproval: true,
    execute: activateCampaign,
  }),
};
