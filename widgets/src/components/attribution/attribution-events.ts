import type { AttributionModel } from '../../contract.js';

export interface AttributionModelDetail {
  model: AttributionModel;
}

/** Fired when the viewer picks another attribution model in `<stratum-attribution>`. */
export class StratumAttributionModelChangeEvent extends CustomEvent<AttributionModelDetail> {
  static readonly type = 'stratum-attribution-model-change';
  constructor(detail: AttributionModelDetail) {
    super(StratumAttributionModelChangeEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-attribution-model-change': StratumAttributionModelChangeEvent;
  }
}
