import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toResponse } from './errors';

describe('toResponse', () => {
  it('answers an AppError with its status and code', async () => {
    const res = toResponse(new AppError('NOT_FOUND', 'No such dashboard.'), { requestId: 'req-12345678' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such dashboard.', requestId: 'req-12345678' } });
  });

  it('turns zod errors into 400 VALIDATION_FAILED with field issues', async () => {
    const parsed = z.object({ range: z.object({ from: z.iso.date() }) }).safeParse({ range: { from: 'soon' } });
    const res = toResponse(parsed.error);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', issues: [{ path: 'range.from' }] } });
  });

  it('never describes an unexpected error to the caller', async () => {
    const res = toResponse(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('ECONNREFUSED');
  });

  it('treats a client hanging up as the client’s doing (400), not a 500', () => {
    expect(toResponse(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })).status).toBe(400);
  });

  it('carries Retry-After on 429', () => {
    const res = toResponse(new AppError('RATE_LIMITED', 'Slow down.', { headers: { 'Retry-After': '3' } }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
  });
});
