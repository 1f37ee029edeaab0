import { svg, type TemplateResult } from 'lit';
import type { RecommendationEvidence } from '../../contract.js';

/**
 * The evidence series as a small SVG line chart: the observed values, and the fitted trend or seasonal baseline
 * dashed. Values only become coordinates; nothing from the data is rendered as markup.
 */
export function evidenceChart(series: NonNullable<RecommendationEvidence['series']>, label: string): TemplateResult {
  const w = 320;
  const h = 96;
  const pad = 4;
  const values = series.points.flatMap((p) => (p.baseline === undefined ? [p.value] : [p.value, p.baseline]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => pad + (i * (w - 2 * pad)) / Math.max(1, series.points.length - 1);
  const y = (v: number) => h - pad - ((v - min) * (h - 2 * pad)) / span;
  const line = (pick: (p: (typeof series.points)[number]) => number | undefined) =>
    series.points
      .map((p, i) => [i, pick(p)] as const)
      .filter((e): e is readonly [number, number] => e[1] !== undefined)
      .map(([i, v], k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ');
  return svg`<svg part="evidence-chart" class="chart" viewBox="0 0 ${w} ${h}" role="img" aria-label=${label} preserveAspectRatio="none">
    <path class="baseline" d=${line((p) => p.baseline)} />
    <path class="observed" d=${line((p) => p.value)} />
  </svg>`;
}
