import { css } from 'lit';

export const filterBarStyles = css`
  :host {
    --stratum-filter-bar-background: var(--stratum-color-surface, #ffffff);
    --_card-bg: var(--stratum-filter-bar-background);
  }
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
  }
  label,
  .field {
    display: grid;
    gap: 0.25em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  select,
  input[type='date'] {
    min-block-size: 34px;
    min-inline-size: 9em;
    max-inline-size: 16em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
    font-size: 1.05em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 34px;
    color: var(--_text);
    font-weight: 500;
  }
  .check input {
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_primary);
    margin: 0;
  }
  .spacer {
    flex: 1;
  }
`;
