import 'server-only';
import { randomUUID } from 'node:crypto';
import { createUIMessageStream, createUIMessageStreamResponse, type UIMessage, type UIMessageChunk } from 'ai';
import type { CopilotMessageDto, CopilotPart, CopilotToolName } from '@stratum/contract';
import { AppError, zodIssues } from '@/lib/errors';
import { latestMetricDay } from '@/server/recommendations/load-engine-input';
import type { CopilotContext } from './context.ts';
import { answerFor, builtinTurn, runTool } from './engine/builtin-engine.ts';
import { editTurn } from './engine/edit-turn.ts';
import { llmConfig, llmTurn } from './engine/llm-engine.ts';
import { MessageRecorder } from './engine/recorder.ts';
import { ApprovalResponsePartSchema, CampaignEditPartSchema, TextPartSchema, type CampaignEdit, type CopilotRequestBody } from './schemas.ts';
import { openThread, saveMessage, threadMessages } from './threads.ts';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 16);

/**
 * The SSE response. `no-transform` keeps the portal's gzip middleware off the stream: compressed, every chunk waited
 * for a zlib flush on the thread pool (and proxies may buffer compressed streams), which delayed the first token.
 */
function streamResponse(stream: ReadableStream<UIMessageChunk>): Response {
  return createUIMessageStreamResponse({ stream, headers: { 'Cache-Control': 'no-cache, no-transform' } });
}

const CACHE_MS = 60_000;
const todayCache = new Map<string, { at: number; day: string }>();

/**
 * The reference day of relative dates: the tenant's latest data day, so "yesterday" means the last day with data.
 * Cached for a minute per tenant: it only moves when a day of data is ingested.
 */
