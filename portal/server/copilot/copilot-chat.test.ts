import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UIMessageChunk } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProposal, CopilotMessageDto, MetricAnswer, RecommendationApplyResult } from '@stratum/contract';
import type { DemoManifest } from '../../../prisma/demo-manifest.ts';
import { runSeed } from '../../../prisma/seed/run.ts';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import type { CopilotContext } from './context.ts';
import { copilotToday, handleCopilotChat } from './handle-chat.ts';
import { readChunks, streamedText, toolOutputs } from './testing/sse.ts';
import { threadHistory } from './threads.ts';

let t: TestDb;
let manifest: DemoManifest;
let dataDir: string;
let ctx: CopilotContext;

beforeAll(async () => {
  t = await createTestDb();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'stratum-ai-copilot-'));
  ({ manifest } = await runSeed({ ...process.env, DATABASE_URL: t.url, STRATUM_DATA_DIR: dataDir, SEED_PROGRESS: '0' }, () => {}));
  const partner = manifest.partners[0]!;
  const tenant = partner.tenants[0]!;
  const row = await t.db.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
  const base = { db: t.db, tenantId: tenant.id };
  ctx = {
    db: t.db,
    partnerId: partner.id,
    tenantId: tenant.id,
    viewerId: 'viewer-42',
    rowFilters: {},
    scopes: ['copilot', 'recommendations', 'recommendations:apply'],
    currency: row.currency,
    tenant: { name: row.name, currency: row.currency, trustGateThreshold: row.trustGateThreshold },
    today: await copilotToday(base),
    actor: { type: 'embed', id: 'viewer-42', label: 'viewer-42 (embed: test)' },
  };
}, 300_000);
afterAll(async () => {
  await t?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

let seq = 0;
async function say(threadId: string, text: string, c: CopilotContext = ctx): Promise<UIMessageChunk[]> {
  const response = await handleCopilotChat(c, { id: threadId, messages: [{ id: `u${++seq}`, role: 'user', parts: [{ type: 'text', text }] }] });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  return readChunks(response);
}

async function approve(threadId: string, chunks: UIMessageChunk[], approved: boolean): Promise<UIMessageChunk[]> {
  const start = chunks.find((c) => c.type === 'start') as { messageId: string };
  const request = chunks.find((c) => c.type === 'tool-approval-request') as { approvalId: string; toolCallId: string };
  const message: CopilotMessageDto = {
    id: start.messageId,
    role: 'assistant',
    parts: [{ type: 'tool-activateCampaign', toolCallId: request.toolCallId, state: 'approval-responded', approval: { id: request.approvalId, approved } }],
  };
  return readChunks(await handleCopilotChat(ctx, { id: threadId, messages: [message] as never }));
}

describe('copilot chat, built-in engine, on the demo data', () => {
  it('streams the UI message protocol: start, text deltas, tool input and output, finish', async () => {
    const chunks = await say('thread-metrics', 'How much did we spend last week?');
    const types = chunks.map((c) => c.type);
    expect(types[0]).toBe('start');
    expect(types).toContain('text-delta');
    expect(types).toContain('tool-input-available');
    expect(types).toContain('tool-output-available');
    expect(types[types.length - 1]).toBe('finish');
    const answer = toolOutputs(chunks)[0] as MetricAnswer;
    expect(answer.query.metrics).toEqual(['spend']);
    // Every number in the answer is the tool's: the total spend appears, formatted, in the text.
    const spend = answer.result.totals.spend!;
    const formatted = new Intl.NumberFormat('en', { style: 'currency', currency: answer.result.currency, maximumFractionDigits: 0 }).format(spend);
    expect(streamedText(chunks)).toContain(formatted);
  });

  it('follows up: "and on Google?" keeps the metric and range and changes the channel', async () => {
    await say('thread-follow', 'revenue on meta last week');
    const chunks = await say('thread-follow', 'and on Google?');
    const answer = toolOutputs(chunks)[0] as MetricAnswer;
    expect(answer.query.metrics).toEqual(['revenue']);
    expect(answer.query.filters).toEqual({ channels: ['google'] });
  });

  it('the seed’s example produces a proposal; "make it 15%" revises it; activation needs approval and creates the campaign', async () => {
    const chunks = await say('thread-campaign', "Create a campaign targeting users who haven't purchased in 30 days with a 10% discount");
    const proposal = toolOutputs(chunks)[0] as CampaignProposal;
    expect(proposal.segment).toEqual({ kind: 'no_purchase_days', days: 30 });
    expect(proposal.offer).toEqual({ kind: 'percent', value: 10 });
    expect(proposal.status).toBe('draft');
    expect(proposal.trustGate.threshold).toBe(70);
    // The degraded TikTok channel of the showcase tenant is left out by the trust gate.
    expect(proposal.channels).not.toContain('tiktok');
    expect(await t.db.campaign.count({ where: { id: { in: proposal.campaigns.map((c) => c.id) }, tenantId: ctx.tenantId, status: 'draft' } })).toBe(proposal.campaigns.length);

    const revised = toolOutputs(await say('thread-campaign', 'make it 15%'))[0] as CampaignProposal;
    expect(revised.offer).toEqual({ kind: 'percent', value: 15 });
    expect(revised.segment).toEqual({ kind: 'no_purchase_days', days: 30 });
    expect(await t.db.campaign.count({ where: { id: { in: proposal.campaigns.map((c) => c.id) }, status: 'archived' } })).toBe(proposal.campaigns.length);

    const ask = await say('thread-campaign', 'activate it');
    expect(ask.some((c) => c.type === 'tool-approval-request')).toBe(true);
    expect(toolOutputs(ask)).toEqual([]);
    expect(await t.db.campaign.count({ where: { id: { in: revised.campaigns.map((c) => c.id) }, status: 'active' } })).toBe(0);

    const done = await approve('thread-campaign', ask, true);
    const activated = toolOutputs(done)[0] as CampaignProposal;
    expect(activated.status).toBe('active');
    expect(await t.db.campaign.count({ where: { id: { in: revised.campaigns.map((c) => c.id) }, tenantId: ctx.tenantId, status: 'active' } })).toBe(revised.campaigns.length);
    expect(await t.db.auditEvent.count({ where: { tenantId: ctx.tenantId, action: 'campaign.activated' } })).toBe(1);
    expect(streamedText(done)).toMatch(/Activated/);
    // The same approval cannot be replayed.
    await expect(approve('thread-campaign', ask, true)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('campaign dates from the message go into the draft; the card\'s Edit form revises the stored draft', async () => {
    const chunks = await say('thread-schedule', 'Create a campaign for cart abandoners from Dec 1 to Dec 15 with 10% off');
    const proposal = toolOutputs(chunks)[0] as CampaignProposal;
    expect(proposal.schedule).toEqual({ start: `${ctx.today.slice(0, 4)}-12-01`, end: `${ctx.today.slice(0, 4)}-12-15` });
    const stored = await t.db.campaign.findFirstOrThrow({ where: { id: proposal.campaigns[0]!.id, tenantId: ctx.tenantId } });
    expect(stored.startDate?.toISOString().slice(0, 10)).toBe(proposal.schedule.start);
    expect(stored.endDate?.toISOString().slice(0, 10)).toBe(proposal.schedule.end);

    const rescheduled = toolOutputs(await say('thread-schedule', 'start it next Monday for two weeks instead'))[0] as CampaignProposal;
    const start = rescheduled.schedule.start;
    expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(start > ctx.today).toBe(true);
    expect((Date.parse(rescheduled.schedule.end!) - Date.parse(start)) / 86_400_000).toBe(13);

    // The Edit form: a data part naming the current draft and the changed fields.
    const edit = { campaignIds: rescheduled.campaigns.map((c) => c.id), dailyBudget: 321, discountPercent: 25, channels: ['email'], endDate: null };
    const response = await handleCopilotChat(ctx, { id: 'thread-schedule', messages: [{ id: `u${++seq}`, role: 'user', parts: [{ type: 'text', text: 'Edit: $321 a day, 25% off, email only, no end date' }, { type: 'data-campaign-edit', data: edit }] }] });
    const edited = toolOutputs(await readChunks(response))[0] as CampaignProposal;
    expect(edited).toMatchObject({ dailyBudget: 321, offer: { kind: 'percent', value: 25 }, channels: ['email'], schedule: { start, end: null }, segment: { kind: 'cart_abandoners', days: 7 } });
    const rows = await t.db.campaign.findMany({ where: { id: { in: edited.campaigns.map((c) => c.id) }, tenantId: ctx.tenantId } });
    expect(rows.map((r) => [r.status, r.dailyBudget, r.channel, r.endDate])).toEqual([['draft', 321, 'email', null]]);
    expect(await t.db.campaign.count({ where: { id: { in: rescheduled.campaigns.map((c) => c.id) }, status: 'archived' } })).toBe(rescheduled.campaigns.length);

    // Editing a replaced proposal changes nothing; a follow-up then activates the edited one.
    const stale = await handleCopilotChat(ctx, { id: 'thread-schedule', messages: [{ id: `u${++seq}`, role: 'user', parts: [{ type: 'text', text: 'Edit' }, { type: 'data-campaign-edit', data: { ...edit, dailyBudget: 999 } }] }] });
    const staleChunks = await readChunks(stale);
    expect(toolOutputs(staleChunks)).toEqual([]);
    expect(streamedText(staleChunks)).toMatch(/activated or replaced/);
    // An edit with a bad field is a 400 with the field named, not a 500.
    await expect(handleCopilotChat(ctx, { id: 'thread-schedule', messages: [{ id: `u${++seq}`, role: 'user', parts: [{ type: 'data-campaign-edit', data: { ...edit, campaignIds: edited.campaigns.map((c) => c.id), startDate: 'tomorrow' } }] }] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
  });

  it('a denied approval changes nothing', async () => {
    await say('thread-deny', 'create a campaign for cart abandoners with free shipping on email');
    const ask = await say('thread-deny', 'activate it');
    const done = await approve('thread-deny', ask, false);
    expect(done.some((c) => c.type === 'tool-output-denied')).toBe(true);
    expect(streamedText(done)).toContain('nothing was changed');
  });

  it('lists and applies a recommendation after approval', async () => {
    const listed = await say('thread-reco', 'what should I do to improve performance?');
    expect(streamedText(listed)).toMatch(/open recommendation/);
    const ask = await say('thread-reco', 'apply the budget increase for Summer Sale');
    const request = ask.find((c) => c.type === 'tool-approval-request') as { approvalId: string; toolCallId: string };
    expect(request).toBeDefined();
    const start = ask.find((c) => c.type === 'start') as { messageId: string };
    const done = await readChunks(
      await handleCopilotChat(ctx, {
        id: 'thread-reco',
        messages: [{ id: start.messageId, role: 'assistant', parts: [{ type: 'tool-applyRecommendation', toolCallId: request.toolCallId, state: 'approval-responded', approval: { id: request.approvalId, approved: true } }] }],
      }),
    );
    const result = toolOutputs(done)[0] as RecommendationApplyResult;
    expect(result.recommendation.kind).toBe('budget_increase');
    expect(result.recommendation.status).toBe('applied');
    expect(streamedText(done)).toMatch(/daily budget of "Summer Sale" is now/);
  });

  it('answers gibberish, empty and hostile input with a helpful clarification, never an exception', async () => {
    for (const text of ['asdkjh qwe', '<script>alert(1)</script>', 'show me last week', 'create a campaign']) {
      const chunks = await say('thread-odd', text);
      expect(chunks[chunks.length - 1]!.type).toBe('finish');
      expect(streamedText(chunks).length).toBeGreaterThan(20);
      expect(toolOutputs(chunks)).toEqual([]);
    }
    const history = await threadHistory(t.db, { tenantId: ctx.tenantId, viewerId: ctx.viewerId }, 'thread-odd');
    expect(history.messages.find((m) => m.parts.some((p) => p.type === 'text' && p.text === '<script>alert(1)</script>'))).toBeDefined();
  });

  it('restores a thread for its viewer only', async () => {
    const history = await threadHistory(t.db, { tenantId: ctx.tenantId, viewerId: ctx.viewerId }, 'thread-campaign');
    expect(history.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    const lastAssistant = history.messages[5]!;
    expect(lastAssistant.parts.some((p) => p.type === 'tool-activateCampaign' && 'state' in p && p.state === 'output-available')).toBe(true);
    expect((await threadHistory(t.db, { tenantId: ctx.tenantId, viewerId: ctx.viewerId })).threadId).not.toBeNull();
    await expect(threadHistory(t.db, { tenantId: ctx.tenantId, viewerId: 'someone-else' }, 'thread-campaign')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(say('thread-campaign', 'hi', { ...ctx, viewerId: 'someone-else' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
