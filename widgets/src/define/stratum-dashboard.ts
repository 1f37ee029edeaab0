import { StratumDashboard } from '../components/dashboard/dashboard.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-dashboard', StratumDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-dashboard': StratumDashboard;
  }
}
