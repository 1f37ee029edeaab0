import { css } from 'lit';

export const benchmarksStyles = css`
  :host {
    --stratum-benchmarks-background: var(--stratum-color-surface, #ffffff);
    --stratum-benchmarks-better: var(--stratum-color-positive, #047857);
    --stratum-benchmarks-worse: var(--stratum-color-negative, #b91c1c);
    --stratum-benchmarks-band: color-mix(in srgb, var(--stratum-color-primary, #1d4ed8) 22%, transparent);
    --_card-bg: var(--stratum-benchmarks-background);
  }
  .you {
    font-weight: 650;
  }
  .you[data-better='true'] {
    color: var(--stratum-benchmarks-better);
  }
  .you[data-better='false'] {
    color: var(--stratum-benchmarks-worse);
  }
  .verdict {
    display: block;
    font-size: 0.8em;
    font-weight: 500;
  }
  .range-svg {
    display: block;
    inline-size: 100%;
    min-inline-size: 120px;
    block-size: 18px;
  }
  :host(:dir(rtl)) .range-svg {
    transform: scaleX(-1);
  }
  .track {
    fill: color-mix(in srgb, var(--_text) 10%, transparent);
  }
  .band {
    fill: var(--stratum-benchmarks-band);
  }
  .median {
    fill: var(--_text);
  }
  .marker {
    fill: var(--_primary);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
`;
