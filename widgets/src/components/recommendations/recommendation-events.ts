import type { AppliedChange, RecommendationDto } from '../../contract.js';

const init = { bubbles: true, composed: true } as const;

/** Fired before a recommendation is applied; cancel it (`preventDefault()`) to veto or handle the apply yourself. */
export class StratumRecommendationApplyEvent extends CustomEvent<{ recommendation: RecommendationDto }> {
  static readonly type = 'stratum-recommendation-apply';
  constructor(detail: { recommendation: RecommendationDto }) {
    super(StratumRecommendationApplyEvent.type, { ...init, cancelable: true, detail });
  }
}

/** Fired after the server applied a recommendation, with the changes it made. */
export class StratumRecommendationAppliedEvent extends CustomEvent<{ recommendation: RecommendationDto; changes: AppliedChange[] }> {
  static readonly type = 'stratum-recommendation-applied';
  constructor(detail: { recommendation: RecommendationDto; changes: AppliedChange[] }) {
    super(StratumRecommendationAppliedEvent.type, { ...init, detail });
  }
}

/** Fired before a recommendation is dismissed; cancelable. */
export class StratumRecommendationDismissEvent extends CustomEvent<{ recommendation: RecommendationDto; reason: string | null }> {
  static readonly type = 'stratum-recommendation-dismiss';
  constructor(detail: { recommendation: RecommendationDto; reason: string | null }) {
    super(StratumRecommendationDismissEvent.type, { ...init, cancelable: true, detail });
  }
}

/** Fired after a recommendation was dismissed. */
export class StratumRecommendationDismissedEvent extends CustomEvent<{ recommendation: RecommendationDto }> {
  static readonly type = 'stratum-recommendation-dismissed';
  constructor(detail: { recommendation: RecommendationDto }) {
    super(StratumRecommendationDismissedEvent.type, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-recommendation-apply': StratumRecommendationApplyEvent;
    'stratum-recommendation-applied': StratumRecommendationAppliedEvent;
    'stratum-recommendation-dismiss': StratumRecommendationDismissEvent;
    'stratum-recommendation-dismissed': StratumRecommendationDismissedEvent;
  }
}
