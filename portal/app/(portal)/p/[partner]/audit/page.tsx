import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/access-denied';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/page-header';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { AuditFilterSchema, listAuditEvents } from '@/server/audit/query';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';

export const metadata: Metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

export default async function AuditPage({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { partner: slug } = await params;
  const filter = AuditFilterSchema.parse(await searchParams);
  return withPartnerPage(slug, 'audit.read', async (ctx) => {
    const [{ rows, total, pages, actions }, tenants] = await Promise.all([listAuditEvents(ctx, filter), listTenants(ctx)]);
    const values = { action: filter.action ?? '', actor: filter.actor ?? '', tenant: filter.tenant ?? '', from: filter.from ?? '', to: filter.to ?? '' };
    const pageHref = (page: number) => `/p/${slug}/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), page: String(page) })}`;
    return (
      <>
        <PageHeader title="Audit log" description={`${total} event${total === 1 ? '' : 's'}. Who changed what, when and from which IP — for your agency and your clients.`} />
        <div className="mb-4"><AuditFilters partnerSlug={slug} values={values} actions={actions} tenants={tenants.map((t) => ({ id: t.id, name: t.name }))} /></div>
        <Card><CardContent className="px-0 py-0">
          <AuditTable rows={rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorType: r.actorType, actor: r.actorLabel, action: r.action, target: r.targetType ? `${r.targetType}:${r.targetId ?? ''}` : null, client: r.tenant?.name ?? null, ip: r.ip, details: r.metadata ? JSON.stringify(r.metadata) : '' }))} />
        </CardContent></Card>
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          <span className="text-muted-foreground">Page {Math.min(filter.page, pages)} of {pages}</span>
          <div className="flex gap-2">
            {filter.page > 1 ? <Link className={buttonVariants({ variant: 'outline', size: 'sm' })} href={pageHref(filter.page - 1)}>Previous</Link> : null}
            {filter.page < pages ? <Link className={buttonVariants({ variant: 'outline', size: 'sm' })} href={pageHref(filter.page + 1)}>Next</Link> : null}
          </div>
        </nav>
      </>
    );
  }, () => <AccessDenied what="the audit log" />);
}
