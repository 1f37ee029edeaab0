import { StratumSignalHealth } from '../components/signal-health/signal-health.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-signal-health', StratumSignalHealth);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-signal-health': StratumSignalHealth;
  }
}
