import type { Db } from '../../../prisma/connect.ts';
import { FONT_CHOICES, resolveTheme, ThemeFieldsSchema, type ResolvedTheme } from '../theming/theme-schema.ts';

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

type Layer = Record<string, unknown> | null | undefined;

/**
 * Keeps the fields of a stored theme that validate one by one, so a single bad value (e.g. a CSS font stack where the
 * schema wants a font key) costs that field only, not the whole brand. A font stack is mapped to the choice it names.
 */
export function cleanThemeLayer(layer: Layer): Record<string, unknown> | null {
  if (!layer) return null;
  const shape = ThemeFieldsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer)) {
    if (!(key in shape) || value === null || value === undefined) continue;
    let candidate = value;
    if (key === 'fontFamily' && typeof value === 'string' && !(value in FONT_CHOICES)) {
      const first = value.split(',')[0]!.replace(/["']/g, '').trim().toLowerCase();
      candidate = Object.entries(FONT_CHOICES).find(([, stack]) => stack.toLowerCase().startsWith(first) || stack.toLowerCase().includes(`"${first}"`))?.[0] ?? 'system';
    }
    if (shape[key]!.safeParse(candidate).success) out[key] = candidate;
  }
  return out;
}

type ThemeRow = Record<string, unknown> & { emailSenderName?: string | null; faviconAssetId?: string | null; logoAssetId?: string | null };

/** Partner theme, then the tenant's override (null inherits), validated as data. */
function brandOf(partner: { name: string; customDomain: string | null; theme: ThemeRow | null }, tenant: { customDomain: string | null; theme: ThemeRow | null } | null): ReportBrand {
  const layers = [cleanThemeLayer(partner.theme), cleanThemeLayer(tenant?.theme)];
  const pick = <K extends 'emailSenderName' | 'faviconAssetId' | 'logoAssetId'>(key: K) => tenant?.theme?.[key] ?? partner.theme?.[key] ?? null;
  const theme = resolveTheme({ brandName: partner.name }, ...layers);
  return {
    theme,
    brandName: theme.brandName,
    senderName: pick('emailSenderName') ?? theme.brandName,
    logoAssetId: pick('logoAssetId'),
    faviconAssetId: pick('faviconAssetId') ?? pick('logoAssetId'),
    customDomain: tenant?.customDomain ?? partner.customDomain,
  };
}

const PARTNER_BRAND_SELECT = { name: true, customDomain: true, theme: true } as const;

/** The effective brand of a tenant: partner theme, then the tenant's override (null inherits), validated as data. */
export async function loadReportBrand(db: Db, tenantId: string): Promise<ReportBrand> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { customDomain: true, theme: true, partner: { select: PARTNER_BRAND_SELECT } } });
  return brandOf(tenant.partner, tenant);
}

/** A partner's own brand (no client override): what its custom domain shows before anyone is known. */
export async function loadPartnerBrand(db: Db, partnerId: string): Promise<ReportBrand> {
  return brandOf(await db.partner.findUniqueOrThrow({ where: { id: partnerId }, select: PARTNER_BRAND_SELECT }), null);
}
