
/** How long a prefetched answer waits for the widget that will ask for it (they ask as soon as they render). */
const PRIMED_TTL_MS = 15_000;

interface Primed<T> {
  answer: T;
  until: number;
}

/**
 * Answers that came ahead of their request (a dashboard definition carries its widgets' first reads). Each is
 * handed out once, to the first read of an equal request, and only for a short while: a later read — a retry, a
 * refresh, the same view opened again — goes to the API as it always would. Requests match by their JSON: the
 * portal builds them with the very functions the widgets use (contract.ts), so their properties come in the same
 * order; one that does not match simply goes to the API.
 */
export class PrimedAnswers<T> {
  private readonly waiting = new Map<string, Primed<T>[]>();

  add(request: unknown, answer: T): void {
    const key = JSON.stringify(request);
    const list = this.waiting.get(key) ?? [];
    list.push({ answer, until: Date.now() + PRIMED_TTL_MS });
    this.waiting.set(key, list);
  }

  /** The answer waiting for this request, if any (and no longer waiting). */
  take(request: unknown): T | undefined {
    if (!this.waiting.size) return undefined;
    const key = JSON.stringify(request);
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

