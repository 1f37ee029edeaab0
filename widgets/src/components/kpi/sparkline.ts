import { svg, type SVGTemplateResult } from 'lit';

/** A small trend line (oldest → newest), purely decorative: the value and delta carry the meaning. */
export function sparkline(values: readonly number[]): SVGTemplateResult | undefined {
  if (values.length < 2) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((value, index) => `${((index / (values.length - 1)) * 100).toFixed(2)},${(30 - ((value - min) / span) * 28 - 1).toFixed(2)}`);
  return svg`<svg part="sparkline" class="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <polygon points="0,30 ${points.join(' ')} 100,30"></polygon>
    <polyline points=${points.join(' ')}></polyline>
  </svg>`;
}
