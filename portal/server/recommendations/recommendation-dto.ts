import 'server-only';
import type { Channel, RecommendationDto, RecommendationKindName } from '@stratum/contract';
import { RecommendationActionSchema, RecommendationEvidenceSchema } from './schemas.ts';
import { gateFor } from './trust-gate.ts';

/** The stored row as read with its campaign's name. */
export interface RecommendationRow {
  id: string;
  kind: string;
  status: string;
  campaignId: string | null;
  channel: string | null;
  action: unknown;
  confidence: number;
  impactExpected: number;
  impactLow: number;
  impactHigh: number;
  impactCurrency: string;
  impactMetric: string;
  reasoning: string;
  evidence: unknown;
  createdAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  dismissReason: string | null;
  campaign: { id: string; name: string } | null;
}

export const RECOMMENDATION_SELECT = {
  id: true,
  kind: true,
  status: true,
  campaignId: true,
  channel: true,
  action: true,
  confidence: true,
  impactExpected: true,
  impactLow: true,
  impactHigh: true,
  impactCurrency: true,
  impactMetric: true,
  reasoning: true,
  evidence: true,
  createdAt: true,
  expiresAt: true,
  decidedAt: true,
  decidedBy: true,
  dismissReason: true,
  campaign: { select: { id: true, name: true } },
} as const;

export function toRecommendationDto(row: RecommendationRow, health: Map<Channel, number>, threshold: number): RecommendationDto {
  const channel = row.channel as Channel | null;
  const action = RecommendationActionSchema.parse(row.action);
  return {
    id: row.id,
    kind: row.kind as RecommendationKindName,
    status: row.status as RecommendationDto['status'],
    campaign: row.campaign,
    channel,
    action,
    confidence: row.confidence,
    impact: { expected: row.impactExpected, low: row.impactLow, high: row.impactHigh, currency: row.impactCurrency, metric: row.impactMetric as RecommendationDto['impact']['metric'] },
    reasoning: row.reasoning,
    evidence: RecommendationEvidenceSchema.parse(row.evidence),
    trustGate: gateFor(health, channel, threshold, action),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy,
    dismissReason: row.dismissReason,
  };
}
