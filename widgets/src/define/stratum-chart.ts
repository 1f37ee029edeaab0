import { StratumChart } from '../components/chart/chart.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-chart', StratumChart);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-chart': StratumChart;
  }
}
