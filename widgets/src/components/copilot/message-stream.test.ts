import { describe, expect, it } from 'vitest';
import type { CopilotMessageDto } from '../../contract.js';
import { applyChunk, readSse, type StreamChunk } from './message-stream.js';

function stream(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(c) {
      // Split mid-line to prove buffering works.
      c.enqueue(bytes.slice(0, 7));
      c.enqueue(bytes.slice(7));
      c.close();
    },
  });
}

describe('copilot message stream', () => {
  it('parses SSE and rebuilds the message: text, tool call, approval', async () => {
    const chunks: StreamChunk[] = [
      { type: 'start', messageId: 'm1' },
      { type: 'start-step' },
      { type: 'text-start', id: 't1' },
      { type: 'text-delta', id: 't1', delta: 'Apply ' },
      { type: 'text-delta', id: 't1', delta: 'this?' },
      { type: 'text-end', id: 't1' },
      { type: 'tool-input-available', toolCallId: 'c1', toolName: 'applyRecommendation', input: { recommendationId: 'r1' } },
      { type: 'tool-approval-request', toolCallId: 'c1', approvalId: 'a1' },
      { type: 'finish' },
    ];
    const sse = chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: not json\n\ndata: [DONE]\n\n';
    let m: CopilotMessageDto = { id: 'tmp', role: 'assistant', parts: [] };
    const ids = new Map<string, number>();
    for await (const c of readSse(stream(sse))) m = applyChunk(m, c, ids);
    expect(m.id).toBe('m1');
    expect(m.parts).toEqual([
      { type: 'step-start' },
      { type: 'text', text: 'Apply this?', state: 'done' },
      { type: 'tool-applyRecommendation', toolCallId: 'c1', state: 'approval-requested', input: { recommendationId: 'r1' }, approval: { id: 'a1' } },
    ]);
    m = applyChunk(m, { type: 'tool-output-available', toolCallId: 'c1', output: { ok: true } }, ids);
    expect(m.parts[2]).toMatchObject({ state: 'output-available', output: { ok: true } });
  });
});
