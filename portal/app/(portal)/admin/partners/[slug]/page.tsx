import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminFrame } from '@/components/admin/admin-frame';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ROLE_LABELS } from '@/lib/permissions';
import { requirePlatformAdmin } from '@/server/platform/guard';
import { partnerForAdmin } from '@/server/platform/partners';

export const metadata: Metadata = { title: 'Partner' };
export const dynamic = 'force-dynamic';

/** Platform → one partner → its clients → their users, and the partner's own members. */
export default async function AdminPartnerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePlatformAdmin(`/admin/partners/${slug}`);
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) notFound();
  const partner = await partnerForAdmin(slug);
  if (!partner) notFound();
  const status = (u: { deactivatedAt: Date | null }) => (u.deactivatedAt ? <Badge tone="negative">Deactivated</Badge> : null);
  return (
    <AdminFrame current="partners">
      <PageHeader title={partner.name} description={<>Slug <code>{partner.slug}</code> · plan {partner.plan} · created {partner.createdAt.toISOString().slice(0, 10)}{partner.customDomain ? <> · {partner.customDomain}</> : null}</>} />
      <div className="grid gap-6">
        <Card>
          <CardHeader><CardTitle>Partner members ({partner.memberships.length})</CardTitle></CardHeader>
          <CardContent className="px-0 py-0">
            <Table>
              <caption className="sr-only">Partner members of {partner.name}</caption>
              <TableHeader><TableRow><TableHead>Email</TableHead><TableHead>Role</TableHead><TableHead>Source</TableHead></TableRow></TableHeader>
              <TableBody>
                {partner.memberships.map((m) => (
                  <TableRow key={m.user.email}><TableCell>{m.user.email} {status(m.user)}</TableCell><TableCell>{ROLE_LABELS[m.role]}</TableCell><TableCell>{m.source}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>Clients ({partner.tenants.length})</CardTitle></CardHeader>
          <CardContent className="px-0 py-0">
            <Table>
              <caption className="sr-only">Clients of {partner.name} and their users</caption>
              <TableHeader><TableRow><TableHead>Client</TableHead><TableHead>Currency</TableHead><TableHead>Users</TableHead></TableRow></TableHeader>
              <TableBody>
                {partner.tenants.map((t) => (
                  <TableRow key={t.id} data-testid={`tenant-${t.slug}`}>
                    <TableCell><span className="font-medium">{t.name}</span> <span className="text-xs text-muted-foreground">{t.slug}</span></TableCell>
                    <TableCell>{t.currency}</TableCell>
                    <TableCell>{t.memberships.length ? t.memberships.map((m) => <span key={m.user.email} className="mr-3 inline-flex items-center gap-1">{m.user.email} {status(m.user)}</span>) : <span className="text-muted-foreground">None</span>}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </div>
    </AdminFrame>
  );
}
