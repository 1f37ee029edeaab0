import { css, html, type TemplateResult } from 'lit';

/**
 * Tells a widget when the design tokens it paints with outside CSS change at runtime — a light/dark switch by
 * `prefers-color-scheme`, the embed's `color-scheme` attribute or theme, or host CSS swapping the tokens — so a
 * canvas (which cannot use var()) repaints without a reload. An invisible node takes its colours from the tokens
 * and transitions them for 1 ms: any change of a token starts a transition, and `transitionrun` reports it.
 */
export const tokenProbeStyles = css`
  .token-probe {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
    border: 0 solid;
    color: var(--stratum-chart-1, #000);
    background-color: var(--stratum-chart-2, #000);
    border-top-color: var(--stratum-chart-3, #000);
    border-right-color: var(--stratum-chart-4, #000);
    border-bottom-color: var(--stratum-chart-5, #000);
    border-left-color: var(--stratum-chart-6, #000);
    outline-color: var(--stratum-color-text-muted, #000);
    text-decoration-color: var(--stratum-color-border, #000);
    caret-color: var(--stratum-color-surface, #000);
    column-rule-color: var(--stratum-color-text, #000);
    /* Beats the reduced-motion rule (* { transition: none !important }): this transition is never seen. */
    transition:
      color 1ms,
      background-color 1ms,
      border-color 1ms,
      outline-color 1ms,
      text-decoration-color 1ms,
      caret-color 1ms,
      column-rule-color 1ms !important;
  }
`;

/** Wraps `callback` so that it runs at most once a frame, however many token transitions start in it. */
export function oncePerFrame(callback: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      callback();
    });
  };
}

/** The probe node; `onChange` (a stable function, see oncePerFrame) runs when a token changed. */
export function tokenProbe(onChange: () => void): TemplateResult {
  return html`<span class="token-probe" aria-hidden="true" @transitionrun=${onChange}></span>`;
}
