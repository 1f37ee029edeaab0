import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --stratum-kpi-background: var(--stratum-color-surface, #ffffff);
    --stratum-kpi-value-color: var(--stratum-color-text, #0f172a);
    --stratum-kpi-value-size: 1.9em;
    --stratum-kpi-sparkline-color: var(--stratum-chart-1, var(--stratum-color-primary, #1d4ed8));
    --_card-bg: var(--stratum-kpi-background);
    --_value-color: var(--stratum-kpi-value-color);
    --_value-size: var(--stratum-kpi-value-size);
    --_spark: var(--stratum-kpi-sparkline-color);
  }
  [part~='base'] {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
    container-type: inline-size;
  }
  [part~='content'] {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .value {
    margin: 0;
    /* Shrinks with a narrow tile rather than breaking a figure across lines. */
    font-size: min(var(--_value-size), 17cqi);
    font-weight: 650;
    line-height: 1.15;
    color: var(--_value-color);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .delta {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .change {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .delta[data-tone='positive'] .change {
    color: var(--_positive);
  }
  .delta[data-tone='negative'] .change {
    color: var(--_negative);
  }
  .sparkline {
    display: block;
    inline-size: 100%;
    block-size: 36px;
    margin-block-start: calc(var(--_space) * 0.5);
    overflow: visible;
  }
  .sparkline polyline {
    fill: none;
    stroke: var(--_spark);
    stroke-width: 2;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline polygon {
    fill: color-mix(in srgb, var(--_spark) 12%, transparent);
  }
`;
