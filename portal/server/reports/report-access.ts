import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { DashboardLayout, DateRange } from '@stratum/contract';
import { db } from '@/lib/db';
import { currentUser } from '@/server/auth/current-user';
import { DashboardLayoutSchema, DateRangeSchema } from '@/server/embed/schemas';
import { readRenderTicket } from './render-ticket';
import { rangeForRun } from './schedule-time';

export interface ReportAccess {
  dashboard: { id: string; title: string; description: string | null; layout: DashboardLayout };
  tenant: { id: string; slug: string; name: string; currency: string; locale: string; timezone: string; partnerId: string };
  partner: { id: string; slug: string; name: string };
  range: DateRange;
  /** Who is looking: a signed-in user, or the report worker holding a render ticket. */
  viewer: { kind: 'user'; userId: string } | { kind: 'ticket' };
  /** The origin the browser reached the page on (portal or custom domain). */
  origin: string;
}

/** The host the request came in on (a proxy's x-forwarded-host first), without the port. */
export async function requestHost(): Promise<{ host: string; origin: string }> {
  const h = await headers();
  const raw = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0]!.trim().toLowerCase();
  const proto = h.get('x-forwarded-proto') ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(raw) ? 'http' : 'https');
  return { host: raw.replace(/:\d+$/, ''), origin: `${proto}://${raw}` };
}

/** Host names of the portal itself: PORTAL_URLS / PORTAL_URL, plus localhost. Any other host is a custom domain. */
export function portalHosts(): Set<string> {
  const urls = [process.env.PORTAL_URLS ?? '', process.env.PORTAL_URL ?? '', process.env.AUTH_URL ?? ''].join(',').split(',');
  const hosts = new Set(['localhost', '127.0.0.1']);
  for (const url of urls) {
    try {
      if (url.trim()) hosts.add(new URL(url.trim()).hostname.toLowerCase());
    } catch {
      // ignore a malformed entry
    }
  }
  return hosts;
}

const SearchSchema = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional(), ticket: z.string().max(2_000).optional() });

/**
 * Who may open /r/<tenant>/<dashboard>: a client user of that tenant, a member of its partner, or the report worker
 * with a render ticket for exactly this dashboard. On a custom domain the partner (or tenant) must own that domain.
 * Everything is in the where; any miss is a 404 that says nothing about what exists. No session → sign-in.
 */
export async function resolveReportAccess(params: { tenant: string; dashboard: string }, search: Record<string, string | string[] | undefined>, returnTo: string): Promise<ReportAccess> {
  const { host, origin } = await requestHost();
  const query = SearchSchema.safeParse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!query.success) notFound();
  const onCustomDomain = !portalHosts().has(host);
  const dashboard = await db.dashboard.findFirst({
    where: {
      id: params.dashboard,
      isTemplate: false,
      tenant: { slug: params.tenant, ...(onCustomDomain ? { OR: [{ customDomain: host }, { partner: { customDomain: host } }] } : {}) },
    },
    select: {
      id: true,
      title: true,
      description: true,
      layout: true,
      tenant: { select: { id: true, slug: true, name: true, currency: true, locale: true, timezone: true, partnerId: true, partner: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!dashboard?.tenant) notFound();
  const tenant = dashboard.tenant;

  let viewer: ReportAccess['viewer'];
  const ticket = readRenderTicket(query.data.ticket);
  let range: DateRange | undefined;
  if (ticket && ticket.tenantId === tenant.id && ticket.dashboardId === dashboard.id) {
    viewer = { kind: 'ticket' };
    range = { from: ticket.from, to: ticket.to };
  } else {
    const user = await currentUser();
    if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    const membership = await db.membership.findFirst({
      where: {
        userId: user.id,
        partnerId: tenant.partnerId,
        OR: [{ tenantId: tenant.id, role: 'client' }, { tenantId: null, role: { in: ['owner', 'admin', 'analyst', 'viewer'] } }],
      },
      select: { id: true },
    });
    if (!membership) notFound();
    viewer = { kind: 'user', userId: user.id };
  }
  const layout = DashboardLayoutSchema.safeParse(dashboard.layout);
  const asked = query.data.from && query.data.to ? DateRangeSchema.safeParse({ from: query.data.from, to: query.data.to }) : undefined;
  range ??= asked?.success ? asked.data : rangeForRun(layout.success ? (layout.data.defaultRange ?? 'last_30_days') : 'last_30_days', new Date(), tenant.timezone);
  const { partner, ...tenantFields } = tenant;
  return {
    dashboard: { id: dashboard.id, title: dashboard.title, description: dashboard.description, layout: layout.success ? (layout.data as DashboardLayout) : { widgets: [] } },
    tenant: tenantFields,
    partner,
    range,
    viewer,
    origin,
  };
}
