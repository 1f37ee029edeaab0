import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** JSX types for the Stratum web components the portal renders (attributes are strings, as in any host page). */
type El<P> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & P & { class?: string };
type QueryAttrs = { range?: string; from?: string; to?: string; compare?: string; channels?: string; campaigns?: string; today?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'stratum-embed': El<{ 'api-base'?: string; token?: string; theme?: string; 'color-scheme'?: string; locale?: string; currency?: string; today?: string }>;
      'stratum-kpi': El<QueryAttrs & { metric?: string; label?: string; sparkline?: string }>;
      'stratum-chart': El<QueryAttrs & { metrics?: string; metric?: string; dimension?: string; grain?: string; type?: string; 'chart-type'?: string; limit?: string; label?: string }>;
      'stratum-table': El<QueryAttrs & { metrics?: string; dimension?: string; limit?: string; label?: string }>;
      'stratum-dashboard': El<{ dashboard?: string; range?: string }>;
      'stratum-signal-health': El<{ label?: string }>;
      'stratum-recommendations': El<{ label?: string; limit?: string }>;
      'stratum-copilot': El<{ label?: string }>;
      'stratum-attribution': El<{ range?: string; from?: string; to?: string; model?: string; heading?: string; 'half-life-days'?: string }>;
      'stratum-benchmarks': El<{ range?: string; from?: string; to?: string; heading?: string }>;
    }
  }
}

export {};
