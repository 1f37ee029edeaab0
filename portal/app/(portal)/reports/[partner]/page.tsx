import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
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

/** Scheduled report delivery: partner members for every client, client users for their own (self-service). */
export default async function ReportsSettings({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(
    slug,
    'reports.read',
    async (ctx) => {
      const actor = scheduleActor(ctx, false);
      const canWrite = ctx.role === 'client' || ctx.can('dashboards.write');
      const [schedules, dashboards] = await Promise.all([
        listSchedules(actor),
        db.dashboard.findMany({
          where: { partnerId: ctx.partner.id, isTemplate: false, tenant: actor.tenantId ? { id: actor.tenantId } : { partnerId: ctx.partner.id } },
          select: { id: true, title: true, tenantId: true, tenant: { select: { name: true } } },
          orderBy: [{ tenantId: 'asc' }, { title: 'asc' }],
        }),
      ]);
      return (
        <main className="mx-auto max-w-6xl p-6">
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
          <Card>
            <CardContent className="px-0 py-0">
              {schedules.length === 0 ? (
                <p className="p-6 text-sm text-muted-foreground">No scheduled reports yet.</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Report</TableHead>
                      <TableHead>Client</TableHead>
                      <TableHead>Schedule</TableHead>
                      <TableHead>Next run</TableHead>
                      <TableHead>Recent runs</TableHead>
                      <TableHead>
                        <span className="sr-only">Actions</span>
                      </TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {schedules.map((s) => (
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
                                <Badge tone={r.status === 'sent' ? 'positive' : r.status === 'dead' || r.status === 'failed' ? 'negative' : 'neutral'}>{r.status}</Badge>
                                <span>{when(r.scheduledFor)}</span>
                                {r.error ? <span className="text-muted-foreground" title={r.error}>{r.error.slice(0, 60)}</span> : null}
                                {canWrite && (r.status === 'dead' || r.status === 'failed') ? (
                                  <form action={resendRunAction}>
                                    <input type="hidden" name="partnerSlug" value={slug} />
                                    <input type="hidden" name="id" value={r.id} />
                                    <Button size="sm" variant="outline" type="submit">
                                      Re-send
                                    </Button>
                                  </form>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </TableCell>
                        <TableCell>
                          {canWrite ? (
                            <div className="flex gap-2">
                              <form action={sendNowAction}>
                                <input type="hidden" name="partnerSlug" value={slug} />
                                <input type="hidden" name="id" value={s.id} />
                                <Button size="sm" variant="outline" type="submit">
                                  Send now
                                </Button>
                              </form>
                              <form action={deleteScheduleAction}>
                                <input type="hidden" name="partnerSlug" value={slug} />
                                <input type="hidden" name="id" value={s.id} />
                                <Button size="sm" variant="ghost" type="submit">
                                  Delete
                                </Button>
                              </form>
                            </div>
                          ) : null}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
        </main>
      );
    },
    () => <AccessDenied what="scheduled reports" />,
  );
}
