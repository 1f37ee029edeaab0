import type { CampaignProposal, CopilotMessageDto } from '../../contract.js';
import { stratumEvent } from '../../core/events.js';

/** Fired before a message is sent; cancel it to stop the send (e.g. to route the question elsewhere). */
export class StratumCopilotSendEvent extends stratumEvent('stratum-copilot-send', { cancelable: true })<{ text: string; threadId: string }> {}

/** Fired when an answer finished streaming. */
export class StratumCopilotMessageEvent extends stratumEvent('stratum-copilot-message')<{ message: CopilotMessageDto; threadId: string }> {}

/** Fired before an approval decision is sent (cancelable), e.g. to ask for a second confirmation in the host. */
export class StratumCopilotApproveEvent extends stratumEvent('stratum-copilot-approve', { cancelable: true })<{ tool: string; input: unknown; approved: boolean }> {}

/** Fired when the viewer presses Preview on a campaign proposal (the host may open its own preview). */
export class StratumCopilotPreviewEvent extends stratumEvent('stratum-copilot-preview', { cancelable: true })<{ proposal: CampaignProposal }> {}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-copilot-send': StratumCopilotSendEvent;
    'stratum-copilot-message': StratumCopilotMessageEvent;
    'stratum-copilot-approve': StratumCopilotApproveEvent;
    'stratum-copilot-preview': StratumCopilotPreviewEvent;
  }
}
