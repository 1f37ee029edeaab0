import { css } from 'lit';

export const copilotStyles = css`
  :host {
    --stratum-copilot-background: var(--stratum-color-surface, #ffffff);
    --stratum-copilot-user-bubble: var(--stratum-color-primary, #1d4ed8);
    --stratum-copilot-on-user-bubble: var(--stratum-color-on-primary, #ffffff);
    --stratum-copilot-assistant-bubble: var(--stratum-color-background, #f1f5f9);
    --stratum-copilot-height: 520px;
    --_card-bg: var(--stratum-copilot-background);
    --_user: var(--stratum-copilot-user-bubble);
    --_on-user: var(--stratum-copilot-on-user-bubble);
    --_assistant: var(--stratum-copilot-assistant-bubble);
  }
  [part~='base'] {
    display: grid;
    grid-template-rows: auto 1fr auto;
    gap: var(--_space);
    block-size: var(--stratum-copilot-height);
  }
  :host([mode='inline']) [part~='base'] {
    block-size: auto;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  [part~='log'] {
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-inline-end: 2px;
  }
  [part~='message'] {
    max-inline-size: 92%;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part~='message'][data-role='user'] {
    align-self: flex-end;
  }
  .bubble {
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }
  [data-role='user'] .bubble {
    background: var(--_user);
    color: var(--_on-user);
  }
  [data-role='assistant'] .bubble {
    background: var(--_assistant);
  }
  .who {
    font-size: 0.78em;
    color: var(--_muted);
  }
  .tool-card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    margin: 0;
  }
  .tool-card h4 {
    margin: 0 0 0.4em;
  }
  .tool-card dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em var(--_space);
  }
  .tool-card dt {
    color: var(--_muted);
  }
  .tool-card dd {
    margin: 0;
  }
  .tool-card table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  .tool-card th,
  .tool-card td {
    text-align: start;
    padding: 0.2em 0.4em;
    border-block-end: 1px solid var(--_border);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    margin: 0;
  }
  .mini-chart {
    inline-size: 100%;
    block-size: 64px;
    fill: var(--_primary);
  }
  .tool-actions,
  [part~='approval'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-start: var(--_space);
  }
  .warn,
  .down,
  .tool-error {
    color: var(--_negative);
  }
  .up {
    color: var(--_positive);
  }
  .muted {
    color: var(--_muted);
    margin: 0;
  }
  [part~='composer'] {
    display: flex;
    gap: var(--_space);
    align-items: flex-end;
  }
  textarea,
  textarea {
    flex: 1;
    resize: vertical;
    min-block-size: 2.6em;
    max-block-size: 10em;
    padding: 0.5em 0.75em;
  }
  .edit-form {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.75) var(--_space);
    align-items: center;
    margin-block-start: var(--_space);
  }
  .edit-form fieldset {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    margin: 0;
  }
  .edit-form .check {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .edit-form .tool-actions {
    grid-column: 1 / -1;
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
