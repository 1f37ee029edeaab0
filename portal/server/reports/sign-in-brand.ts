import 'server-only';
import { db } from '@/lib/db';
import { loadPartnerBrand, loadReportBrand, type ReportBrand } from './brand';
import { portalHosts, requestHost } from './report-access';
import { linkOnOrigin, signInMailFor, type BrandedSignInMail } from './sign-in-mail';

/** The brand a sign-in page or email shows, with where its images are served. */
export interface SignInBrand {
  brand: ReportBrand;
  /** URL path of a brand image (logo, favicon), or null when there is no tenant to serve it under. */
  assetPath: (assetId: string | null) => string | null;
  /** Set when the request came in on the agency's custom domain: its origin (scheme, host, port). */
  customOrigin: string | null;
}

const REPORT_PATH = /^\/r\/([^/?#]+)\/([^/?#]+)/;

function reportPathOf(callbackUrl: string | undefined): { tenant: string; dashboard: string } | null {
  if (!callbackUrl) return null;
  try {
    const match = REPORT_PATH.exec(new URL(callbackUrl, 'http://portal.invalid').pathname);
    return match ? { tenant: decodeURIComponent(match[1]!), dashboard: decodeURIComponent(match[2]!) } : null;
  } catch {
    return null;
  }
}

function assets(tenantSlug: string | null) {
  return (assetId: string | null) => (assetId && tenantSlug ? `/r/${encodeURIComponent(tenantSlug)}/brand-asset/${assetId}` : null);
}

/**
 * Whose brand the sign-in pages show: on a partner's (or client's) custom domain, that agency's; on the portal's own
 * host with a callback to a client report (/r/<tenant>/<dashboard>), the brand of that report's tenant. Otherwise
 * null: the portal's own sign-in. A report callback on a custom domain must belong to that domain's owner.
 */
export async function signInBrand(callbackUrl: string | undefined): Promise<SignInBrand | null> {
  const { host, origin } = await requestHost();
  const onCustomDomain = !portalHosts().has(host);
  const customOrigin = onCustomDomain ? origin : null;
  const report = reportPathOf(callbackUrl);
  if (report) {
    const dashboard = await db.dashboard.findFirst({
      where: { id: report.dashboard, isTemplate: false, tenant: { slug: report.tenant, ...(onCustomDomain ? { OR: [{ customDomain: host }, { partner: { customDomain: host } }] } : {}) } },
      select: { tenant: { select: { id: true, slug: true } } },
    });
    if (dashboard?.tenant) return { brand: await loadReportBrand(db, dashboard.tenant.id), assetPath: assets(dashboard.tenant.slug), customOrigin };
  }
  if (!onCustomDomain) return null;
  const tenant = await db.tenant.findFirst({ where: { customDomain: host }, select: { id: true, slug: true } });
  if (tenant) return { brand: await loadReportBrand(db, tenant.id), assetPath: assets(tenant.slug), customOrigin };
  const partner = await db.partner.findFirst({ where: { customDomain: host }, select: { id: true, tenants: { select: { slug: true }, orderBy: { createdAt: 'asc' }, take: 1 } } });
  if (!partner) return null;
  return { brand: await loadPartnerBrand(db, partner.id), assetPath: assets(partner.tenants[0]?.slug ?? null), customOrigin };
}

/** Whether a host name is a partner's or a client's custom domain (sign-in may return there). */
export async function isCustomDomain(hostname: string): Promise<boolean> {
  const host = hostname.toLowerCase();
  const [partners, tenants] = await Promise.all([db.partner.count({ where: { customDomain: host } }), db.tenant.count({ where: { customDomain: host } })]);
  return partners + tenants > 0;
}

/**
 * Auth.js `redirect` callback: the default rules (same origin, or a path), plus the custom domains of partners and
 * clients, so that a client who signed in on the agency's domain lands back there with the session cookie.
 */
export async function allowBrandedRedirect({ url, baseUrl }: { url: string; baseUrl: string }): Promise<string> {
  if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
  try {
    const target = new URL(url);
    if (target.origin === baseUrl) return url;
    if ((target.protocol === 'https:' || target.protocol === 'http:') && (await isCustomDomain(target.hostname))) return url;
  } catch {
    // not a URL: fall through
  }
  return baseUrl;
}

/**
 * The magic-link email for a sign-in that started on an agency's custom domain or from a client report: branded, and
 * with the link on the custom domain. Null for the portal's own sign-in (the default email applies).
 */
export async function brandedSignInMail(link: string): Promise<BrandedSignInMail | null> {
  const callback = new URL(link).searchParams.get('callbackUrl') ?? undefined;
  const found = await signInBrand(callback);
  if (!found) return null;
  const finalLink = found.customOrigin ? linkOnOrigin(link, found.customOrigin) : link;
  return { ...signInMailFor(found.brand, finalLink), link: finalLink };
}
