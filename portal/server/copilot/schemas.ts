import { CHANNELS } from '@stratum/contract';
import { z } from 'zod';

const Id = z.string().min(1).max(100).regex(/^[\w-]+$/, 'an id of letters, digits, _ and -');

/** A UI message part as sent by the client; only text parts and tool approval responses are read. */
const PartSchema = z.looseObject({ type: z.string().max(100) });

export const CopilotMessageSchema = z.object({
  id: Id,
  role: z.enum(['user', 'assistant', 'system']),
  parts: z.array(PartSchema).max(200),
});

/** POST /api/embed/v1/copilot: the AI SDK chat transport body. `id` is the thread (chat) id. */
export const CopilotRequestSchema = z.object({
  id: Id,
  messages: z.array(CopilotMessageSchema).min(1).max(500),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().max(100).optional(),
});
export type CopilotRequestBody = z.infer<typeof CopilotRequestSchema>;

export const CopilotHistoryQuerySchema = z.strictObject({ thread: Id.optional() });

export const TextPartSchema = z.object({ type: z.literal('text'), text: z.string().max(4000) });
export const ApprovalResponsePartSchema = z.object({
  type: z.string().regex(/^tool-/),
  toolCallId: z.string().max(100),
  state: z.literal('approval-responded'),
  approval: z.object({ id: z.string().max(100), approved: z.boolean(), reason: z.string().max(500).optional() }),
});

/** The proposal card's Edit form, sent as a data part of a user message (CampaignDraftEdit). */
export const CampaignEditPartSchema = z.object({
  type: z.literal('data-campaign-edit'),
  data: z.strictObject({
    campaignIds: z.array(Id).min(1).max(10),
    name: z.string().trim().min(1).max(120).optional(),
    dailyBudget: z.number().positive().max(1_000_000).optional(),
    discountPercent: z.number().positive().max(90).nullable().optional(),
    channels: z.array(z.enum(CHANNELS)).min(1).max(5).optional(),
    startDate: z.iso.date().optional(),
    endDate: z.iso.date().nullable().optional(),
  }),
});
export type CampaignEdit = z.infer<typeof CampaignEditPartSchema>['data'];
