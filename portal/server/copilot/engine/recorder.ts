import type { UIMessageChunk } from 'ai';
import type { CopilotPart } from '@stratum/contract';

type Writer = { write(chunk: UIMessageChunk): void };

/**
 * Writes UI message stream chunks and keeps the message's parts in step, so exactly what was streamed is stored.
 * Text streams word by word (the built-in engine has the whole answer at once; streaming keeps the UI protocol).
 */
export class MessageRecorder {
  private n = 0;
  constructor(
    private readonly writer: Writer,
    readonly parts: CopilotPart[],
    private readonly newId: () => string,
  ) {}

  chunk(c: UIMessageChunk): void {
    this.writer.write(c);
  }

  /**
   * Lets what was written so far reach the socket before synchronous work (SQLite queries run on the event loop):
   * the chunks travel through promise callbacks, which all run before the next macrotask.
   */
  flush(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  step(): void {
    this.chunk({ type: 'start-step' });
    this.parts.push({ type: 'step-start' });
  }

  text(text: string): void {
    const id = `t${++this.n}-${this.newId()}`;
    this.chunk({ type: 'text-start', id });
    for (const piece of text.match(/\S+\s*|\s+/g) ?? []) this.chunk({ type: 'text-delta', id, delta: piece });
    this.chunk({ type: 'text-end', id });
    this.parts.push({ type: 'text', text, state: 'done' });
  }

  data(name: string, data: unknown): void {
    this.chunk({ type: `data-${name}`, data } as UIMessageChunk);
    this.parts.push({ type: `data-${name}`, data });
  }

  toolCall(tool: string, input: unknown): string {
    const toolCallId = `call-${this.newId()}`;
    this.chunk({ type: 'tool-input-start', toolCallId, toolName: tool });
    this.chunk({ type: 'tool-input-available', toolCallId, toolName: tool, input });
    this.parts.push({ type: `tool-${tool}` as CopilotPart['type'], toolCallId, state: 'input-available', input } as CopilotPart);
    return toolCallId;
  }

  private toolPart(toolCallId: string): Extract<CopilotPart, { toolCallId: string }> {
    const p = this.parts.find((x) => 'toolCallId' in x && x.toolCallId === toolCallId);
    if (!p || !('toolCallId' in p)) throw new Error(`unknown tool call ${toolCallId}`);
    return p;
  }

  approvalRequest(toolCallId: string): void {
    const approvalId = `approval-${this.newId()}`;
    this.chunk({ type: 'tool-approval-request', approvalId, toolCallId });
    Object.assign(this.toolPart(toolCallId), { state: 'approval-requested', approval: { id: approvalId } });
  }

  output(toolCallId: string, output: unknown): void {
    this.chunk({ type: 'tool-output-available', toolCallId, output });
    const p = this.toolPart(toolCallId);
    Object.assign(p, { state: 'output-available', output, ...(p.approval ? { approval: { ...p.approval, approved: true } } : {}) });
  }

  error(toolCallId: string, errorText: string): void {
    this.chunk({ type: 'tool-output-error', toolCallId, errorText });
    Object.assign(this.toolPart(toolCallId), { state: 'output-error', errorText });
  }

  denied(toolCallId: string, reason?: string): void {
    this.chunk({ type: 'tool-output-denied', toolCallId });
    const p = this.toolPart(toolCallId);
    Object.assign(p, { state: 'output-denied', approval: { ...(p.approval ?? { id: 'unknown' }), approved: false, ...(reason ? { reason } : {}) } });
  }
}
