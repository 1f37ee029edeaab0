import 'server-only';
import { X509Certificate } from 'node:crypto';

export interface SamlMetadataSummary {
  entityId: string;
  ssoUrl: string;
  certificateExpiresAt: Date;
}

/**
 * Reads what the portal needs from IdP metadata XML: entity id, the SSO endpoint (HTTP-Redirect or POST) and the
 * signing certificate's expiry (for rotation warnings). Malformed metadata throws a message an admin can act on.
 */
export function parseSamlMetadata(xml: string): SamlMetadataSummary {
  if (xml.length > 200_000) throw new Error('The metadata is larger than 200 KB.');
  if (!/<(\w+:)?EntityDescriptor[\s>]/.test(xml)) throw new Error('This is not SAML metadata: no EntityDescriptor element.');
  const entityId = /<(?:\w+:)?EntityDescriptor[^>]*\bentityID="([^"]+)"/.exec(xml)?.[1];
  if (!entityId) throw new Error('The EntityDescriptor has no entityID.');
  if (!/<(\w+:)?IDPSSODescriptor[\s>]/.test(xml)) throw new Error('The metadata describes no identity provider (IDPSSODescriptor).');
  const ssoUrl = /<(?:\w+:)?SingleSignOnService[^>]*\bLocation="([^"]+)"/.exec(xml)?.[1];
  if (!ssoUrl) throw new Error('The metadata has no SingleSignOnService location.');
  const certText = /<(?:\w+:)?X509Certificate>([\s\S]*?)<\/(?:\w+:)?X509Certificate>/.exec(xml)?.[1]?.replace(/\s+/g, '');
  if (!certText) throw new Error('The metadata has no signing certificate (X509Certificate).');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(`-----BEGIN CERTIFICATE-----\n${certText.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----`);
  } catch {
    throw new Error('The signing certificate in the metadata cannot be read.');
  }
  return { entityId, ssoUrl, certificateExpiresAt: new Date(cert.validTo) };
}

export type CertificateHealth = { level: 'ok' | 'warning' | 'expired'; daysLeft: number } | null;

/** Warn 30 days before an IdP certificate expires. */
export function certificateHealth(expiresAt: Date | null, now = new Date()): CertificateHealth {
  if (!expiresAt) return null;
  const daysLeft = Math.floor((expiresAt.getTime() - now.getTime()) / 86_400_000);
  return { level: daysLeft < 0 ? 'expired' : daysLeft <= 30 ? 'warning' : 'ok', daysLeft };
}
