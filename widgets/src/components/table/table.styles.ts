import { css } from 'lit';

export const tableStyles = css`
  :host {
    --stratum-table-background: var(--stratum-color-surface, #ffffff);
    --stratum-table-row-hover: color-mix(in srgb, var(--stratum-color-primary, #1d4ed8) 6%, transparent);
    --_card-bg: var(--stratum-table-background);
    --_row-hover: var(--stratum-table-row-hover);
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.9);
    border-block-end: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: start;
    white-space: normal;
  }
  thead th {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody tr:hover {
    background: var(--_row-hover);
  }
  td:focus-visible,
  th:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .sort {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    border-radius: 4px;
  }
  .sort:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sort-icon {
    font-size: 0.8em;
  }
  .name {
    all: unset;
    cursor: pointer;
    color: var(--_primary);
    font-weight: 500;
  }
  .name:hover {
    text-decoration: underline;
  }
  .name:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .pager-buttons {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .notice {
    margin: 0;
    color: var(--_negative);
    font-size: 0.9em;
  }
`;
