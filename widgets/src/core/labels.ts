import { msg } from '@lit/localize';
import type { Channel, DateRangePreset, Metric } from '../contract.js';

/** A metric's name in the viewer's language. */
export function metricLabel(metric: Metric): string {
  switch (metric) {
    case 'spend':
      return msg('Spend', { id: 'metric.spend' });
    case 'impressions':
      return msg('Impressions', { id: 'metric.impressions' });
    case 'clicks':
      return msg('Clicks', { id: 'metric.clicks' });
    case 'conversions':
      return msg('Conversions', { id: 'metric.conversions' });
    case 'revenue':
      return msg('Revenue', { id: 'metric.revenue' });
    case 'ctr':
      return msg('CTR', { id: 'metric.ctr' });
    case 'cpc':
      return msg('CPC', { id: 'metric.cpc' });
    case 'cpa':
      return msg('CPA', { id: 'metric.cpa' });
    case 'roas':
      return msg('ROAS', { id: 'metric.roas' });
    case 'conversion_rate':
      return msg('Conversion rate', { id: 'metric.conversion_rate' });
  }
}

export function channelLabel(channel: Channel | string): string {
  switch (channel) {
    case 'meta':
      return 'Meta';
    case 'google':
      return 'Google';
    case 'tiktok':
      return 'TikTok';
    case 'linkedin':
      return 'LinkedIn';
    case 'email':
      return msg('Email', { id: 'channel.email' });
    case 'other':
      return msg('Other', { id: 'dimension.other' });
    default:
      return channel;
  }
}

export function presetLabel(preset: DateRangePreset | 'custom'): string {
  switch (preset) {
    case 'last_7_days':
      return msg('Last 7 days', { id: 'preset.last_7_days' });
    case 'last_30_days':
      return msg('Last 30 days', { id: 'preset.last_30_days' });
    case 'last_90_days':
      return msg('Last 90 days', { id: 'preset.last_90_days' });
    case 'this_month':
      return msg('This month', { id: 'preset.this_month' });
    case 'last_month':
      return msg('Last month', { id: 'preset.last_month' });
    case 'year_to_date':
      return msg('Year to date', { id: 'preset.year_to_date' });
    case 'custom':
      return msg('Custom range', { id: 'preset.custom' });
  }
}
