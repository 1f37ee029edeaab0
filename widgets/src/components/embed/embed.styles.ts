import { css } from 'lit';

/** The default light and dark palettes (layer 1 tokens); host CSS on the element and theme data override them. */
export const embedStyles = css`
  :host {
    display: block;
    color-scheme: light;
    --stratum-color-primary: #1d4ed8;
    --stratum-color-on-primary: #ffffff;
    --stratum-color-background: #f8fafc;
    --stratum-color-surface: #ffffff;
    --stratum-color-text: #0f172a;
    --stratum-color-text-muted: #475569;
    --stratum-color-border: #d9e0e8;
    --stratum-color-positive: #047857;
    --stratum-color-negative: #b91c1c;
    --stratum-color-warning: #a16207;
    --stratum-color-focus: #2563eb;
    --stratum-chart-1: #2563eb;
    --stratum-chart-2: #0d9488;
    --stratum-chart-3: #d97706;
    --stratum-chart-4: #9333ea;
    --stratum-chart-5: #db2777;
    --stratum-chart-6: #64748b;
  }
  :host([data-scheme='dark']) {
    color-scheme: dark;
    --stratum-color-primary: #93b4ff;
    --stratum-color-on-primary: #0b1220;
    --stratum-color-background: #0b1220;
    --stratum-color-surface: #111a2e;
    --stratum-color-text: #e5e9f2;
    --stratum-color-text-muted: #a9b4c8;
    --stratum-color-border: #2a3650;
    --stratum-color-positive: #4ade80;
    --stratum-color-negative: #fca5a5;
    --stratum-color-warning: #fcd34d;
    --stratum-color-focus: #93b4ff;
    --stratum-chart-1: #93b4ff;
    --stratum-chart-2: #5eead4;
    --stratum-chart-3: #fbbf24;
    --stratum-chart-4: #d8b4fe;
    --stratum-chart-5: #f9a8d4;
    --stratum-chart-6: #cbd5e1;
  }
  :host([hidden]) {
    display: none;
  }
`;
