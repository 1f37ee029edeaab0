import { svg, type SVGTemplateResult } from 'lit';
import { ATTRIBUTION_MODELS, type AttributionModel, type AttributionResult } from '../../contract.js';
import { channelLabel } from '../../core/labels.js';

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 24;

/** Share of conversions a model gives a channel (0–1). */
export function shareOf(result: AttributionResult, model: AttributionModel, channel: string): number {
  return result.models.find((m) => m.model === model)?.credits.find((c) => c.channel === channel)?.share ?? 0;
}

/**
 * Grouped bars: one group per channel, one bar per model, the selected model at full strength. Geometry lives in
 * attributes and colours in classes (a strict CSP forbids inline styles).
 */
export function attributionChart(result: AttributionResult, selected: AttributionModel): SVGTemplateResult {
  const models = ATTRIBUTION_MODELS.filter((model) => result.models.some((m) => m.model === model));
  const max = Math.max(0.01, ...models.flatMap((model) => result.channels.map((channel) => shareOf(result, model, channel))));
  const group = WIDTH / Math.max(1, result.channels.length);
  const bar = (group - 16) / Math.max(1, models.length);
  return svg`<svg class="chart-svg" viewBox=${`0 0 ${WIDTH} ${HEIGHT + AXIS}`} aria-hidden="true" focusable="false">
    <line class="axis" x1="0" x2=${WIDTH} y1=${HEIGHT} y2=${HEIGHT}></line>
    ${result.channels.map(
      (channel, g) => svg`<g transform=${`translate(${g * group + 8},0)`}>
        ${models.map((model, i) => {
          const h = (shareOf(result, model, channel) / max) * (HEIGHT - 8);
          return svg`<rect class=${`bar s${ATTRIBUTION_MODELS.indexOf(model)}`} data-selected=${model === selected ? 'true' : 'false'} x=${i * bar} y=${HEIGHT - h} width=${Math.max(1, bar - 2)} height=${h}></rect>`;
        })}
        <text class="label" x=${(group - 16) / 2} y=${HEIGHT + 17} text-anchor="middle">${channelLabel(channel)}</text>
      </g>`,
    )}
  </svg>`;
}
