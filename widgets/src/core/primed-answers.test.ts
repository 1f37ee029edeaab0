import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrimedAnswers } from './primed-answers.ts';

const range = { from: '2026-10-22', to: '2026-11-20' };

describe('PrimedAnswers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands an answer out once, to an equal request (a copy, not the same object), and to no other', () => {
    const primed = new PrimedAnswers<string>();
    primed.add({ metrics: ['spend'], range, dimensions: ['date'] }, 'answer');
    expect(primed.take({ metrics: ['clicks'], range, dimensions: ['date'] })).toBeUndefined();
    expect(primed.take({ metrics: ['spend'], range: { ...range, from: '2026-10-23' }, dimensions: ['date'] })).toBeUndefined();
    expect(primed.take({ metrics: ['spend'], range, dimensions: ['date'], currency: 'USD' })).toBeUndefined();
    expect(primed.take(JSON.parse(JSON.stringify({ metrics: ['spend'], range, dimensions: ['date'] })))).toBe('answer');
    expect(primed.take({ metrics: ['spend'], range, dimensions: ['date'] })).toBeUndefined();
  });

  it('keeps the order of lists: ["spend","clicks"] is not ["clicks","spend"]', () => {
    const primed = new PrimedAnswers<string>();
    primed.add({ metrics: ['spend', 'clicks'], range }, 'answer');
    expect(primed.take({ metrics: ['clicks', 'spend'], range })).toBeUndefined();
    expect(primed.take({ metrics: ['spend', 'clicks'], range })).toBe('answer');
  });

  it('answers two equal requests primed twice twice, in the order they were primed, then no more', () => {
    const primed = new PrimedAnswers<string>();
    primed.add({ metrics: ['spend'], range }, 'first');
    primed.add({ metrics: ['spend'], range }, 'second');
    expect(primed.take({ metrics: ['spend'], range })).toBe('first');
    expect(primed.take({ metrics: ['spend'], range })).toBe('second');
    expect(primed.take({ metrics: ['spend'], range })).toBeUndefined();
  });

  it('does not hand out an answer older than 15 s, but still a fresher one primed behind it', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    const primed = new PrimedAnswers<string>();
    primed.add('a', 'kept');
    vi.advanceTimersByTime(14_999);
    expect(primed.take('a')).toBe('kept');

    primed.add('b', 'expired');
    vi.advanceTimersByTime(15_001);
    expect(primed.take('b')).toBeUndefined();

    primed.add('c', 'stale');
    vi.advanceTimersByTime(10_000);
    primed.add('c', 'fresh');
    vi.advanceTimersByTime(6_000);
    expect(primed.take('c')).toBe('fresh');
    expect(primed.take('c')).toBeUndefined();
  });

  it('clear() drops every waiting answer', () => {
    const primed = new PrimedAnswers<number>();
    primed.add({ metrics: ['spend'], range }, 1);
    primed.add('signal-health', 2);
    primed.clear();
    expect(primed.take({ metrics: ['spend'], range })).toBeUndefined();
    expect(primed.take('signal-health')).toBeUndefined();
    primed.add('signal-health', 3);
    expect(primed.take('signal-health')).toBe(3);
  });
});
