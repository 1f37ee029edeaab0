import NextAuth, { type DefaultSession } from 'next-auth';
import { buildAuthConfig } from '@/server/auth/config';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
  }
}

/** Auth.js for the portal: magic links and per-partner OIDC connections, JWT sessions (stateless instances). */
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig());
