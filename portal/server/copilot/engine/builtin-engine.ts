import 'server-only';
import type { CampaignProposal, ChangeExplanation, CopilotMessageDto, CopilotToolName, MetricAnswer, RecommendationApplyResult, RecommendationListResult } from '@stratum/contract';
import { AppError } from '@/lib/errors';
import { activationText, answerExplanation, answerMetrics, appliedText, proposalText, recommendationsText } from '../answer/compose.ts';
import type { CopilotContext } from '../context.ts';
import { understand } from '../nlu/understand.ts';
import type { ActivationResult } from '../tools/activate-campaign.ts';
import { COPILOT_TOOL_SET } from '../tools/index.ts';
import { planTurn } from './plan-turn.ts';
import type { MessageRecorder } from './recorder.ts';
import { threadState } from './thread-state.ts';

function errorText(error: unknown): string {
  if (error instanceof AppError && error.status < 500) return error.message;
  console.error('copilot: a tool failed', error);
  return 'Something went wrong on our side while running this; nothing was changed.';
}

/** The answer for a tool's output, composed only from that output. */
export function answerFor(tool: CopilotToolName, output: unknown, rangeLabel?: string): string {
  switch (tool) {
    case 'queryMetrics':
      return answerMetrics(output as MetricAnswer, rangeLabel);
    case 'explainChange':
      return answerExplanation(output as ChangeExplanation);
    case 'createCampaignDraft':
      return proposalText(output as CampaignProposal);
    case 'activateCampaign':
      return activationText(output as ActivationResult);
    case 'listRecommendations':
      return recommendationsText(output as RecommendationListResult);
    case 'applyRecommendation':
      return appliedText(output as RecommendationApplyResult);
  }
}

/** Validates a tool's input with its schema and runs it; errors become a readable tool error, never an exception. */
export async function runTool(ctx: CopilotContext, rec: MessageRecorder, tool: CopilotToolName, toolCallId: string, input: unknown): Promise<unknown | undefined> {
  const t = COPILOT_TOOL_SET[tool];
  try {
    const output = await t.execute(ctx, t.inputSchema.parse(input));
    rec.output(toolCallId, output);
    return output;
  } catch (error) {
    rec.error(toolCallId, errorText(error));
    return undefined;
  }
}

/**
 * The built-in engine's answer to one user message: understand it in the thread's context, then either ask a
 * clarifying question, or call one tool (streaming its input and output) and answer from its output, or — for
 * actions — stream an approval request and stop until the user decides.
 */
export async function builtinTurn(ctx: CopilotContext, rec: MessageRecorder, text: string, history: readonly CopilotMessageDto[], campaigns: { id: string; name: string }[]): Promise<void> {
  const state = threadState(history);
  const u = understand(text, { today: ctx.today, state, campaigns }, ctx.tenant.currency);
  rec.step();
  rec.data('nlu', { intent: u.intent, slots: u.slots });
  let plan;
  try {
    plan = await planTurn(ctx, u, state);
  } catch (error) {
    rec.text(errorText(error));
    return;
  }
  if (u.corrections.length && plan.kind !== 'text') rec.text(`(Reading ${u.corrections.map((c) => `"${c.from}" as "${c.to}"`).join(', ')}.)`);
  if (plan.kind === 'text') {
    rec.text(plan.text);
    return;
  }
  if (plan.kind === 'approval') {
    rec.text(plan.text);
    const id = rec.toolCall(plan.tool, plan.input);
    rec.approvalRequest(id);
    return;
  }
  rec.text(plan.preamble);
  // The preamble is the first token: out it goes before the tool's database work holds the event loop.
  await rec.flush();
  const id = rec.toolCall(plan.tool, plan.input);
  const output = await runTool(ctx, rec, plan.tool, id, plan.input);
  rec.text(output === undefined ? 'I could not complete that; the reason is shown above.' : answerFor(plan.tool, output, plan.rangeLabel));
}
