import 'server-only';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { convertToModelMessages, stepCountIs, streamText, tool, type ToolSet, type UIMessage, type UIMessageStreamWriter } from 'ai';
import { z } from 'zod';
import type { CopilotContext } from '../context.ts';
import { COPILOT_TOOL_SET } from '../tools/index.ts';

const LlmEnvSchema = z.object({
  COPILOT_MODEL: z.string().trim().min(1).max(200).optional(),
  COPILOT_BASE_URL: z.url().optional(),
  COPILOT_API_KEY: z.string().min(1).optional(),
});

/** The LLM configuration, when COPILOT_MODEL and COPILOT_BASE_URL name an OpenAI-compatible endpoint; else the built-in engine runs. */
export function llmConfig(source: NodeJS.ProcessEnv = process.env): { model: string; baseURL: string; apiKey?: string } | null {
  const e = LlmEnvSchema.parse({ COPILOT_MODEL: source.COPILOT_MODEL || undefined, COPILOT_BASE_URL: source.COPILOT_BASE_URL || undefined, COPILOT_API_KEY: source.COPILOT_API_KEY || undefined });
  return e.COPILOT_MODEL && e.COPILOT_BASE_URL ? { model: e.COPILOT_MODEL, baseURL: e.COPILOT_BASE_URL, ...(e.COPILOT_API_KEY ? { apiKey: e.COPILOT_API_KEY } : {}) } : null;
}

function systemPrompt(ctx: CopilotContext): string {
  return [
    `You are the marketing analytics copilot of ${ctx.tenant.name}. Today is ${ctx.today}; money is in ${ctx.currency}.`,
    'Answer only from tool results: every number you state must come from a tool output in this conversation. If a tool did not give it, say you do not have it.',
    'Use queryMetrics for figures, explainChange for "why" questions, listRecommendations for advice, createCampaignDraft to propose campaigns,',
    'applyRecommendation and activateCampaign only when the user asks (they need the user’s approval). Ask a short clarifying question when something required is missing.',
  ].join(' ');
}

/** The same tools as the built-in engine, as AI SDK tools bound to this request's context. */
export function aiTools(ctx: CopilotContext): ToolSet {
  const out: ToolSet = {};
  for (const [name, t] of Object.entries(COPILOT_TOOL_SET)) {
    out[name] = tool({ description: t.description, inputSchema: t.inputSchema, needsApproval: t.needsApproval, execute: (input: unknown) => t.execute(ctx, input) });
  }
  return out;
}

/** Streams an LLM answer (tool calls included) into the writer; the AI SDK handles approvals from the message history. */
export async function llmTurn(ctx: CopilotContext, writer: UIMessageStreamWriter, messages: UIMessage[], onFinish: (message: UIMessage) => Promise<void>): Promise<void> {
  const config = llmConfig()!;
  const provider = createOpenAICompatible({ name: 'copilot', baseURL: config.baseURL, ...(config.apiKey ? { apiKey: config.apiKey } : {}) });
  const result = streamText({
    model: provider.chatModel(config.model),
    system: systemPrompt(ctx),
    messages: await convertToModelMessages(messages),
    tools: aiTools(ctx),
    stopWhen: stepCountIs(5),
  });
  writer.merge(result.toUIMessageStream({ originalMessages: messages, onFinish: ({ responseMessage }) => onFinish(responseMessage) }));
}
