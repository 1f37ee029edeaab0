import type { Metadata } from 'next';
import Link from 'next/link';
import { Building2 } from 'lucide-react';
import { AdminFrame } from '@/components/admin/admin-frame';
import { CreatePartnerDialog } from '@/components/admin/create-partner-dialog';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requirePlatformAdmin } from '@/server/platform/guard';
import { listPartners } from '@/server/platform/partners';
import { createPartnerAction } from './actions';

export const metadata: Metadata = { title: 'Platform admin' };
export const dynamic = 'force-dynamic';

/** Platform → partners: every agency with its plan, clients and members; create one; open one. */
export default async function PlatformAdminPage() {
  await requirePlatformAdmin('/admin');
  const partners = await listPartners();
  return (
    <AdminFrame current="partners">
      <PageHeader title="Partners" description="Every agency on the platform, with its plan, clients and partner members." actions={<CreatePartnerDialog action={createPartnerAction} />} />
      <Card><CardContent className="px-0 py-0">
        {partners.length === 0 ? <EmptyState icon={Building2} title="No partners yet" /> : (
          <Table>
            <caption className="sr-only">Partners</caption>
            <TableHeader><TableRow><TableHead>Partner</TableHead><TableHead>Plan</TableHead><TableHead>Clients</TableHead><TableHead>Members</TableHead><TableHead>Created</TableHead></TableRow></TableHeader>
            <TableBody>
              {partners.map((p) => (
                <TableRow key={p.id} data-testid={`partner-${p.slug}`}>
                  <TableCell><Link href={`/admin/partners/${p.slug}`} className="font-medium text-primary underline-offset-2 hover:underline">{p.name}</Link> <span className="text-xs text-muted-foreground">{p.slug}</span></TableCell>
                  <TableCell><Badge>{p.plan}</Badge></TableCell>
                  <TableCell data-testid="tenant-count">{p.tenants}</TableCell>
                  <TableCell data-testid="member-count">{p.members}</TableCell>
                  <TableCell>{p.createdAt.toISOString().slice(0, 10)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent></Card>
    </AdminFrame>
  );
}
