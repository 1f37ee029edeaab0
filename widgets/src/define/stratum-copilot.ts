import { StratumCopilot } from '../components/copilot/copilot.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-copilot', StratumCopilot);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-copilot': StratumCopilot;
  }
}
