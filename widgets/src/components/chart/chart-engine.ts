/**
 * The chart engine: chart.js with only the pieces the widgets use, registered on first use per chart type.
 * This module is the lazy chunk: `<stratum-chart>` imports it dynamically, so pages without charts never load it.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

export type EngineChartType = 'line' | 'bar' | 'doughnut';

const registered = new Set<EngineChartType>();

function register(type: EngineChartType): void {
  if (registered.has(type)) return;
  registered.add(type);
  if (type === 'line') Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip, Legend);
  if (type === 'bar') Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
  if (type === 'doughnut') Chart.register(DoughnutController, ArcElement, Tooltip, Legend);
}

export function createChart(canvas: HTMLCanvasElement, config: ChartConfiguration<EngineChartType>): Chart<EngineChartType> {
  register(config.type);
  return new Chart(canvas, config);
}

export { chartConfig } from './chart-config.js';
export type { Chart, ChartConfiguration };
