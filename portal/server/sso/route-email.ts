import 'server-only';
import { db } from '@/lib/db';

export interface SsoRoute {
  connectionId: string;
  partnerId: string;
  kind: 'oidc' | 'saml';
  name: string;
  enforced: boolean;
}

export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

/** The SSO connection an email's domain is routed to, if any (a domain belongs to at most one connection). */
export async function ssoRouteForEmail(email: string): Promise<SsoRoute | null> {
  const domain = emailDomainOf(email);
  if (!domain) return null;
  const row = await db.ssoDomain.findUnique({
    where: { domain },
    select: { connection: { select: { id: true, partnerId: true, kind: true, name: true, enforced: true } } },
  });
  if (!row) return null;
  const c = row.connection;
  return { connectionId: c.id, partnerId: c.partnerId, kind: c.kind, name: c.name, enforced: c.enforced };
}
