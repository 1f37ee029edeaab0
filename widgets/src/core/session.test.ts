import { describe, expect, it, vi } from 'vitest';
import { EmbedSession, normalizeApiBase, type SessionChangeEvent } from './session.ts';

vi.stubGlobal('document', { documentElement: { lang: 'en' } });
vi.stubGlobal('window', new EventTarget());

function token(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

describe('EmbedSession', () => {
  it('accepts an API base with or without the /api/embed/v1 path', () => {
    expect(normalizeApiBase('https://a.example/api/embed/v1/')).toBe('https://a.example');
    expect(normalizeApiBase('https://a.example/proxy/')).toBe('https://a.example/proxy');
  });

  it('treats a renewed token as a token change only: the view is not fetched again', () => {
    const session = new EmbedSession(new EventTarget());
    const changes: string[] = [];
    session.addEventListener('change', (event) => changes.push((event as SessionChangeEvent).change));
    const exp = Math.floor(Date.now() / 1000) + 600;
    session.update({ apiBase: 'https://a.example/api/embed/v1', token: token({ exp, locale: 'de-DE' }) });
    expect(changes).toEqual(['data']);
    session.update({ apiBase: 'https://a.example/api/embed/v1', token: 'not.a-token.any-more' });
    session.update({ apiBase: 'https://a.example/api/embed/v1', token: token({ exp: exp + 60 }) });
    expect(changes).toEqual(['data', 'token', 'token']);
    expect(session.locale).toBe('de-DE');
    session.dispose();
  });
});