export async function copilotToday(ctx: Pick<CopilotContext, 'db' | 'tenantId'>): Promise<string> {
  const hit = todayCache.get(ctx.tenantId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.day;
  const day = (await latestMetricDay(ctx.db, ctx.tenantId)) ?? new Date().toISOString().slice(0, 10);
  todayCache.set(ctx.tenantId, { at: Date.now(), day });
  return day;
}

/** The campaigns the viewer may name in a message (inside the token's row filters). */
function visibleCampaigns(ctx: CopilotContext) {
  return ctx.db.campaign.findMany({
    where: { tenantId: ctx.tenantId, status: { not: 'archived' }, ...(ctx.rowFilters.channels ? { channel: { in: ctx.rowFilters.channels } } : {}), ...(ctx.rowFilters.campaignIds ? { id: { in: ctx.rowFilters.campaignIds } } : {}) },
    select: { id: true, name: true },
  });
}

function userText(message: CopilotRequestBody['messages'][number]): string {
  return message.parts
    .map((p) => TextPartSchema.safeParse(p))
    .filter((r) => r.success)
    .map((r) => r.data!.text)
    .join('\n')
    .trim()
    .slice(0, 2000);
}

/** The proposal card's Edit form, when the message carries one (validated; an invalid one is a 400). */
function campaignEdit(message: CopilotRequestBody['messages'][number]): CampaignEdit | undefined {
  const part = message.parts.find((p) => p.type === 'data-campaign-edit');
  if (!part) return undefined;
  const parsed = CampaignEditPartSchema.safeParse(part);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The campaign edit is not valid.', { issues: zodIssues(parsed.error) });
  return parsed.data.data;
}

/**
 * One chat request: the AI SDK transport body in, the UI message stream (SSE) out. A user message gets a new
 * assistant answer; an assistant message carrying approval responses resumes the tool calls it approved (inputs are
 * taken from the stored message, never from the client). Both sides of the exchange are stored in the thread.
 */
export async function handleCopilotChat(ctx: CopilotContext, body: CopilotRequestBody): Promise<Response> {
  const owner = { tenantId: ctx.tenantId, viewerId: ctx.viewerId };
  const last = body.messages[body.messages.length - 1]!;
  const text = last.role === 'user' ? userText(last) : '';
  const thread = await openThread(ctx.db, owner, body.id, text || undefined);
  const [history, campaigns] = await Promise.all([threadMessages(ctx.db, owner, thread.id), last.role === 'user' ? visibleCampaigns(ctx) : []]);

  if (last.role === 'user') {
    const edit = campaignEdit(last);
    const userMessage: CopilotMessageDto = {
      id: history.some((m) => m.id === last.id) ? newId() : last.id,
      role: 'user',
      parts: [{ type: 'text', text }, ...(edit ? [{ type: 'data-campaign-edit' as const, data: edit }] : [])],
    };
    const assistantId = newId();
    if (llmConfig() && !edit) {
      await saveMessage(ctx.db, thread.id, userMessage, undefined, newId);
      const stream = createUIMessageStream({
        execute: async ({ writer }) => {
          await llmTurn(ctx, writer, [...history, userMessage] as unknown as UIMessage[], async (m) => saveMessage(ctx.db, thread.id, { id: m.id || assistantId, role: 'assistant', parts: m.parts as CopilotPart[] }));
        },
        onError: () => 'The language model could not answer; try again.',
      });
      return streamResponse(stream);
    }
    const stream = createUIMessageStream({
      execute: async ({ writer }) => {
        const rec = new MessageRecorder(writer, [], newId);
        rec.chunk({ type: 'start', messageId: assistantId });
        // The user's message is stored while the answer streams (the first token does not wait for the write).
        const savedUser = saveMessage(ctx.db, thread.id, userMessage, undefined, newId);
        savedUser.catch(() => undefined); // awaited below; a failure must not count as an unhandled rejection meanwhile
        try {
          if (edit) await editTurn(ctx, rec, edit, history);
          else await builtinTurn(ctx, rec, text, history, campaigns);
        } finally {
          await savedUser;
        }
        rec.chunk({ type: 'finish-step' });
        rec.chunk({ type: 'finish' });
        await saveMessage(ctx.db, thread.id, { id: assistantId, role: 'assistant', parts: rec.parts }, new Date(Date.now() + 1));
      },
      onError: () => 'Something went wrong on our side.',
    });
    return streamResponse(stream);
  }

  if (last.role !== 'assistant') throw new AppError('BAD_REQUEST', 'The last message must be from the user, or carry approval responses.');
  const stored = history.find((m) => m.id === last.id && m.role === 'assistant');
  if (!stored) throw new AppError('NOT_FOUND', 'No such message in this conversation.');
  const responses = last.parts.map((p) => ApprovalResponsePartSchema.safeParse(p)).filter((r) => r.success).map((r) => r.data!);
  const pending = responses
    .map((r) => ({ r, part: stored.parts.find((p) => 'toolCallId' in p && p.toolCallId === r.toolCallId && p.state === 'approval-requested' && p.approval?.id === r.approval.id) }))
    .filter((x): x is { r: (typeof responses)[number]; part: Extract<CopilotPart, { toolCallId: string }> } => !!x.part);
  if (pending.length === 0) throw new AppError('CONFLICT', 'Nothing is waiting for approval in this message (it may have been decided already).');
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      const parts = structuredClone(stored.parts);
      const rec = new MessageRecorder(writer, parts, newId);
      rec.chunk({ type: 'start', messageId: stored.id });
      rec.step();
      for (const { r, part } of pending) {
        const tool = part.type.slice('tool-'.length) as CopilotToolName;
        if (!r.approval.approved) {
          rec.denied(part.toolCallId, r.approval.reason);
          rec.text('OK — nothing was changed.');
          continue;
        }
        const output = await runTool(ctx, rec, tool, part.toolCallId, part.input);
        rec.text(output === undefined ? 'That could not be done; the reason is shown above. Nothing was changed.' : answerFor(tool, output));
      }
      rec.chunk({ type: 'finish-step' });
      rec.chunk({ type: 'finish' });
      await saveMessage(ctx.db, thread.id, { id: stored.id, role: 'assistant', parts });
    },
    onError: () => 'Something went wrong on our side.',
  });
  return streamResponse(stream);
}
