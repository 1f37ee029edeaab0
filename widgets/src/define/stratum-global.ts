/**
 * The page-wide part of the library: `window.Stratum` (Stratum.configure for widgets outside a <stratum-embed>)
 * and the lazily loaded elements (AI, reports), whose code loads as soon as one of them is in the page. Imported by the full
 * library; on its own as `@stratum/widgets/global.js` next to per-element imports.
 */
import { watchLazyElements } from '../core/lazy-elements.js';
import { installGlobal } from '../stratum.js';

installGlobal();
// The AI and report elements load on first use (see core/lazy-elements.ts).
watchLazyElements();

export { Stratum, type StratumGlobal } from '../stratum.js';
