import { StratumKpi } from '../components/kpi/kpi.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-kpi', StratumKpi);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-kpi': StratumKpi;
  }
}
