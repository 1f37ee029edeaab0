import type { Metadata } from 'next';
import { z } from 'zod';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { RowAction, SettingsTable } from '@/components/settings/settings-table';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { TableCell, TableRow } from '@/components/ui/table';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { WEBHOOK_EVENT_TYPES } from '@/server/webhooks/event-types';
import { deliveryLog, listEndpoints } from '@/server/webhooks/endpoints';
import { deleteEndpointAction, redeliverAction, sendTestEventAction, toggleEndpointAction } from './actions';
import { EndpointForm } from './endpoint-form';

export const metadata: Metadata = { title: 'Webhooks' };
export const dynamic = 'force-dynamic';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—');
const DELIVERY_TONE = { delivered: 'positive', dead: 'negative', failed: 'warning' } as const;

/** Webhook endpoints, their signed deliveries with the receiver's answers, manual redelivery. */
export default async function WebhooksSettings({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { partner: slug } = await params;
  const selected = z.string().max(40).optional().catch(undefined).parse((await searchParams).endpoint);
  return withPartnerPage(
    slug,
    'webhooks.read',
    async (ctx) => {
      const canManage = ctx.can('webhooks.manage');
      const endpoints = await listEndpoints(ctx.partner.id);
      const current = endpoints.find((e) => e.id === selected) ?? endpoints[0];
      const log = current ? await deliveryLog(ctx.partner.id, current.id) : [];
      return (
        <div className="mx-auto max-w-6xl">
          <PageHeader title="Webhooks" description="Events are recorded with the change they describe and delivered with Standard Webhooks signatures; failed deliveries retry for 24 hours." />
          {canManage ? (
            <Card className="mb-6">
              <CardHeader>
                <CardTitle className="text-base">New endpoint</CardTitle>
              </CardHeader>
              <CardContent>
                <EndpointForm partnerSlug={slug} eventTypes={WEBHOOK_EVENT_TYPES} />
              </CardContent>
            </Card>
          ) : null}
          <SettingsTable
            className="mb-6"
            columns={['Endpoint', 'Events', 'State', { label: 'Actions', hidden: true }]}
            empty="No endpoints yet."
            rows={endpoints.map((e) => {
              const types = z.array(z.string()).catch([]).parse(e.eventTypes);
              return (
                <TableRow key={e.id}>
                  <TableCell>
                    <a className="font-medium underline-offset-2 hover:underline" href={`/webhooks/${slug}?endpoint=${e.id}`}>
                      {e.url}
                    </a>
                    {e.description ? <div className="text-xs text-muted-foreground">{e.description}</div> : null}
                  </TableCell>
                  <TableCell className="text-xs">{types.length ? types.join(', ') : 'all events'}</TableCell>
                  <TableCell>
                    {e.enabled ? <Badge tone="positive">enabled</Badge> : <Badge tone="negative">disabled</Badge>}
                    {e.disabledReason ? <div className="text-xs text-muted-foreground">{e.disabledReason}</div> : null}
                  </TableCell>
                  <TableCell>
                    {canManage ? (
                      <div className="flex gap-2">
                        <RowAction action={sendTestEventAction} partnerSlug={slug} id={e.id} label="Send test event" />
                        <RowAction action={toggleEndpointAction} partnerSlug={slug} id={e.id} label={e.enabled ? 'Disable' : 'Enable'} fields={{ enable: e.enabled ? '0' : '1' }} />
                        <RowAction action={deleteEndpointAction} partnerSlug={slug} id={e.id} label="Delete" variant="ghost" />
                      </div>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          />
          {current ? (
            <SettingsTable
              title={`Delivery log · ${current.url}`}
              columns={['Event', 'Status', 'Attempts', 'Response', 'Created', { label: 'Redeliver', hidden: true }]}
              empty="No deliveries yet."
              rows={log.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>
                    <code className="text-xs">{d.event.type}</code>
                    <div className="text-xs text-muted-foreground">webhook-id {d.event.id}</div>
                  </TableCell>
                  <TableCell>
                    <Badge tone={DELIVERY_TONE[d.status as keyof typeof DELIVERY_TONE] ?? 'neutral'}>{d.status}</Badge>
                  </TableCell>
                  <TableCell>{d.attempts}</TableCell>
                  <TableCell className="max-w-xs text-xs">
                    {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}
                    {d.lastResponse ? <pre className="mt-1 max-h-16 overflow-hidden whitespace-pre-wrap text-muted-foreground">{d.lastResponse.slice(0, 300)}</pre> : null}
                  </TableCell>
                  <TableCell className="text-xs">{when(d.createdAt)}</TableCell>
                  <TableCell>{canManage ? <RowAction action={redeliverAction} partnerSlug={slug} id={d.id} label="Redeliver" /> : null}</TableCell>
                </TableRow>
              ))}
            />
          ) : null}
        </div>
      );
    },
    () => <AccessDenied what="webhooks" />,
  );
}
