import { db } from '@/lib/db';
import { copilotContextFromEmbed } from '@/server/copilot/context';
import { copilotToday, handleCopilotChat } from '@/server/copilot/handle-chat';
import { CopilotHistoryQuerySchema, CopilotRequestSchema } from '@/server/copilot/schemas';
import { threadHistory } from '@/server/copilot/threads';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** POST /api/embed/v1/copilot — AI SDK chat transport body in, UI message stream protocol (SSE) out. */
export const POST = withEmbed(
  async ({ embed, body }) => {
    const request = await body(CopilotRequestSchema);
    const ctx = copilotContextFromEmbed(db, embed, await copilotToday({ db, tenantId: embed.tenantId }));
    return handleCopilotChat(ctx, request);
  },
  { scope: 'copilot' },
);

/** GET /api/embed/v1/copilot?thread=<id> — a stored conversation of this viewer (default: their latest). */
export const GET = withEmbed(async ({ embed, query }) => threadHistory(db, { tenantId: embed.tenantId, viewerId: embed.viewerId }, query(CopilotHistoryQuerySchema).thread), { scope: 'copilot' });

export const OPTIONS = embedPreflight;
