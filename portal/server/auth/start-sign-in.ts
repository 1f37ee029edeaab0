import 'server-only';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { ssoRouteForEmail } from '@/server/sso/route-email';
import { startSamlSignIn } from '@/server/sso/saml-sign-in';
import { magicLinkDecision, MAGIC_LINK_PROVIDER } from './sign-in-policy';
import { ssoProviderId } from './sso-providers';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(254),
  callbackUrl: z.string().max(500).optional(),
});

/** Only paths inside the portal: no scheme, no protocol-relative `//host`. */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/p';
  return value;
}

export type StartSignInResult = { kind: 'error'; message: string } | { kind: 'check-email' };

/**
 * Email first: a domain routed to a partner's SSO goes to its IdP (and must, when enforced); everyone else gets a
 * magic link. Unknown addresses see the same "check your email" page as known ones (no account enumeration),
 * but nothing is sent to them. Redirects (Auth.js signIn) are thrown.
 */
export async function startSignIn(raw: unknown): Promise<StartSignInResult> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: parsed.error.issues[0]?.message ?? 'Enter a valid email address.' };
  const { email } = parsed.data;
  const redirectTo = safeCallbackUrl(parsed.data.callbackUrl);
  const route = await ssoRouteForEmail(email);
  if (route?.kind === 'oidc') {
    await signIn(ssoProviderId(route.connectionId), { redirectTo }, { login_hint: email });
    return { kind: 'error', message: 'Could not reach your identity provider.' };
  }
  if (route?.kind === 'saml') {
    let idpUrl: string;
    try {
      idpUrl = await startSamlSignIn(route.connectionId, redirectTo, email);
    } catch (error) {
      console.error(`[sso] SAML sign-in for ${route.name} could not start:`, (error as Error).message);
      return { kind: 'error', message: `Could not start single sign-on with ${route.name}: its identity provider settings are not usable. Ask your administrator.` };
    }
    redirect(idpUrl);
  }
  const decision = await magicLinkDecision(email);
  if (decision === 'sso_required') return { kind: 'error', message: 'Your organisation requires single sign-on.' };
  if (decision !== true) return { kind: 'check-email' };
  // No Auth.js redirect: its verify-request hop would leave the browser on an /api URL.
  await signIn(MAGIC_LINK_PROVIDER, { email, redirectTo, redirect: false });
  return { kind: 'check-email' };
}
