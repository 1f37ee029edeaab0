import type { CampaignProposal, CopilotMessageDto } from '../../contract.js';

const init = { bubbles: true, composed: true } as const;

/** Fired before a message is sent; cancel it to stop the send (e.g. to route the question elsewhere). */
export class StratumCopilotSendEvent extends CustomEvent<{ text: string; threadId: string }> {
  static readonly type = 'stratum-copilot-send';
  constructor(detail: { text: string; threadId: string }) {
    super(StratumCopilotSendEvent.type, { ...init, cancelable: true, detail });
  }
}

/** Fired when an answer finished streaming. */
export class StratumCopilotMessageEvent extends CustomEvent<{ message: CopilotMessageDto; threadId: string }> {
  static readonly type = 'stratum-copilot-message';
  constructor(detail: { message: CopilotMessageDto; threadId: string }) {
    super(StratumCopilotMessageEvent.type, { ...init, detail });
  }
}

/** Fired before an approval decision is sent (cancelable), e.g. to ask for a second confirmation in the host. */
export class StratumCopilotApproveEvent extends CustomEvent<{ tool: string; input: unknown; approved: boolean }> {
  static readonly type = 'stratum-copilot-approve';
  constructor(detail: { tool: string; input: unknown; approved: boolean }) {
    super(StratumCopilotApproveEvent.type, { ...init, cancelable: true, detail });
  }
}

/** Fired when the viewer presses Preview on a campaign proposal (the host may open its own preview). */
export class StratumCopilotPreviewEvent extends CustomEvent<{ proposal: CampaignProposal }> {
  static readonly type = 'stratum-copilot-preview';
  constructor(detail: { proposal: CampaignProposal }) {
    super(StratumCopilotPreviewEvent.type, { ...init, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-copilot-send': StratumCopilotSendEvent;
    'stratum-copilot-message': StratumCopilotMessageEvent;
    'stratum-copilot-approve': StratumCopilotApproveEvent;
    'stratum-copilot-preview': StratumCopilotPreviewEvent;
  }
}
