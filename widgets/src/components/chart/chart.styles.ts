import { css } from 'lit';

export const chartStyles = css`
  :host {
    --stratum-chart-background: var(--stratum-color-surface, #ffffff);
    --stratum-chart-height: 240px;
    --_card-bg: var(--stratum-chart-background);
    --_height: var(--stratum-chart-height);
  }
  [part~='base'] {
    display: grid;
    grid-template-rows: auto auto 1fr auto;
    gap: calc(var(--_space) * 0.75);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .canvas {
    position: relative;
    inline-size: 100%;
    block-size: var(--_height);
    min-block-size: 120px;
  }
  canvas {
    display: block;
  }
  .toggle {
    justify-self: start;
    min-block-size: 28px;
    padding: 0.15em 0.7em;
    font-size: 0.86em;
  }
  .data-table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    text-align: start;
    color: var(--_muted);
    padding-block-end: 0.3em;
  }
  .data-table th,
  .data-table td {
    padding: 0.3em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
  }
  .data-table th[scope='row'],
  .data-table thead th:first-child {
    text-align: start;
  }
  .table-wrap {
    max-block-size: 320px;
    overflow: auto;
  }
  .link {
    all: unset;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
  }
  .link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
