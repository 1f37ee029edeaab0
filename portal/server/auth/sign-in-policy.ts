import 'server-only';
import { db } from '@/lib/db';
import { emailDomainOf, ssoRouteForEmail } from '@/server/sso/route-email';
import { connectionIdOfProvider } from './sso-providers';

export const MAGIC_LINK_PROVIDER = 'nodemailer';

/** Why a sign-in was refused; the sign-in page explains each. */
export type SignInRefusal = 'sso_required' | 'not_invited' | 'deactivated' | 'domain_mismatch' | 'unverified_email';

export function refusalUrl(reason: SignInRefusal): string {
  return `/signin?error=${reason}`;
}

/**
 * Whether a magic link may be sent to / used by this address: not on a domain with enforced SSO, and the person
 * is known (a user, or someone with a pending invitation). Unknown people get no account by email.
 */
export async function magicLinkDecision(email: string): Promise<true | SignInRefusal> {
  const normalized = email.trim().toLowerCase();
  const route = await ssoRouteForEmail(normalized);
  if (route?.enforced) return 'sso_required';
  const user = await db.user.findUnique({ where: { email: normalized }, select: { deactivatedAt: true } });
  if (user?.deactivatedAt) return 'deactivated';
  if (user) return true;
  const invitation = await db.invitation.findFirst({
    where: { email: normalized, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return invitation ? true : 'not_invited';
}

/**
 * An SSO sign-in is accepted only for a verified email on one of the connection's own domains: partner A's
 * IdP cannot sign someone in as a user of partner B's domain.
 */
export async function ssoDecision(providerId: string, email: string | null | undefined, emailVerified: unknown): Promise<true | SignInRefusal> {
  const connectionId = connectionIdOfProvider(providerId);
  if (!connectionId || !email) return 'domain_mismatch';
  if (emailVerified === false) return 'unverified_email';
  const normalized = email.toLowerCase();
  const domain = await db.ssoDomain.findFirst({ where: { domain: emailDomainOf(normalized), connectionId }, select: { domain: true } });
  if (!domain) return 'domain_mismatch';
  const user = await db.user.findUnique({ where: { email: normalized }, select: { deactivatedAt: true } });
  if (user?.deactivatedAt) return 'deactivated';
  return true;
}

/** The Auth.js signIn callback: true, or the sign-in page URL with the reason. */
export async function allowSignIn(input: {
  user: { email?: string | null };
  account?: { provider: string; type: string } | null;
  profile?: { email_verified?: unknown } | undefined;
}): Promise<true | string> {
  const provider = input.account?.provider;
  const email = input.user.email ?? '';
  if (provider === MAGIC_LINK_PROVIDER) {
    const decision = await magicLinkDecision(email);
    return decision === true ? true : refusalUrl(decision);
  }
  if (provider && connectionIdOfProvider(provider)) {
    const decision = await ssoDecision(provider, email, input.profile?.email_verified);
    return decision === true ? true : refusalUrl(decision);
  }
  return refusalUrl('domain_mismatch');
}
