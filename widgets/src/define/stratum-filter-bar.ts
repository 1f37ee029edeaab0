import { StratumFilterBar } from '../components/filter-bar/filter-bar.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-filter-bar', StratumFilterBar);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-filter-bar': StratumFilterBar;
  }
}
