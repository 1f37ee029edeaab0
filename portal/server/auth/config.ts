import 'server-only';
import type { NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { db } from '@/lib/db';
import { allowBrandedRedirect, brandedSignInMail } from '@/server/reports/sign-in-brand';
import { authSecret } from './auth-secret';
import { provisionAfterSsoSignIn } from './jit-provision';
import { mailFrom, sendMail, simpleHtmlMail } from './mail';
import { allowSignIn } from './sign-in-policy';
import { connectionIdOfProvider, ssoProviders } from './sso-providers';

const SESSION_HOURS = 8;

function magicLinkProvider() {
  return Nodemailer({
    // The transport is ours (sendMail): SMTP when SMTP_URL is set, the local outbox otherwise.
    server: process.env.SMTP_URL ?? 'smtp://localhost:25',
    from: mailFrom(),
    maxAge: 15 * 60,
    async sendVerificationRequest({ identifier, url }) {
      // From an agency's custom domain or a client report: the agency's brand and sender, the link on its domain.
      const branded = await brandedSignInMail(url);
      if (branded) return sendMail({ kind: 'magic-link', to: identifier, ...branded });
      await sendMail({
        kind: 'magic-link',
        to: identifier,
        subject: 'Your sign-in link',
        link: url,
        text: `Sign in to the partner portal:\n\n${url}\n\nThe link works once, for 15 minutes.`,
        html: simpleHtmlMail({ heading: 'Sign in to the partner portal', body: 'The link works once, for 15 minutes.', action: 'Sign in', link: url }),
      });
    },
  });
}

/** Built per request (Auth.js lazy config) so SSO connections added in the portal work at once. */
export async function buildAuthConfig(): Promise<NextAuthConfig> {
  return {
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
    trustHost: true,
    secret: authSecret(),
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
    providers: [magicLinkProvider(), ...(await ssoProviders())],
    callbacks: {
      redirect: allowBrandedRedirect,
      signIn: ({ user, account, profile }) => allowSignIn({ user, account, profile }),
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signIn({ user, account }) {
        if (account && user.id && user.email && connectionIdOfProvider(account.provider)) {
          await provisionAfterSsoSignIn({ userId: user.id, email: user.email, providerId: account.provider });
        }
      },
    },
  };
}
