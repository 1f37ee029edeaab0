import { NextResponse, type NextRequest } from 'next/server';
import { completeSamlAcs } from '@/server/sso/saml-acs';

/** The assertion consumer service: the IdP's browser POST (HTTP-POST binding) lands here. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ connection: string }> }) {
  const { connection } = await params;
  const location = await completeSamlAcs(connection, request);
  // 303: the browser follows with a GET, whatever the method of the POST that brought it here.
  return NextResponse.redirect(new URL(location, request.nextUrl.origin), 303);
}
