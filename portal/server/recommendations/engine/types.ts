import type { Channel, RecommendationAction, RecommendationEvidence, RecommendationKindName, ImpactMetric } from '@stratum/contract';

/** Daily facts in the tenant's currency. */
export interface DailyFacts {
  date: string;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

export interface EngineCampaign {
  id: string;
  name: string;
  channel: Channel;
  status: 'draft' | 'active' | 'paused' | 'archived';
  dailyBudget: number;
}

export interface EngineVariant {
  id: string;
  campaignId: string;
  name: string;
  isControl: boolean;
  trafficShare: number;
}

export interface CampaignDay extends DailyFacts {
  campaignId: string;
}

export interface VariantDay extends DailyFacts {
  campaignId: string;
  variantId: string;
}

export interface SignalDay {
  channel: Channel;
  date: string;
  emqScore: number;
  eventCoverage: number;
  freshnessMinutes: number;
  healthScore: number;
}

/** Everything the engine reads: plain arrays, so it is testable without a database. */
export interface EngineInput {
  /** The last complete day (YYYY-MM-DD); windows end here. */
  asOf: string;
  /** Tenant currency: every money figure of the input is already in it. */
  currency: string;
  trustGateThreshold: number;
  campaigns: EngineCampaign[];
  /** One row per campaign and day (variants summed). */
  campaignDays: CampaignDay[];
  variants: EngineVariant[];
  variantDays: VariantDay[];
  signal: SignalDay[];
}

/** A recommendation as computed, before it is stored. */
export interface RecommendationDraft {
  kind: RecommendationKindName;
  campaignId: string | null;
  channel: Channel | null;
  action: RecommendationAction;
  confidence: number;
  impact: { expected: number; low: number; high: number; metric: ImpactMetric; currency: string };
  reasoning: string;
  evidence: RecommendationEvidence;
  /** Stable key of (kind, target, period): recomputation updates instead of duplicating. */
  fingerprint: string;
}
