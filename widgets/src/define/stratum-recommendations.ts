import { StratumRecommendations } from '../components/recommendations/recommendations.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-recommendations', StratumRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-recommendations': StratumRecommendations;
  }
}
