import { css } from 'lit';

export const recommendationsStyles = css`
  :host {
    --stratum-recommendations-background: var(--stratum-color-surface, #ffffff);
    --stratum-recommendations-card-background: var(--stratum-color-background, #f8fafc);
    --stratum-recommendations-accent: var(--stratum-color-primary, #1d4ed8);
    --stratum-recommendations-gated: var(--stratum-color-warning, #a16207);
    --_card-bg: var(--stratum-recommendations-background);
    --_item-bg: var(--stratum-recommendations-card-background);
    --_accent: var(--stratum-recommendations-accent);
    --_gated: var(--stratum-recommendations-gated);
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .filters {
    display: flex;
    gap: var(--_space);
  }
  select {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    padding: 0.25em 0.5em;
    min-block-size: 32px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part~='card'] {
    background: var(--_item-bg);
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part~='card'][data-gated='true'] {
    border-inline-start-color: var(--_gated);
  }
  [part~='card'][data-status='applied'],
  [part~='card'][data-status='dismissed'] {
    background: var(--_surface);
    border-style: dashed;
  }
  [part~='headline'] {
    margin: 0;
    font-size: 1.05em;
    font-weight: 650;
  }
  .kind {
    font-size: 0.78em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em calc(var(--_space) * 1.5);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .impact {
    color: var(--_positive);
    font-weight: 600;
  }
  .range {
    color: var(--_muted);
    font-weight: 400;
  }
  [part~='gate'] {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    inline-size: fit-content;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_text);
    border: 1px solid var(--_gated);
    background: color-mix(in srgb, var(--_gated) 10%, var(--_surface));
  }
  .gate-note,
  [part~='card-error'] {
    margin: 0;
    font-size: 0.9em;
  }
  [part~='card-error'] {
    color: var(--_negative);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .status {
    font-weight: 600;
    color: var(--_muted);
  }
  [part~='evidence'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .chart {
    inline-size: 100%;
    block-size: 96px;
  }
  .chart .observed {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .chart .baseline {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
    stroke-width: 1;
  }
  code {
    font-size: 0.85em;
    white-space: pre-wrap;
    word-break: break-word;
    color: var(--_muted);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  input[type='text'] {
    flex: 1 1 14em;
    min-block-size: 32px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.25em 0.5em;
    background: var(--_surface);
  }
`;
