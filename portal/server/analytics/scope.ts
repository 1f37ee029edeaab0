import type { RowFilters } from '@stratum/contract';

/**
 * The slice of analytics data a caller may read: one tenant of one partner, narrowed by row filters.
 * Built from an embed token (EmbedContext) or from an API key's tenant; every query takes one.
 */
export interface AnalyticsScope {
  partnerId: string;
  tenantId: string;
  rowFilters: RowFilters;
  /** Currency of money when the query names none. */
  currency: string;
}

/** Conditions that keep a MetricDaily/Campaign query inside the scope and the caller's own filters. */
export function scopeConditions(scope: AnalyticsScope, filters: RowFilters = {}, fields = { channel: 'channel', campaign: 'campaignId' }) {
  const and: Record<string, unknown>[] = [];
  // An empty list means "nothing", never "everything": `in: []` matches no row.
  if (scope.rowFilters.channels) and.push({ [fields.channel]: { in: scope.rowFilters.channels } });
  if (scope.rowFilters.campaignIds) and.push({ [fields.campaign]: { in: scope.rowFilters.campaignIds } });
  if (filters.channels) and.push({ [fields.channel]: { in: filters.channels } });
  if (filters.campaignIds) and.push({ [fields.campaign]: { in: filters.campaignIds } });
  return and;
}
