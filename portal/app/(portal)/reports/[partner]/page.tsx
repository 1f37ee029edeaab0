import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { RowAction, SettingsTable } from '@/components/settings/settings-table';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { TableCell, TableRow } from '@/components/ui/table';
import { db } from '@/lib/db';
import { scheduleActor } from '@/server/reports/schedule-actor';
import { listSchedules } from '@/server/reports/schedules';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { deleteScheduleAction, resendRunAction, sendNowAction } from './actions';
import { ScheduleForm } from './schedule-form';

/** Client users reach this page too: an absolute title, without the portal's own name. */
export const metadata: Metadata = { title: { absolute: 'Scheduled reports' } };
export const dynamic = 'force-dynamic';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');
const FAILED = new Set(['dead', 'failed']);

/** Scheduled report delivery: partner members for every client, client users for their own (self-service). */
export default async function ReportsSettings({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(
    slug,
    'reports.read',
    async (ctx) => {
      const actor = scheduleActor(ctx, false);
      const canWrite = ctx.can('reports.manage');
      const [schedules, dashboards] = await Promise.all([
        listSchedules(actor),
        db.dashboard.findMany({
          where: { partnerId: ctx.partner.id, isTemplate: false, tenant: actor.tenantId ? { id: actor.tenantId } : { partnerId: ctx.partner.id } },
          select: { id: true, title: true, tenantId: true, tenant: { select: { name: true } } },
          orderBy: [{ tenantId: 'asc' }, { title: 'asc' }],
        }),
      ]);
      return (
        <div className="mx-auto max-w-6xl">
          <PageHeader title="Scheduled reports" description="White-label PDF and CSV reports, sent by email on a schedule in your brand." />
          {canWrite && dashboards.length > 0 ? (
            <Card className="mb-6">
              <CardHeader>
                <CardTitle className="text-base">New schedule</CardTitle>
              </CardHeader>
              <CardContent>
                <ScheduleForm partnerSlug={slug} dashboards={dashboards.map((d) => ({ value: `${d.tenantId}:${d.id}`, label: `${d.tenant?.name ?? ''} — ${d.title}` }))} defaultTimezone="UTC" />
              </CardContent>
            </Card>
          ) : null}
          <SettingsTable
            columns={['Report', 'Client', 'Schedule', 'Next run', 'Recent runs', { label: 'Actions', hidden: true }]}
            empty="No scheduled reports yet."
            rows={schedules.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  <div className="font-medium">{s.name}</div>
                  <div className="text-xs text-muted-foreground">
                    {s.dashboard.title} · {s.format.replace('_', ' + ').toUpperCase()} · {s.rangePreset.replace(/_/g, ' ')}
                  </div>
                </TableCell>
                <TableCell>{s.tenant.name}</TableCell>
                <TableCell>
                  <code>{s.cron}</code> <span className="text-xs text-muted-foreground">{s.timezone}</span>
                </TableCell>
                <TableCell>{s.enabled ? when(s.nextRunAt) : <Badge>paused</Badge>}</TableCell>
                <TableCell>
                  <ul className="grid gap-1 text-xs">
                    {s.runs.map((r) => (
                      <li key={r.id} className="flex items-center gap-2">
                        <Badge tone={r.status === 'sent' ? 'positive' : FAILED.has(r.status) ? 'negative' : 'neutral'}>{r.status}</Badge>
                        <span>{when(r.scheduledFor)}</span>
                        {r.error ? <span className="text-muted-foreground" title={r.error}>{r.error.slice(0, 60)}</span> : null}
                        {canWrite && FAILED.has(r.status) ? <RowAction action={resendRunAction} partnerSlug={slug} id={r.id} label="Re-send" /> : null}
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell>
                  {canWrite ? (
                    <div className="flex gap-2">
                      <RowAction action={sendNowAction} partnerSlug={slug} id={s.id} label="Send now" />
                      <RowAction action={deleteScheduleAction} partnerSlug={slug} id={s.id} label="Delete" variant="ghost" />
                    </div>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          />
        </div>
      );
    },
    () => <AccessDenied what="scheduled reports" />,
  );
}
