/**
 * The widget library: importing this module registers every element (stratum-embed first, so widgets find
 * their embed as they upgrade) and installs `window.Stratum`.
 */
import './define/stratum-embed.js';
import './define/stratum-kpi.js';
import { installGlobal } from './stratum.js';

installGlobal();

export { Stratum, VERSION, type StratumGlobal } from './stratum.js';
export { StratumEmbed } from './components/embed/embed.js';
export { StratumKpi } from './components/kpi/kpi.js';
export * from './core/events.js';
export { StratumApiError, type ErrorKind } from './core/errors.js';
export type { EmbedOptions, TokenProvider } from './core/session.js';
export { themeToTokens, type ThemeInput, type ThemeColors } from './core/theme.js';
export type * from './contract.js';
