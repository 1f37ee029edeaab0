import type { Column } from './bulk-insert.ts';
import type { ConversionPathRow } from './conversion-paths.ts';
import type { MetricRow } from './metrics.ts';
import type { SignalHealthRow } from './signal-health.ts';

/** Column lists of the tables the seed bulk-inserts; names and types follow prisma/models.prisma. */
const channel = { enum: 'Channel' } as const;

export const METRIC_DAILY_COLUMNS: Column<MetricRow>[] = [
  { name: 'id', type: 'text', value: (r) => r.id },
  { name: 'tenantId', type: 'text', value: (r) => r.tenantId },
  { name: 'campaignId', type: 'text', value: (r) => r.campaignId },
  { name: 'variantId', type: 'text', value: (r) => r.variantId },
  { name: 'variantKey', type: 'text', value: (r) => r.variantKey },
  { name: 'channel', type: channel, value: (r) => r.channel },
  { name: 'date', type: 'datetime', value: (r) => r.date },
  { name: 'spend', type: 'float', value: (r) => r.spend },
  { name: 'impressions', type: 'int', value: (r) => r.impressions },
  { name: 'clicks', type: 'int', value: (r) => r.clicks },
  { name: 'conversions', type: 'int', value: (r) => r.conversions },
  { name: 'revenue', type: 'float', value: (r) => r.revenue },
  { name: 'currency', type: 'text', value: (r) => r.currency },
];

export const SIGNAL_HEALTH_COLUMNS: Column<SignalHealthRow>[] = [
  { name: 'id', type: 'text', value: (r) => r.id },
  { name: 'tenantId', type: 'text', value: (r) => r.tenantId },
  { name: 'channel', type: channel, value: (r) => r.channel },
  { name: 'date', type: 'datetime', value: (r) => r.date },
  { name: 'emqScore', type: 'float', value: (r) => r.emqScore },
  { name: 'eventCoverage', type: 'float', value: (r) => r.eventCoverage },
  { name: 'freshnessMinutes', type: 'int', value: (r) => r.freshnessMinutes },
  { name: 'healthScore', type: 'int', value: (r) => r.healthScore },
];

export const CONVERSION_PATH_COLUMNS: Column<ConversionPathRow>[] = [
  { name: 'id', type: 'text', value: (r) => r.id },
  { name: 'tenantId', type: 'text', value: (r) => r.tenantId },
  { name: 'touchpoints', type: 'json', value: (r) => r.touchpoints },
  { name: 'convertedAt', type: 'datetime', value: (r) => r.convertedAt },
  { name: 'revenue', type: 'float', value: (r) => r.revenue },
  { name: 'currency', type: 'text', value: (r) => r.currency },
];
