import type { Metadata } from 'next';
import { z } from 'zod';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { WEBHOOK_EVENT_TYPES } from '@/server/webhooks/event-types';
import { deliveryLog, listEndpoints } from '@/server/webhooks/endpoints';
import { deleteEndpointAction, redeliverAction, sendTestEventAction, toggleEndpointAction } from './actions';
import { EndpointForm } from './endpoint-form';

export const metadata: Metadata = { title: 'Webhooks' };
export const dynamic = 'force-dynamic';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—');
const Hidden = ({ slug, id }: { slug: string; id: string }) => (
  <>
    <input type="hidden" name="partnerSlug" value={slug} />
    <input type="hidden" name="id" value={id} />
  </>
);

/** Webhook endpoints, their signed deliveries with the receiver's answers, manual redelivery. */
export default async function WebhooksSettings({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { partner: slug } = await params;
  const selected = z.string().max(40).optional().catch(undefined).parse((await searchParams).endpoint);
  return withPartnerPage(
    slug,
    'api_keys.manage',
    async (ctx) => {
      const endpoints = await listEndpoints(ctx.partner.id);
      const current = endpoints.find((e) => e.id === selected) ?? endpoints[0];
      const log = current ? await deliveryLog(ctx.partner.id, current.id) : [];
      return (
        <main className="mx-auto max-w-6xl p-6">
          <PageHeader title="Webhooks" description="Events are recorded with the change they describe and delivered with Standard Webhooks signatures; failed deliveries retry for 24 hours." />
          <Card className="mb-6">
            <CardHeader>
              <CardTitle className="text-base">New endpoint</CardTitle>
            </CardHeader>
            <CardContent>
              <EndpointForm partnerSlug={slug} eventTypes={WEBHOOK_EVENT_TYPES} />
            </CardContent>
          </Card>
          <Card className="mb-6">
            <CardContent className="px-0 py-0">
              {endpoints.length === 0 ? (
                <p className="p-6 text-sm text-muted-foreground">No endpoints yet.</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Endpoint</TableHead>
                      <TableHead>Events</TableHead>
                      <TableHead>State</TableHead>
                      <TableHead>
                        <span className="sr-only">Actions</span>
                      </TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {endpoints.map((e) => {
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
                            <div className="flex gap-2">
                              <form action={sendTestEventAction}>
                                <Hidden slug={slug} id={e.id} />
                                <Button size="sm" variant="outline" type="submit">
                                  Send test event
                                </Button>
                              </form>
                              <form action={toggleEndpointAction}>
                                <Hidden slug={slug} id={e.id} />
                                <input type="hidden" name="enable" value={e.enabled ? '0' : '1'} />
                                <Button size="sm" variant="outline" type="submit">
                                  {e.enabled ? 'Disable' : 'Enable'}
                                </Button>
                              </form>
                              <form action={deleteEndpointAction}>
                                <Hidden slug={slug} id={e.id} />
                                <Button size="sm" variant="ghost" type="submit">
                                  Delete
                                </Button>
                              </form>
                            </div>
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
          {current ? (
            <Card>
              <CardHeader>
                <CardTitle className="text-base">Delivery log · {current.url}</CardTitle>
              </CardHeader>
              <CardContent className="px-0 py-0">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Event</TableHead>
                      <TableHead>Status</TableHead>
                      <TableHead>Attempts</TableHead>
                      <TableHead>Response</TableHead>
                      <TableHead>Created</TableHead>
                      <TableHead>
                        <span className="sr-only">Redeliver</span>
                      </TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {log.map((d) => (
                      <TableRow key={d.id}>
                        <TableCell>
                          <code className="text-xs">{d.event.type}</code>
                          <div className="text-xs text-muted-foreground">webhook-id {d.event.id}</div>
                        </TableCell>
                        <TableCell>
                          <Badge tone={d.status === 'delivered' ? 'positive' : d.status === 'dead' ? 'negative' : d.status === 'failed' ? 'warning' : 'neutral'}>{d.status}</Badge>
                        </TableCell>
                        <TableCell>{d.attempts}</TableCell>
                        <TableCell className="max-w-xs text-xs">
                          {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}
                          {d.lastResponse ? <pre className="mt-1 max-h-16 overflow-hidden whitespace-pre-wrap text-muted-foreground">{d.lastResponse.slice(0, 300)}</pre> : null}
                        </TableCell>
                        <TableCell className="text-xs">{when(d.createdAt)}</TableCell>
                        <TableCell>
                          <form action={redeliverAction}>
                            <Hidden slug={slug} id={d.id} />
                            <Button size="sm" variant="outline" type="submit">
                              Redeliver
                            </Button>
                          </form>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          ) : null}
        </main>
      );
    },
    () => <AccessDenied what="webhooks" />,
  );
}
