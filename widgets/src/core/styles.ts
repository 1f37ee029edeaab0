import { css } from 'lit';

/**
 * Shared by every widget. Layer 1 (global `--stratum-*` tokens) is read here into layer 3 (private `--_*`);
 * each component declares its own layer 2 (`--stratum-<component>-*`) on `:host`, defaulting to these.
 * Typography is set on the inner `[part=base]` node, so host CSS (even `* { all: unset }` or `!important`
 * rules on the host element) cannot change the inside.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    min-inline-size: 0;
    --_primary: var(--stratum-color-primary, #1d4ed8);
    --_on-primary: var(--stratum-color-on-primary, #ffffff);
    --_surface: var(--stratum-color-surface, #ffffff);
    --_background: var(--stratum-color-background, #f8fafc);
    --_text: var(--stratum-color-text, #0f172a);
    --_muted: var(--stratum-color-text-muted, #475569);
    --_border: var(--stratum-color-border, #d9e0e8);
    --_positive: var(--stratum-color-positive, #047857);
    --_negative: var(--stratum-color-negative, #b91c1c);
    --_warning: var(--stratum-color-warning, #a16207);
    --_focus: var(--stratum-color-focus, #2563eb);
    --_skeleton: var(--stratum-color-skeleton, color-mix(in srgb, var(--_text) 9%, transparent));
    --_font: var(--stratum-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--stratum-font-size, 14px);
    --_radius: var(--stratum-radius, 8px);
    --_density: var(--stratum-density, 1);
    --_space: calc(var(--stratum-space, 8px) * var(--_density));
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='base'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    position: relative;
    block-size: 100%;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
    text-align: start;
    direction: inherit;
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card {
    background: var(--_card-bg, var(--_surface));
    border: 1px solid var(--_card-border, var(--_border));
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 0.86em;
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0.01em;
  }
  .skeleton-line {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: var(--_skeleton);
    margin-block: 0.5em;
    animation: stratum-pulse 1.4s ease-in-out infinite;
  }
  @keyframes stratum-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  .state {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .state-title {
    margin: 0;
    font-weight: 600;
  }
  .state-message {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 32px;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    font-weight: 500;
  }
  .button:hover {
    border-color: var(--_primary);
  }
  .button--primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
`;

export const skeletonWidths = css`
  .skeleton-line[data-line='0'] {
    inline-size: 45%;
  }
  .skeleton-line[data-line='1'] {
    inline-size: 80%;
    block-size: 1.8em;
  }
  .skeleton-line[data-line='2'] {
    inline-size: 60%;
  }
`;
