/** What the widgets read from an embed token, without verifying it (the server does that). */
export interface TokenInfo {
  expiresAt: number | null;
  locale: string | null;
  currency: string | null;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function readToken(token: string | undefined): TokenInfo {
  const empty: TokenInfo = { expiresAt: null, locale: null, currency: null };
  const payload = token?.split('.')[1];
  if (!payload) return empty;
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
    return {
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
      locale: typeof claims.locale === 'string' ? claims.locale : null,
      currency: typeof claims.currency === 'string' ? claims.currency : null,
    };
  } catch {
    return empty;
  }
}
