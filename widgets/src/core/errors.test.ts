import { describe, expect, it } from 'vitest';
import { StratumApiError } from './errors.ts';

describe('StratumApiError.kind', () => {
  it('reads token problems as an expired session and access problems as denied, whatever the status', () => {
    expect(new StratumApiError('TOKEN_EXPIRED', '', 401).kind).toBe('expired');
    expect(new StratumApiError('TOKEN_BAD_SIGNATURE', '', 401).kind).toBe('expired');
    expect(new StratumApiError('ORIGIN_NOT_ALLOWED', '', 401).kind).toBe('denied');
    expect(new StratumApiError('SCOPE_FORBIDDEN', '', 403).kind).toBe('denied');
  });

  it('lets only network and server failures be retried blindly', () => {
    expect(new StratumApiError('NETWORK', '', 0).retryable).toBe(true);
    expect(new StratumApiError('INTERNAL', '', 500).retryable).toBe(true);
    expect(new StratumApiError('VALIDATION_FAILED', '', 400).retryable).toBe(false);
  });
});
