import { css } from 'lit';

/** What the report widgets (attribution, benchmarks) share: the card's layout, the comparison table, the notes. */
export const reportWidgetStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.45em 0.6em;
    border-block-end: 1px solid var(--_border);
    vertical-align: middle;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.88em;
  }
`;
