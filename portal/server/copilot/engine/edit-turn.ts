import 'server-only';
import type { CampaignProposal, CopilotMessageDto } from '@stratum/contract';
import type { CopilotContext } from '../context.ts';
import type { Slots } from '../nlu/types.ts';
import type { CampaignEdit } from '../schemas.ts';
import { defaultName } from '../tools/campaign-proposal.ts';
import type { CreateCampaignDraftInput } from '../tools/create-campaign-draft.ts';
import { answerFor, runTool } from './builtin-engine.ts';
import type { MessageRecorder } from './recorder.ts';
import { threadState } from './thread-state.ts';

/** The latest proposal stored in the thread, when it is still the draft in play (not activated, not replaced). */
function currentProposal(history: readonly CopilotMessageDto[]): CampaignProposal | null {
  const draftIds = threadState(history).draftCampaignIds;
  if (!draftIds?.length) return null;
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (m.role !== 'assistant') continue;
    for (const p of [...m.parts].reverse()) {
      if (p.type === 'tool-createCampaignDraft' && 'state' in p && p.state === 'output-available') {
        const proposal = p.output as CampaignProposal;
        return proposal.campaigns.map((c) => c.id).join(',') === draftIds.join(',') ? proposal : null;
      }
    }
  }
  return null;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/** The revised draft's input: the stored proposal with the edited fields replaced. */
export function revisedInput(p: CampaignProposal, edit: CampaignEdit): CreateCampaignDraftInput {
  const offer = edit.discountPercent === undefined ? p.offer : edit.discountPercent === null ? null : { kind: 'percent' as const, value: edit.discountPercent };
  const end = edit.endDate === undefined ? p.schedule.end : edit.endDate;
  return {
    segment: p.segment,
    ...(offer ? { offer } : {}),
    channels: edit.channels ?? p.channels,
    dailyBudget: edit.dailyBudget ?? p.dailyBudget,
    startDate: edit.startDate ?? p.schedule.start,
    ...(end ? { endDate: end } : {}),
    trustGateThreshold: p.trustGate.threshold,
    // A name the copilot made up follows the new offer; one the user gave stays.
    ...(edit.name || p.name !== defaultName(p.segment, p.offer) ? { name: edit.name ?? p.name } : {}),
    reviseCampaignIds: p.campaigns.map((c) => c.id),
  };
}

/**
 * The proposal card's Edit form: revises the thread's current proposal (read from the stored thread, never from the
 * client) into new drafts with the edited fields, archives the old drafts, and shows the new card. No language model is
 * involved, whichever engine answers messages. An edit of a proposal that was activated or replaced meanwhile is refused.
 */
export async function editTurn(ctx: CopilotContext, rec: MessageRecorder, edit: CampaignEdit, history: readonly CopilotMessageDto[]): Promise<void> {
  rec.step();
  const proposal = currentProposal(history);
  if (!proposal || !sameIds(proposal.campaigns.map((c) => c.id), edit.campaignIds)) {
    rec.text('That proposal was activated or replaced since; edit the latest proposal instead. Nothing was changed.');
    return;
  }
  const input = revisedInput(proposal, edit);
  const slots: Slots = {
    segment: input.segment,
    ...(input.offer ? { offer: input.offer } : {}),
    channels: input.channels,
    dailyBudget: input.dailyBudget,
    startDate: input.startDate,
    ...(input.endDate ? { endDate: input.endDate } : {}),
    trustGateThreshold: input.trustGateThreshold,
    campaignName: input.name,
  };
  rec.data('nlu', { intent: 'create_campaign', slots });
  rec.text('Updating the proposal with your changes…');
  await rec.flush();
  const id = rec.toolCall('createCampaignDraft', input);
  const output = await runTool(ctx, rec, 'createCampaignDraft', id, input);
  rec.text(output === undefined ? 'I could not apply those changes; the reason is shown above. The previous proposal still stands.' : answerFor('createCampaignDraft', output));
}
