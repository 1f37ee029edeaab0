import { configure } from './core/global-config.js';
import type { EmbedOptions } from './core/session.js';

export const VERSION = '0.1.0';

/** The page-wide API, also at `window.Stratum`. */
export interface StratumGlobal {
  version: string;
  /** Settings for widgets placed anywhere in the page, outside a `<stratum-embed>`. */
  configure(options: EmbedOptions): void;
}

export const Stratum: StratumGlobal = {
  version: VERSION,
  configure(options) {
    configure(options);
  },
};

declare global {
  interface Window {
    Stratum?: StratumGlobal;
  }
}

/** The first copy loaded owns `window.Stratum` (loading the bundle twice is harmless). */
export function installGlobal(): StratumGlobal {
  window.Stratum ??= Stratum;
  return window.Stratum;
}
