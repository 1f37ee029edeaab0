import type { CampaignProposal, CopilotMessageDto, RecommendationListResult } from '@stratum/contract';
import type { Intent, Slots, ThreadState } from '../nlu/types.ts';

/** The data part the built-in engine adds to each answer: what it understood, for follow-ups. */
export interface NluData {
  intent: Intent;
  slots: Slots;
}

/** Rebuilds the conversation state from the stored messages (never from what the client claims). */
export function threadState(messages: readonly CopilotMessageDto[]): ThreadState {
  const state: ThreadState = {};
  for (const m of messages) {
    if (m.role !== 'assistant') continue;
    for (const p of m.parts) {
      if (p.type === 'data-nlu' && 'data' in p) {
        const d = (p as unknown as { data: NluData }).data;
        if (d.intent !== 'unknown' && d.intent !== 'help') {
          state.lastIntent = d.intent;
          state.lastSlots = d.slots;
        }
      }
      if (p.type === 'tool-createCampaignDraft' && p.state === 'output-available') state.draftCampaignIds = (p.output as CampaignProposal).campaigns.map((c) => c.id);
      if (p.type === 'tool-activateCampaign' && p.state === 'output-available') state.draftCampaignIds = undefined;
      if (p.type === 'tool-listRecommendations' && p.state === 'output-available') state.listedRecommendationIds = (p.output as RecommendationListResult).recommendations.map((r) => r.id);
    }
  }
  return state;
}
