import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    --stratum-dashboard-background: transparent;
    --stratum-dashboard-gap: calc(var(--stratum-space, 8px) * 2 * var(--stratum-density, 1));
    --_dash-bg: var(--stratum-dashboard-background);
    --_gap: var(--stratum-dashboard-gap);
  }
  [part~='base'] {
    display: block;
    background: var(--_dash-bg);
    container: dashboard / inline-size;
  }
  [part~='content'] {
    display: grid;
    gap: var(--_gap);
  }
  .heading {
    display: grid;
    gap: 0.2em;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
  }
  .description {
    margin: 0;
    color: var(--_muted);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    gap: var(--_gap);
    align-items: stretch;
  }
  .cell {
    min-inline-size: 0;
    grid-column: span var(--_w, 12);
  }
  .cell[data-size='small'] {
    --_w: 3;
  }
  .cell[data-size='medium'] {
    --_w: 6;
  }
  .cell[data-size='wide'] {
    --_w: 8;
  }
  .cell[data-size='third'] {
    --_w: 4;
  }
  .cell[data-size='full'] {
    --_w: 12;
  }
  @container dashboard (max-width: 900px) {
    .cell[data-size='small'] {
      --_w: 6;
    }
    .cell[data-size='medium'],
    .cell[data-size='wide'],
    .cell[data-size='third'] {
      --_w: 12;
    }
  }
  @container dashboard (max-width: 480px) {
    .cell[data-size] {
      --_w: 12;
    }
  }
  .drill {
    display: grid;
    gap: calc(var(--_space) * 1);
  }
  .drill-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 1);
  }
  .drill h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .unavailable {
    color: var(--_muted);
  }
`;
