import type * as Engine from './chart-engine.js';

let engine: Promise<typeof Engine> | undefined;

/**
 * The lazy chart.js chunk, requested once per page. A dashboard asks for it as soon as its definition shows a
 * chart, so the chunk loads and evaluates while the widgets' data is still on its way.
 */
export function loadChartEngine(): Promise<typeof Engine> {
  engine ??= import('./chart-engine.js');
  return engine;
}
