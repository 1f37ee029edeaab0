import { StratumBenchmarks } from '../components/benchmarks/benchmarks.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-benchmarks', StratumBenchmarks);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-benchmarks': StratumBenchmarks;
  }
}
