/**
 * The widget library: importing this module registers every element (stratum-embed first, so widgets find
 * their embed as they upgrade; the AI elements as soon as one is used) and installs `window.Stratum`. Its own
 * code has no side effects: they all live in the define/ modules it imports.
 */
import './define/stratum-embed.js';
import './define/stratum-kpi.js';
import './define/stratum-chart.js';
import './define/stratum-table.js';
import './define/stratum-signal-health.js';
import './define/stratum-filter-bar.js';
import './define/stratum-dashboard.js';
// window.Stratum; <stratum-recommendations>, <stratum-copilot>, <stratum-attribution> and <stratum-benchmarks> load on first use.
import './define/stratum-global.js';

export { Stratum, VERSION, type StratumGlobal } from './stratum.js';
export { StratumEmbed } from './components/embed/embed.js';
export { StratumKpi } from './components/kpi/kpi.js';
export { StratumChart } from './components/chart/chart.js';
export { StratumTable } from './components/table/table.js';
export { StratumSignalHealth } from './components/signal-health/signal-health.js';
export { StratumFilterBar } from './components/filter-bar/filter-bar.js';
export { StratumDashboard } from './components/dashboard/dashboard.js';
export type { StratumRecommendations } from './components/recommendations/recommendations.js';
export type { StratumCopilot } from './components/copilot/copilot.js';
export type { StratumAttribution } from './components/attribution/attribution.js';
export type { StratumBenchmarks } from './components/benchmarks/benchmarks.js';
export { loadElement } from './core/lazy-elements.js';
export * from './components/recommendations/recommendation-events.js';
export * from './components/copilot/copilot-events.js';
export * from './components/attribution/attribution-events.js';
export * from './core/events.js';
export { StratumApiError, type ErrorKind } from './core/errors.js';
export type { EmbedOptions, TokenProvider } from './core/session.js';
export { themeToTokens, type ThemeInput, type ThemeColors, type ColorScheme, type Density } from './core/theme.js';
export type * from './contract.js';
