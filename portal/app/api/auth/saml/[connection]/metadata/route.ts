import { samlServiceProviderMetadata } from '@/server/sso/saml-acs';

/** The portal's SAML service-provider metadata for one connection, for the IdP admin to import. */
export async function GET(_request: Request, { params }: { params: Promise<{ connection: string }> }) {
  const { connection } = await params;
  const xml = await samlServiceProviderMetadata(connection);
  if (!xml) return new Response('No such SAML connection.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'content-type': 'application/samlmetadata+xml; charset=utf-8', 'cache-control': 'no-store' } });
}
