import type { Channel, CopilotOffer, CopilotSegment, Dimension, DateGrain, Metric, RecommendationKindName } from '@stratum/contract';
import type { ParsedRange } from './parse-range.ts';

export const INTENTS = [
  'create_campaign',
  'query_metrics',
  'explain_change',
  'list_recommendations',
  'apply_recommendation',
  'activate_campaign',
  'help',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Slots {
  metrics?: Metric[];
  dimension?: Extract<Dimension, 'channel' | 'campaign' | 'date'>;
  grain?: DateGrain;
  range?: ParsedRange;
  compare?: boolean;
  channels?: Channel[];
  campaignIds?: string[];
  limit?: number;
  segment?: CopilotSegment;
  offer?: CopilotOffer;
  dailyBudget?: number;
  startDate?: string;
  endDate?: string;
  /** A campaign's length when the message gives one ("for two weeks"); the end date follows from the start. */
  durationDays?: number;
  trustGateThreshold?: number;
  campaignName?: string;
  /** Which recommendation: its place in the last list (1-based), its kind, or its campaign. */
  recommendationOrdinal?: number;
  recommendationKind?: RecommendationKindName;
}

/** What the conversation so far established: the last intent and its slots, the last proposal and list shown. */
export interface ThreadState {
  lastIntent?: Intent;
  lastSlots?: Slots;
  /** Draft campaigns of the last proposal (createCampaignDraft output). */
  draftCampaignIds?: string[];
  /** Recommendation ids in the order last listed. */
  listedRecommendationIds?: string[];
}

export interface Understanding {
  intent: Intent;
  slots: Slots;
  /** Required slots the message did not give: the engine asks for them instead of guessing. */
  missing: (keyof Slots)[];
  /** True when the message only modified the previous request ("and on Google?", "make it 15%"). */
  followUp: boolean;
  corrections: { from: string; to: string }[];
  normalized: string;
}

export interface ParseContext {
  /** The reference day for relative dates (YYYY-MM-DD). */
  today: string;
  state?: ThreadState;
  /** The tenant's campaigns, for names in messages. */
  campaigns?: { id: string; name: string }[];
}
