import { css } from 'lit';

export const signalHealthStyles = css`
  :host {
    --stratum-signal-health-background: var(--stratum-color-surface, #ffffff);
    --stratum-signal-health-good: var(--stratum-color-positive, #047857);
    --stratum-signal-health-bad: var(--stratum-color-negative, #b91c1c);
    --_card-bg: var(--stratum-signal-health-background);
    --_good: var(--stratum-signal-health-good);
    --_bad: var(--stratum-signal-health-bad);
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1);
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .score {
    margin: 0;
    font-size: 1.9em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .score small {
    font-size: 0.5em;
    color: var(--_muted);
    font-weight: 500;
  }
  .gate {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em 0.7em;
    border-radius: 999px;
    font-size: 0.88em;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .gate[data-open='true'] {
    color: var(--_good);
  }
  .gate[data-open='false'] {
    color: var(--_bad);
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  li {
    display: grid;
    grid-template-columns: minmax(6em, 1fr) minmax(8em, 3fr) auto;
    align-items: center;
    gap: calc(var(--_space) * 1);
  }
  .channel {
    font-weight: 600;
  }
  .bar {
    display: block;
    block-size: 10px;
  }
  .bar-svg {
    display: block;
    inline-size: 100%;
    block-size: 10px;
  }
  :host(:dir(rtl)) .bar-svg {
    transform: scaleX(-1);
  }
  .track {
    fill: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .fill {
    fill: var(--_good);
  }
  li[data-gated='true'] .fill {
    fill: var(--_bad);
  }
  .threshold {
    fill: var(--_text);
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-inline-size: 5.5em;
    text-align: end;
  }
  .details {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  @container (max-width: 360px) {
    li {
      grid-template-columns: 1fr auto;
    }
    .bar {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
