import { describe, expect, it } from 'vitest';
import { QUERY_BATCH_MAX_ITEMS, type QueryBatchAnswer, type QueryBatchItem } from '../contract.ts';
import { StratumApiError } from './errors.ts';
import { QueryBatcher } from './query-batch.ts';

const range = { from: '2026-01-01', to: '2026-01-31' };
const item = (n: number): QueryBatchItem => ({ query: { metrics: ['spend'], range, limit: n } });
const answerFor = (entry: QueryBatchItem): QueryBatchAnswer =>
  'query' in entry ? { status: 200, result: { currency: 'EUR', range, rows: [], totals: { spend: entry.query.limit ?? 0 }, meta: { tookMs: 0, cached: false } } } : { status: 404, error: { code: 'NOT_FOUND', message: 'No such dashboard.' } };

/** A batcher over an in-memory server that records what it was sent. */
function recordingBatcher(options: { batchStatus?: number } = {}) {
  const failed = options.batchStatus !== undefined;
  const batches: QueryBatchItem[][] = [];
  const singles: QueryBatchItem[] = [];
  const batcher = new QueryBatcher(
    async (body) => {
      batches.push(body.items);
      if (failed) throw new StratumApiError(options.batchStatus === 0 ? 'NETWORK' : 'INTERNAL', 'Not Found', options.batchStatus!);
      return { answers: body.items.map(answerFor) };
    },
    async (entry) => {
      singles.push(entry);
      const answer = answerFor(entry);
      if ('error' in answer) throw new StratumApiError(answer.error.code, answer.error.message, answer.status);
      return answer;
    },
  );
  return { batcher, batches, singles };
}

const total = (answer: QueryBatchAnswer) => (answer as { result: { totals: { spend: number } } }).result.totals.spend;

describe('QueryBatcher', () => {
  it('sends the reads of one task as one batch and gives each caller its own answer', async () => {
    const { batcher, batches, singles } = recordingBatcher();
    const answers = await Promise.all([1, 2, 3].map((n) => batcher.request(item(n))));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(3);
    expect(singles).toHaveLength(0);
    expect(answers.map(total)).toEqual([1, 2, 3]);
  });

  it('sends a read alone in its task to the single route', async () => {
    const { batcher, batches, singles } = recordingBatcher();
    expect(total(await batcher.request(item(7)))).toBe(7);
    expect(batches).toHaveLength(0);
    expect(singles).toHaveLength(1);
  });

  it('turns a refused item into its own error and leaves the others alone', async () => {
    const { batcher } = recordingBatcher();
    const [query, dashboard] = await Promise.allSettled([batcher.request(item(1)), batcher.request({ dashboard: 'other-tenant' })]);
    expect(query.status).toBe('fulfilled');
    expect(dashboard.status).toBe('rejected');
    const error = (dashboard as PromiseRejectedResult).reason as StratumApiError;
    expect(error).toBeInstanceOf(StratumApiError);
    expect(error.kind).toBe('not-found');
  });

  it('splits more reads than one batch may carry', async () => {
    const { batcher, batches } = recordingBatcher();
    await Promise.all(Array.from({ length: QUERY_BATCH_MAX_ITEMS + 2 }, (_, n) => batcher.request(item(n))));
    expect(batches.map((batch) => batch.length)).toEqual([QUERY_BATCH_MAX_ITEMS, 2]);
  });

  it('aborts only the item whose signal fired', async () => {
    const { batcher, batches } = recordingBatcher();
    const controller = new AbortController();
    const aborted = batcher.request(item(1), controller.signal);
    const kept = batcher.request(item(2));
    const other = batcher.request(item(3));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((await Promise.all([kept, other])).map(total)).toEqual([2, 3]);
    expect(batches[0]).toHaveLength(2);
  });

  it('sends a group on its own when the batch request fails on the network (an older portal across origins), and tries batching again', async () => {
    const { batcher, batches, singles } = recordingBatcher({ batchStatus: 0 });
    expect((await Promise.all([batcher.request(item(1)), batcher.request(item(2))])).map(total)).toEqual([1, 2]);
    await Promise.all([batcher.request(item(3)), batcher.request(item(4))]);
    expect(batches).toHaveLength(2);
    expect(singles).toHaveLength(4);
  });

  it('falls back to the single routes when the server has no batch route', async () => {
    const { batcher, batches, singles } = recordingBatcher({ batchStatus: 404 });
    expect((await Promise.all([batcher.request(item(1)), batcher.request(item(2))])).map(total)).toEqual([1, 2]);
    expect(batches).toHaveLength(1);
    expect(singles).toHaveLength(2);
    await Promise.all([batcher.request(item(3)), batcher.request(item(4))]);
    expect(batches).toHaveLength(1);
    expect(singles).toHaveLength(4);
  });
});
