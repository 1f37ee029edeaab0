import { StratumAttribution } from '../components/attribution/attribution.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-attribution', StratumAttribution);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-attribution': StratumAttribution;
  }
}
