import type * as Engine from './chart-engine.js';

/** The lazy chunk's exports, as `<stratum-chart>` receives them. */
export type ChartEngine = typeof Engine;

let engine: Promise<ChartEngine> | undefined;

/**
 * The lazy chart.js chunk, requested once per page (again after a failed load). A dashboard asks for it as soon as
 * it starts loading its definition, so the chunk loads and evaluates while the definition and its data are on
 * their way.
 */
export function loadChartEngine(): Promise<ChartEngine> {
  engine ??= import('./chart-engine.js').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
