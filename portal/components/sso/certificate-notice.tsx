import Link from 'next/link';
import { connectionsWithExpiringCertificates } from '@/server/sso/connections';
import type { PartnerContext } from '@/server/tenancy/membership';
import { Alert } from '../ui/alert';

/** On the partner overview, for people who may see SSO settings: IdP certificates expiring within 30 days. */
export async function SsoCertificateNotice({ ctx }: { ctx: PartnerContext }) {
  if (!ctx.can('sso.read')) return null;
  const expiring = await connectionsWithExpiringCertificates(ctx);
  if (!expiring.length) return null;
  const expired = expiring.some((c) => c.health.level === 'expired');
  return (
    <Alert className="mb-6" tone={expired ? 'error' : 'warning'} title={expired ? 'An identity provider certificate has expired' : 'An identity provider certificate expires soon'}>
      {expiring.map((c) => `${c.name}: ${c.health.level === 'expired' ? 'expired' : 'expires'} ${c.expiresAt.toISOString().slice(0, 10)}`).join('; ')}.{' '}
      <Link className="underline underline-offset-2" href={`/p/${ctx.partner.slug}/sso`}>Update the IdP metadata</Link> before sign-in stops working.
    </Alert>
  );
}
