/**
 * Time to first streamed token of the copilot's built-in engine, in process (no HTTP, no token verification): the
 * chat handler on a real seeded database, timed from the call to the first `text-delta` chunk of its UI message
 * stream. The HTTP variant (bench/ai/copilot-ttft.ts) adds the embed API's own cost. Budget: median ≤ 150 ms.
 *
 *   DATABASE_URL=file:.stratum/ai-dev.db node --conditions=react-server --import tsx bench/ai/copilot-engine-ttft.ts [runs]
 *
 * (react-server: the server modules import 'server-only', which is empty under that condition.)
 */
import { connect, resolveDatabaseUrl } from '../../prisma/connect.ts';
import type { CopilotContext } from '../../portal/server/copilot/context.ts';
import { copilotToday, handleCopilotChat } from '../../portal/server/copilot/handle-chat.ts';
import { benchTurns, timeStream, userMessage } from './ttft-common.ts';

const runs = Number(process.argv[2] ?? 100);
const db = connect(resolveDatabaseUrl());
const tenant = await db.tenant.findFirstOrThrow({ where: { slug: 'acme-outfitters' } });
const ctx: CopilotContext = {
  db,
  partnerId: tenant.partnerId,
  tenantId: tenant.id,
  viewerId: 'bench-engine',
  rowFilters: {},
  scopes: ['copilot', 'recommendations'],
  currency: tenant.currency,
  tenant: { name: tenant.name, currency: tenant.currency, trustGateThreshold: tenant.trustGateThreshold },
  today: await copilotToday({ db, tenantId: tenant.id }),
  actor: { type: 'embed', id: 'bench-engine', label: 'bench-engine' },
};

try {
  await benchTurns('ai-copilot-engine-ttft', runs, async (thread, text) => {
    const started = performance.now();
    const response = await handleCopilotChat(ctx, userMessage(thread, text));
    return timeStream(response.body!, started);
  });
} finally {
  await db.copilotThread.deleteMany({ where: { tenantId: tenant.id, viewerId: 'bench-engine' } });
  await db.$disconnect();
}
