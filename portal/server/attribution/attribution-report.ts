import 'server-only';
import { z } from 'zod';
import { CHANNELS, type AttributionModel, type AttributionResult, type Channel, type DateRange, type RowFilters } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { addDays, dayStart, isoDay } from '@/server/analytics/dates';
import { loadFxTable } from '@/server/analytics/fx';
import type { AnalyticsScope } from '@/server/analytics/scope';
import { creditByChannel, DEFAULT_MODEL_OPTIONS, type Journey } from './models';

const TouchpointsSchema = z.array(z.object({ channel: z.enum(CHANNELS), campaignId: z.string().optional(), at: z.string() }));

function allowed(filters: RowFilters, touch: { channel: Channel; campaignId?: string | undefined }): boolean {
  if (filters.channels && !filters.channels.includes(touch.channel)) return false;
  if (filters.campaignIds && !(touch.campaignId && filters.campaignIds.includes(touch.campaignId))) return false;
  return true;
}

export interface AttributionRequest {
  range: DateRange;
  models: readonly AttributionModel[];
  halfLifeDays?: number;
  /** The caller's own narrowing, on top of the scope's row filters. */
  filters?: RowFilters;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Credit per channel under each requested model over the tenant's converting journeys whose conversion falls in the
 * range. The tenant is in the where; row filters drop the touchpoints the viewer may not see (a journey with none
 * left is not counted), so credit is only ever split among channels/campaigns inside the viewer's scope.
 */
export async function attributionReport(db: Db, scope: AnalyticsScope, request: AttributionRequest): Promise<AttributionResult> {
  const rows = await db.conversionPath.findMany({
    where: { tenantId: scope.tenantId, tenant: { partnerId: scope.partnerId }, convertedAt: { gte: dayStart(request.range.from), lt: dayStart(addDays(request.range.to, 1)) } },
    select: { touchpoints: true, convertedAt: true, revenue: true, currency: true },
  });
  const fx = await loadFxTable(db, new Set(rows.map((r) => r.currency)), scope.currency, request.range.from, request.range.to);
  const journeys: Journey[] = [];
  for (const row of rows) {
    const parsed = TouchpointsSchema.safeParse(row.touchpoints);
    if (!parsed.success) continue;
    const touchpoints = parsed.data
      .filter((t) => allowed(scope.rowFilters, t) && allowed(request.filters ?? {}, t))
      .map((t) => ({ channel: t.channel, campaignId: t.campaignId, at: new Date(t.at) }));
    if (touchpoints.length === 0) continue;
    journeys.push({ touchpoints, convertedAt: row.convertedAt, revenue: row.revenue * fx.factor(row.currency, scope.currency, isoDay(row.convertedAt)) });
  }
  const options = { ...DEFAULT_MODEL_OPTIONS, halfLifeDays: request.halfLifeDays ?? DEFAULT_MODEL_OPTIONS.halfLifeDays };
  const total = journeys.length;
  const models = request.models.map((model) => ({
    model,
    credits: creditByChannel(model, journeys, options).map((c) => ({
      channel: c.channel as Channel,
      conversions: round(c.conversions),
      revenue: round(c.revenue, 2),
      share: total === 0 ? 0 : round(c.conversions / total),
    })),
  }));
  const order = creditByChannel('linear', journeys).map((c) => c.channel as Channel);
  return {
    range: request.range,
    currency: scope.currency,
    paths: total,
    conversions: total,
    revenue: round(journeys.reduce((sum, j) => sum + j.revenue, 0), 2),
    halfLifeDays: options.halfLifeDays,
    channels: order,
    models,
  };
}
