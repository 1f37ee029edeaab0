import 'server-only';
import { z } from 'zod';

const DiscoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

export type DiscoveryResult = { ok: true; summary: string } | { ok: false; message: string };

/** Fetches and checks an issuer's OpenID discovery document; every failure is a sentence an admin can act on. */
export async function checkOidcIssuer(issuer: string, timeoutMs = 5_000): Promise<DiscoveryResult> {
  const base = issuer.replace(/\/$/, '');
  const url = `${base}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' }, redirect: 'follow' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'the host could not be reached';
    return { ok: false, message: `Could not reach ${url}: ${reason}.` };
  }
  if (!response.ok) return { ok: false, message: `${url} answered ${response.status}; is the issuer URL right?` };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, message: `${url} did not return JSON.` };
  }
  const parsed = DiscoverySchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: `The discovery document lacks ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}.` };
  if (parsed.data.issuer.replace(/\/$/, '') !== base) return { ok: false, message: `The IdP calls itself "${parsed.data.issuer}", not "${issuer}". Use its exact issuer URL.` };
  if (parsed.data.code_challenge_methods_supported && !parsed.data.code_challenge_methods_supported.includes('S256')) {
    return { ok: false, message: 'The IdP does not support PKCE with S256, which the portal requires.' };
  }
  return { ok: true, summary: `Discovery OK: authorization at ${new URL(parsed.data.authorization_endpoint).host}, PKCE S256.` };
}
