import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricAnswer } from '@stratum/contract';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { insertSyntheticTenant } from '../recommendations/testing/insert-synthetic.ts';
import { syntheticTenant } from '../recommendations/testing/synthetic-dataset.ts';
import type { CopilotContext } from './context.ts';
import { llmConfig } from './engine/llm-engine.ts';
import { handleCopilotChat } from './handle-chat.ts';
import { readChunks, streamedText, toolOutputs } from './testing/sse.ts';
import { threadHistory } from './threads.ts';

/**
 * The LLM path against a local OpenAI-compatible server that behaves like a model: it first calls queryMetrics,
 * then answers with the figure it finds in the tool result. Proves the same tools run through an LLM, streamed in
 * the same protocol and stored in the same thread.
 */
let t: TestDb;
let server: Server;
let ctx: CopilotContext;
const requests: { messages: { role: string; content?: unknown }[]; tools?: { function: { name: string } }[] }[] = [];

function sse(chunks: object[]): string {
  return chunks.map((c) => `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'fake', ...c })}\n\n`).join('') + 'data: [DONE]\n\n';
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(body) as (typeof requests)[number];
      requests.push(parsed);
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      const toolMessage = parsed.messages.find((m) => m.role === 'tool');
      if (!toolMessage) {
        const args = JSON.stringify({ metrics: ['spend'], range: { from: '2026-11-16', to: '2026-11-22' } });
        res.end(
          sse([
            { choices: [{ index: 0, delta: { role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'queryMetrics', arguments: args } }] }, finish_reason: null }] },
            { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
          ]),
        );
        return;
      }
      const content = typeof toolMessage.content === 'string' ? toolMessage.content : JSON.stringify(toolMessage.content);
      const spend = /"spend":([\d.]+)/.exec(content)?.[1] ?? 'unknown';
      res.end(
        sse([
          { choices: [{ index: 0, delta: { role: 'assistant', content: 'Spend last week was ' }, finish_reason: null }] },
          { choices: [{ index: 0, delta: { content: `${Math.round(Number(spend))} USD.` }, finish_reason: null }] },
          { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
        ]),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(3122, '127.0.0.1', resolve));
  process.env.COPILOT_MODEL = 'fake-model';
  process.env.COPILOT_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  process.env.COPILOT_API_KEY = 'test-key';

  t = await createTestDb();
  const ids = await insertSyntheticTenant(t.db, syntheticTenant(11, false), 'llm-tenant');
  ctx = {
    db: t.db,
    partnerId: ids.partnerId,
    tenantId: ids.tenantId,
    viewerId: 'llm-viewer',
    rowFilters: {},
    scopes: ['copilot'],
    currency: 'USD',
    tenant: { name: 'LLM tenant', currency: 'USD', trustGateThreshold: 70 },
    today: '2026-11-25',
    actor: { type: 'embed', id: 'llm-viewer', label: 'llm-viewer' },
  };
}, 120_000);

afterAll(async () => {
  delete process.env.COPILOT_MODEL;
  delete process.env.COPILOT_BASE_URL;
  delete process.env.COPILOT_API_KEY;
  await new Promise((resolve) => server?.close(resolve));
  await t?.drop();
});

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe('copilot through an OpenAI-compatible LLM', () => {
  it('is configured only when model and base URL are both set', () => {
    expect(llmConfig(env({ COPILOT_MODEL: 'm' }))).toBeNull();
    expect(llmConfig(env({ COPILOT_MODEL: 'm', COPILOT_BASE_URL: 'http://x/v1' }))).toEqual({ model: 'm', baseURL: 'http://x/v1' });
    expect(() => llmConfig(env({ COPILOT_MODEL: 'm', COPILOT_BASE_URL: 'not a url' }))).toThrow();
  });

  it('runs the same tools, streams tool chunks and a text whose number comes from the tool result', async () => {
    const chunks = await readChunks(await handleCopilotChat(ctx, { id: 'llm-thread', messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'How much did we spend last week?' }] }] }));
    expect(requests[0]!.tools!.map((x) => x.function.name).sort()).toEqual(['activateCampaign', 'applyRecommendation', 'createCampaignDraft', 'explainChange', 'listRecommendations', 'queryMetrics']);
    expect(chunks.some((c) => c.type === 'tool-input-available' && c.toolName === 'queryMetrics')).toBe(true);
    const answer = toolOutputs(chunks)[0] as MetricAnswer;
    const spend = answer.result.totals.spend!;
    expect(spend).toBeGreaterThan(0);
    expect(streamedText(chunks)).toContain(`Spend last week was ${Math.round(spend)} USD.`);
    const history = await threadHistory(t.db, { tenantId: ctx.tenantId, viewerId: ctx.viewerId }, 'llm-thread');
    expect(history.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(history.messages[1]!.parts.some((p) => p.type === 'tool-queryMetrics')).toBe(true);
  });
});
