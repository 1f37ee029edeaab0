import type { UIMessageChunk } from 'ai';

/** Reads a UI message stream response (SSE) into its chunks. */
export async function readChunks(response: Response): Promise<UIMessageChunk[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .map((block) => block.split('\n').find((l) => l.startsWith('data: '))?.slice(6))
    .filter((d): d is string => !!d && d !== '[DONE]')
    .map((d) => JSON.parse(d) as UIMessageChunk);
}

export function streamedText(chunks: UIMessageChunk[]): string {
  return chunks.map((c) => (c.type === 'text-delta' ? c.delta : c.type === 'text-end' ? '\n' : '')).join('');
}

export function toolOutputs(chunks: UIMessageChunk[]): unknown[] {
  return chunks.filter((c) => c.type === 'tool-output-available').map((c) => (c as { output: unknown }).output);
}
