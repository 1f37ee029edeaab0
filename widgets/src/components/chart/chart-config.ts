import type { ChartConfiguration } from 'chart.js';
import type { ChartType, Dimension, Metric } from '../../contract.js';
import { formatMetric } from '../../core/format.js';
import type { EngineChartType } from './chart-engine.js';
import type { ChartData } from './series.js';

/** What a chart's configuration depends on besides its tokens (part of the lazy chart chunk, as chart.js is). */
export interface ChartConfigInput {
  data: ChartData;
  currency: string;
  type: ChartType;
  locale: string;
  rtl: boolean;
  /** Animate changes (not the first paint). */
  animate: boolean;
  onSelect: (dimension: Dimension, key: string, label: string) => void;
}

interface ChartTokens {
  palette: string[];
  text: string;
  grid: string;
  surface: string;
  font: string;
}
const FALLBACK_PALETTE = ['#2563eb', '#0d9488', '#d97706', '#9333ea', '#db2777', '#64748b'];

function translucent(color: string, alpha: number): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}` : color;
}

/** The chart's colours and font, read from the --stratum-* tokens in one style read. */
function tokensOf(element: Element): ChartTokens {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    palette: FALLBACK_PALETTE.map((fallback, index) => read(`--stratum-chart-${index + 1}`, fallback)),
    text: read('--stratum-color-text-muted', '#475569'),
    grid: read('--stratum-color-border', '#d9e0e8'),
    surface: read('--stratum-color-surface', '#ffffff'),
    font: read('--stratum-font-family', 'system-ui, sans-serif'),
  };
}

/** The chart.js configuration of `<stratum-chart>` (`element`: whose --stratum-* tokens colour it). */
export function chartConfig(element: Element, { data, currency, type, locale, rtl, animate, onSelect }: ChartConfigInput): ChartConfiguration<EngineChartType> {
  const { palette, text, grid, surface, font } = tokensOf(element);
  const color = (index: number) => palette[index % palette.length]!;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const formatTick = (metric: Metric) => (value: number | string) => formatMetric(metric, Number(value), { locale, currency, compact: true });
  const firstMetric = data.series[0]?.metric ?? 'spend';
  const datasets = data.series.map((series, index) => {
    const base = { label: series.label, data: series.values, borderColor: color(index), backgroundColor: color(index) };
    if (type === 'doughnut') return { ...base, backgroundColor: data.categories.map((_, position) => color(position)), borderColor: surface };
    if (type === 'area') return { ...base, fill: 'origin', backgroundColor: translucent(color(index), 0.22), tension: 0.3, pointRadius: 0 };
    if (type === 'line') return { ...base, tension: 0.3, pointRadius: data.categories.length > 40 ? 0 : 2, yAxisID: index > 0 && series.metric !== firstMetric ? 'y1' : 'y' };
    return { ...base, borderRadius: 3, maxBarThickness: 42 };
  });
  const dual = type === 'line' && data.series.some((series) => series.metric !== firstMetric);
  const secondMetric = data.series.find((series) => series.metric !== firstMetric)?.metric ?? firstMetric;
  return {
    type: type === 'doughnut' ? 'doughnut' : type === 'line' || type === 'area' ? 'line' : 'bar',
    data: { labels: data.categories.map((category) => category.label), datasets: datasets as never },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion || !animate ? false : { duration: 250 },
      locale,
      font: { family: font },
      color: text,
      interaction: { mode: type === 'doughnut' ? 'nearest' : 'index', intersect: false },
      plugins: {
        legend: { display: data.series.length > 1 || type === 'doughnut', position: 'bottom', rtl, labels: { color: text, boxWidth: 12 } },
        tooltip: {
          rtl,
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${formatMetric(data.series[item.datasetIndex]?.metric ?? firstMetric, item.parsed as unknown as number, { locale, currency })}`,
          },
        },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (!hit || (data.dimension !== 'channel' && data.dimension !== 'campaign')) return;
        const category = data.categories[hit.index];
        if (category && category.key !== 'other') onSelect(data.dimension, category.key, category.label);
      },
      scales:
        type === 'doughnut'
          ? {}
          : {
              x: { stacked: type === 'stacked-bar', reverse: rtl, ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { display: false } },
              y: { stacked: type === 'stacked-bar', beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { color: text, callback: formatTick(firstMetric) }, grid: { color: grid } },
              ...(dual ? { y1: { beginAtZero: true, position: rtl ? 'left' : 'right', ticks: { color: text, callback: formatTick(secondMetric) }, grid: { display: false } } } : {}),
            },
    },
  } as ChartConfiguration<EngineChartType>;
}
