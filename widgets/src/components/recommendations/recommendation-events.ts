import type { AppliedChange, RecommendationDto } from '../../contract.js';
import { stratumEvent } from '../../core/events.js';

/** Fired before a recommendation is applied; cancel it (`preventDefault()`) to veto or handle the apply yourself. */
export class StratumRecommendationApplyEvent extends stratumEvent('stratum-recommendation-apply', { cancelable: true })<{ recommendation: RecommendationDto }> {}

/** Fired after the server applied a recommendation, with the changes it made. */
export class StratumRecommendationAppliedEvent extends stratumEvent('stratum-recommendation-applied')<{ recommendation: RecommendationDto; changes: AppliedChange[] }> {}

/** Fired before a recommendation is dismissed; cancelable. */
export class StratumRecommendationDismissEvent extends stratumEvent('stratum-recommendation-dismiss', { cancelable: true })<{ recommendation: RecommendationDto; reason: string | null }> {}

/** Fired after a recommendation was dismissed. */
export class StratumRecommendationDismissedEvent extends stratumEvent('stratum-recommendation-dismissed')<{ recommendation: RecommendationDto }> {}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-recommendation-apply': StratumRecommendationApplyEvent;
    'stratum-recommendation-applied': StratumRecommendationAppliedEvent;
    'stratum-recommendation-dismiss': StratumRecommendationDismissEvent;
    'stratum-recommendation-dismissed': StratumRecommendationDismissedEvent;
  }
}
