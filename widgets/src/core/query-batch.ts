import { QUERY_BATCH_MAX_ITEMS, type ApiErrorBody, type QueryBatchAnswer, type QueryBatchItem, type QueryBatchResult } from '../contract.js';
import { StratumApiError } from './errors.js';

/** Sends a batch body and returns the parsed answer (the session's authorised fetch: token, renewal, errors). */
export type BatchSender = (body: { items: QueryBatchItem[] }, signal: AbortSignal) => Promise<QueryBatchResult>;

interface Pending {
  item: QueryBatchItem;
  signal: AbortSignal | undefined;
  resolve: (answer: QueryBatchAnswer) => void;
  reject: (error: unknown) => void;
}

const abortError = () => new DOMException('The request was aborted', 'AbortError');

/**
 * Collects the reads that widgets start together (a dashboard's widgets all start theirs as it renders them)
 * and sends them as one POST /query/batch, at most QUERY_BATCH_MAX_ITEMS a request. Each caller gets its own
 * item's answer; its own signal aborts only its item (the request is aborted once every item in it is).
 * A read alone in its task goes to `single` (the plain route), as do all reads once the server turns out not to
 * know the batch route (an older portal).
 */
export class QueryBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private unsupported = false;

  constructor(
    private readonly sendBatch: BatchSender,
    private readonly single: (item: QueryBatchItem, signal: AbortSignal | undefined) => Promise<QueryBatchAnswer>,
  ) {}

  /** The answer to one item: resolves with a 200 answer, rejects with the item's StratumApiError or an abort. */
  request(item: QueryBatchItem, signal?: AbortSignal): Promise<QueryBatchAnswer> {
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<QueryBatchAnswer>((resolve, reject) => {
      this.queue.push({ item, signal, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // The widgets a render created run their first updates as microtasks queued by that render, all before
      // this one: by the time it runs, every one of them has asked (no timer, so no task hop before the request).
      queueMicrotask(() => this.flush());
    }).then(answerOrThrow);
  }

  private flush(): void {
    this.scheduled = false;
    const ready = this.queue.filter((pending) => !pending.signal?.aborted);
    for (const pending of this.queue) if (pending.signal?.aborted) pending.reject(abortError());
    this.queue = [];
    if (!ready.length) return;
    if (ready.length === 1 || this.unsupported) {
      for (const pending of ready) this.sendOne(pending);
      return;
    }
    for (let start = 0; start < ready.length; start += QUERY_BATCH_MAX_ITEMS) void this.sendMany(ready.slice(start, start + QUERY_BATCH_MAX_ITEMS));
  }

  private sendOne(pending: Pending): void {
    this.single(pending.item, pending.signal).then(pending.resolve, pending.reject);
  }

  private async sendMany(group: Pending[]): Promise<void> {
    const controller = new AbortController();
    let open = group.length;
    for (const pending of group) {
      pending.signal?.addEventListener(
        'abort',
        () => {
          pending.reject(abortError());
          open -= 1;
          if (open === 0) controller.abort();
        },
        { once: true },
      );
    }
    try {
      const { answers } = await this.sendBatch({ items: group.map((pending) => pending.item) }, controller.signal);
      if (!Array.isArray(answers) || answers.length !== group.length) throw new StratumApiError('BAD_RESPONSE', 'The batch answer does not match the request', 200);
      group.forEach((pending, position) => pending.resolve(answers[position]!));
    } catch (error) {
      const status = error instanceof StratumApiError ? error.status : -1;
      if (status === 404 || status === 405) this.unsupported = true; // a portal without the batch route: singles from now on
      // …or, across origins, its preflight fails (a network error): this group goes single, the next tries again.
      if (status === 404 || status === 405 || (status === 0 && !controller.signal.aborted)) {
        for (const pending of group) if (!pending.signal?.aborted) this.sendOne(pending);
        return;
      }
      for (const pending of group) pending.reject(error);
    }
  }
}

/** A failed item becomes the error its single route would have thrown. */
export function answerOrThrow<T extends { status: number }>(answer: T): Exclude<T, { error: unknown }> {
  if ('error' in answer) {
    const { error } = answer as { error: ApiErrorBody['error'] };
    throw new StratumApiError(error.code, error.message, answer.status, error.requestId);
  }
  return answer as Exclude<T, { error: unknown }>;
}
