import { StratumTable } from '../components/table/table.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-table', StratumTable);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-table': StratumTable;
  }
}
