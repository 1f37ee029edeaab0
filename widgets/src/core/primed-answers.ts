
/** How long a prefetched answer waits for the widget that will ask for it (they ask as soon as they render). */
const PRIMED_TTL_MS = 15_000;

interface Primed<T> {
  answer: T;
  until: number;
}

/**
 * Answers that came ahead of their request (a dashboard definition carries its widgets' first reads). Each is
 * handed out once, to the first read of an equal request, and only for a short while: a later read — a retry, a
 * refresh, the same view opened again — goes to the API as it always would.
 */
export class PrimedAnswers<T> {
  private readonly waiting = new Map<string, Primed<T>[]>();

  add(request: unknown, answer: T): void {
    const key = canonicalKey(request);
    const list = this.waiting.get(key) ?? [];
    list.push({ answer, until: Date.now() + PRIMED_TTL_MS });
    this.waiting.set(key, list);
  }

  /** The answer waiting for this request, if any (and no longer waiting). */
  take(request: unknown): T | undefined {
    if (!this.waiting.size) return undefined;
    const key = canonicalKey(request);
    const list = this.waiting.get(key);
    let primed = list?.shift();
    while (primed && primed.until < Date.now()) primed = list?.shift();
    if (!list?.length) this.waiting.delete(key);
    return primed?.answer;
  }

  clear(): void {
    this.waiting.clear();
  }
}

/** One key for equal values whatever their properties' order (how a prefetched answer finds its query). */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
