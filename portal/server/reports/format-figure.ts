import { METRIC_FORMAT, type Metric } from '../../../widgets/src/contract.ts';

export const METRIC_LABELS: Record<Metric, string> = {
  spend: 'Spend',
  impressions: 'Impressions',
  clicks: 'Clicks',
  conversions: 'Conversions',
  revenue: 'Revenue',
  ctr: 'CTR',
  cpc: 'CPC',
  cpa: 'CPA',
  roas: 'ROAS',
  conversion_rate: 'Conversion rate',
};

/** A metric value as the report prints it: money in the currency, ratios as percent, ROAS as "3.21×". */
export function formatFigure(metric: Metric, value: number | null | undefined, locale: string, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (METRIC_FORMAT[metric]) {
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
    case 'ratio':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value)}×`;
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
}
