import { css } from 'lit';

export const attributionStyles = css`
  :host {
    --stratum-attribution-background: var(--stratum-color-surface, #ffffff);
    --stratum-attribution-series-1: var(--stratum-color-primary, #1d4ed8);
    --stratum-attribution-series-2: var(--stratum-color-positive, #047857);
    --stratum-attribution-series-3: var(--stratum-color-warning, #a16207);
    --stratum-attribution-series-4: var(--stratum-color-negative, #b91c1c);
    --stratum-attribution-series-5: var(--stratum-color-text-muted, #475569);
    --_card-bg: var(--stratum-attribution-background);
  }
  [part~='models'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border: 0;
    margin: 0;
    padding: 0;
  }
  [part~='model'] {
    position: relative;
  }
  [part~='model'] input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  [part~='model'] span {
    display: inline-block;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: 999px;
    color: var(--_primary);
    font-size: 0.9em;
  }
  [part~='model'] input:checked + span {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [part~='model'] input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart-svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 260px;
  }
  .axis {
    stroke: var(--_border);
  }
  .label {
    fill: var(--_text);
    font-size: 13px;
  }
  .bar {
    opacity: 0.4;
  }
  .bar[data-selected='true'] {
    opacity: 1;
  }
  .s0 {
    fill: var(--stratum-attribution-series-1);
  }
  .s1 {
    fill: var(--stratum-attribution-series-2);
  }
  .s2 {
    fill: var(--stratum-attribution-series-3);
  }
  .s3 {
    fill: var(--stratum-attribution-series-4);
  }
  .s4 {
    fill: var(--stratum-attribution-series-5);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    inline-size: 10px;
    block-size: 10px;
    flex: none;
  }
  [data-selected='true'] {
    color: var(--_primary);
    font-weight: 650;
  }
  .share {
    color: var(--_muted);
    font-weight: 400;
  }
`;
