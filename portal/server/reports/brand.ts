import type { Db } from '../../../prisma/connect.ts';
import { resolveTheme, type ResolvedTheme } from '../theming/theme-schema.ts';

/** Everything a white-label report, page or email shows of a brand: the agency's (or the client's override), never ours. */
export interface ReportBrand {
  theme: ResolvedTheme;
  brandName: string;
  /** Display name of the email sender. */
  senderName: string;
  logoAssetId: string | null;
  faviconAssetId: string | null;
  /** The partner's custom domain, when it has one (links and sender address use it). */
  customDomain: string | null;
}

/** The effective brand of a tenant: partner theme, then the tenant's override (null inherits), validated as data. */
export async function loadReportBrand(db: Db, tenantId: string): Promise<ReportBrand> {
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { customDomain: true, theme: true, partner: { select: { name: true, customDomain: true, theme: true } } },
  });
  const layers = [tenant.partner.theme, tenant.theme];
  const pick = <K extends 'emailSenderName' | 'faviconAssetId' | 'logoAssetId'>(key: K) => tenant.theme?.[key] ?? tenant.partner.theme?.[key] ?? null;
  const theme = resolveTheme({ brandName: tenant.partner.name }, ...layers);
  return {
    theme,
    brandName: theme.brandName,
    senderName: pick('emailSenderName') ?? theme.brandName,
    logoAssetId: pick('logoAssetId'),
    faviconAssetId: pick('faviconAssetId') ?? pick('logoAssetId'),
    customDomain: tenant.customDomain ?? tenant.partner.customDomain,
  };
}
