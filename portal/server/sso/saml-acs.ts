import 'server-only';
import { z } from 'zod';
import { signIn } from '@/auth';
import { db } from '@/lib/db';
import { recordAudit } from '@/server/audit/record';
import { requestMeta } from '@/server/auth/request-meta';
import { ssoProviderId } from '@/server/auth/sso-providers';
import { finishSamlSignIn, serviceProviderMetadataXml } from './saml-sign-in';
import { SamlSignInError } from './saml-verify';

const ConnectionId = z.string().regex(/^[\w-]{1,40}$/);
const AcsForm = z.object({ SAMLResponse: z.string().min(1).max(1_000_000) });

export const SAML_FAILED_URL = '/signin?error=sso_failed';

/** Reads the IdP's POST; any unreadable body counts as a malformed response, never a 500. */
async function samlResponseOf(request: Request): Promise<string | null> {
  try {
    const form = await request.formData();
    const parsed = AcsForm.safeParse({ SAMLResponse: form.get('SAMLResponse') });
    return parsed.success ? parsed.data.SAMLResponse : null;
  } catch {
    return null;
  }
}

async function auditFailure(connectionId: string, reason: string, detail: string) {
  const c = await db.ssoConnection.findFirst({ where: { id: connectionId, kind: 'saml' }, select: { id: true, partnerId: true, name: true } });
  if (!c) return;
  await recordAudit({ partnerId: c.partnerId, actor: { type: 'system', label: `SAML ${c.name}` }, action: 'auth.sso_refused', target: { type: 'sso_connection', id: c.id }, metadata: { method: 'saml', reason, detail: detail.slice(0, 300) }, ...(await requestMeta()) });
}

/**
 * Finishes a SAML sign-in: verifies the posted response (see saml-verify), then signs the person in through
 * Auth.js with a single-use ticket, which sets the ordinary session cookie. Returns where the browser goes next:
 * the page they asked for, or the sign-in page with a generic error (the precise reason is audited and logged).
 */
export async function completeSamlAcs(connection: string, request: Request): Promise<string> {
  const id = ConnectionId.safeParse(connection);
  if (!id.success) return SAML_FAILED_URL;
  const samlResponse = await samlResponseOf(request);
  try {
    if (!samlResponse) throw new SamlSignInError('malformed', 'The POST carries no SAMLResponse.');
    const { ticket, redirectTo } = await finishSamlSignIn(id.data, samlResponse);
    return await signIn(ssoProviderId(id.data), { ticket, redirectTo, redirect: false });
  } catch (error) {
    if (!(error instanceof SamlSignInError)) {
      if ((error as { code?: string }).code === 'NOT_FOUND') return SAML_FAILED_URL;
      throw error;
    }
    console.warn(`[sso] SAML response refused for connection ${id.data}: ${error.reason}: ${error.message}`);
    await auditFailure(id.data, error.reason, error.message);
    return SAML_FAILED_URL;
  }
}

export async function samlServiceProviderMetadata(connection: string): Promise<string | null> {
  const id = ConnectionId.safeParse(connection);
  if (!id.success) return null;
  const exists = await db.ssoConnection.findFirst({ where: { id: id.data, kind: 'saml' }, select: { id: true } });
  return exists ? serviceProviderMetadataXml(exists.id) : null;
}
