import type { CopilotMessageDto, CopilotPart } from '../../contract.js';

/** The UI message stream chunks the copilot widget understands (a subset of the AI SDK protocol). */
export type StreamChunk =
  | { type: 'start'; messageId?: string }
  | { type: 'text-start'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string }
  | { type: 'tool-input-start'; toolCallId: string; toolName: string }
  | { type: 'tool-input-available'; toolCallId: string; toolName: string; input: unknown }
  | { type: 'tool-approval-request'; approvalId: string; toolCallId: string }
  | { type: 'tool-output-available'; toolCallId: string; output: unknown }
  | { type: 'tool-output-error'; toolCallId: string; errorText: string }
  | { type: 'tool-output-denied'; toolCallId: string }
  | { type: 'error'; errorText: string }
  | { type: 'start-step' | 'finish-step' | 'finish' | 'abort' }
  | { type: `data-${string}`; data: unknown };

type ToolPart = Extract<CopilotPart, { toolCallId: string }>;

function toolPart(message: CopilotMessageDto, toolCallId: string): ToolPart | undefined {
  return message.parts.find((p): p is ToolPart => 'toolCallId' in p && p.toolCallId === toolCallId);
}

/**
 * Applies one chunk to the assistant message being streamed (mutating copy-on-write: returns a new message object so
 * Lit sees the change). Text ids map to the text part they opened.
 */
export function applyChunk(message: CopilotMessageDto, chunk: StreamChunk, textIds: Map<string, number>): CopilotMessageDto {
  const m: CopilotMessageDto = { ...message, parts: [...message.parts] };
  switch (chunk.type) {
    case 'start':
      if (chunk.messageId) m.id = chunk.messageId;
      break;
    case 'start-step':
      m.parts.push({ type: 'step-start' });
      break;
    case 'text-start':
      textIds.set(chunk.id, m.parts.length);
      m.parts.push({ type: 'text', text: '', state: 'streaming' });
      break;
    case 'text-delta': {
      const i = textIds.get(chunk.id);
      const p = i === undefined ? undefined : m.parts[i];
      if (p && p.type === 'text') m.parts[i!] = { ...p, text: p.text + chunk.delta };
      break;
    }
    case 'text-end': {
      const i = textIds.get(chunk.id);
      const p = i === undefined ? undefined : m.parts[i];
      if (p && p.type === 'text') m.parts[i!] = { ...p, state: 'done' };
      break;
    }
    case 'tool-input-start':
    case 'tool-input-available': {
      const existing = toolPart(m, chunk.toolCallId);
      const next = { type: `tool-${chunk.toolName}`, toolCallId: chunk.toolCallId, state: chunk.type === 'tool-input-start' ? 'input-streaming' : 'input-available', ...('input' in chunk ? { input: chunk.input } : {}) } as ToolPart;
      if (existing) m.parts[m.parts.indexOf(existing)] = { ...existing, ...next };
      else m.parts.push(next);
      break;
    }
    case 'tool-approval-request':
    case 'tool-output-available':
    case 'tool-output-error':
    case 'tool-output-denied': {
      const existing = toolPart(m, chunk.toolCallId);
      if (!existing) break;
      const i = m.parts.indexOf(existing);
      if (chunk.type === 'tool-approval-request') m.parts[i] = { ...existing, state: 'approval-requested', approval: { id: chunk.approvalId } };
      else if (chunk.type === 'tool-output-available') m.parts[i] = { ...existing, state: 'output-available', output: chunk.output };
      else if (chunk.type === 'tool-output-error') m.parts[i] = { ...existing, state: 'output-error', errorText: chunk.errorText };
      else m.parts[i] = { ...existing, state: 'output-denied' };
      break;
    }
    case 'error':
      m.parts.push({ type: 'text', text: chunk.errorText, state: 'done' });
      break;
    default:
      if (chunk.type.startsWith('data-')) m.parts.push({ type: chunk.type as `data-${string}`, data: (chunk as { data: unknown }).data });
  }
  return m;
}

/** Reads an SSE body ("data: {json}\n\n" … "data: [DONE]") chunk by chunk. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamChunk> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of block.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const data = line.slice(6);
        if (data === '[DONE]') return;
        try {
          yield JSON.parse(data) as StreamChunk;
        } catch {
          // A malformed line is skipped, never rendered.
        }
      }
    }
    if (done) return;
  }
}
