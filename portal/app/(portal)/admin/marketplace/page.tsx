import { ClipboardCheck, MessageSquareWarning } from 'lucide-react';
import { PageHeader } from '@/components/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { listReviewQueue } from '@/server/marketplace/list-review-queue';
import { platformAdmin } from '@/server/marketplace/page-context';
import { ActionForm } from '../../marketplace/_components/action-form';
import { KIND_LABELS } from '../../marketplace/_components/labels';
import { decideAction, moderateAction } from './actions';
import { DiffSummary } from './diff-summary';
import { listReportedReviews } from '@/server/marketplace/list-reported-reviews';

export const dynamic = 'force-dynamic';

/** Platform administrators' moderation queue: versions waiting for a decision (oldest first), then reported reviews. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await platformAdmin();
  const sp = await searchParams;
  const [queue, reported] = await Promise.all([listReviewQueue(ctx), listReportedReviews(ctx)]);
  const decided = sp.listing && /^[a-z0-9-]{1,60}$/.test(sp.listing) ? sp.listing : null;
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-7">
      <PageHeader title="Marketplace moderation" description="Approve a version to publish it, or send it back with a note the publisher will see; hide or restore reviews users reported." />
      {sp.moderated === 'hide' ? <Alert tone="success" className="mb-4">The review is hidden.</Alert> : null}
      {sp.moderated === 'restore' ? <Alert tone="success" className="mb-4">The review is visible again and its reports are cleared.</Alert> : null}
      <h2 className="mb-3 text-lg font-semibold">Versions waiting for review <span className="text-muted-foreground">({queue.length})</span></h2>
      {decided && sp.decided === 'approve' ? <Alert tone="success" className="mb-4">Approved: “{decided}” is live.</Alert> : null}
      {decided && sp.decided === 'reject' ? <Alert tone="success" className="mb-4">Sent back to the publisher of “{decided}” with your note.</Alert> : null}
      {queue.length === 0 ? <EmptyState icon={ClipboardCheck} title="Nothing waiting for review" /> : null}
      <ul className="grid gap-4" data-testid="review-queue">
        {queue.map((item) => (
          <li key={item.versionId} data-testid={`queue-${item.listing.slug}`}>
            <Card>
              <CardHeader>
                <div className="grid gap-1">
                  <CardTitle>{item.listing.title} <span className="text-muted-foreground">{item.version}</span></CardTitle>
                  <p className="text-sm text-muted-foreground">{KIND_LABELS[item.listing.kind as keyof typeof KIND_LABELS]} by {item.publisher.name} · {item.listing.slug}</p>
                </div>
                {item.liveVersion ? <Badge tone="info">Update to live {item.liveVersion}</Badge> : <Badge>New listing</Badge>}
              </CardHeader>
              <CardContent className="grid gap-3">
                <p className="text-sm">{item.listing.summary}</p>
                {item.changelog ? <p className="whitespace-pre-line text-sm text-muted-foreground">{item.changelog}</p> : null}
                {item.problem ? <Alert tone="error" title="The manifest no longer validates">{item.problem}</Alert> : null}
                {item.diffFromLive && item.liveVersion ? <DiffSummary diff={item.diffFromLive} live={item.liveVersion} /> : null}
                <details>
                  <summary className="cursor-pointer text-sm">Manifest</summary>
                  <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-secondary p-3 text-xs">{item.manifestJson}</pre>
                </details>
                <div className="grid gap-3 sm:grid-cols-2">
                  <ActionForm action={decideAction.bind(null, item.versionId)} submitLabel="Approve and publish" testId="approve-form">
                    <input type="hidden" name="decision" value="approve" />
                  </ActionForm>
                  <ActionForm action={decideAction.bind(null, item.versionId)} submitLabel="Reject" variant="outline" testId="reject-form">
                    <input type="hidden" name="decision" value="reject" />
                    <Label htmlFor={`reason-${item.versionId}`}>What should the publisher change?</Label>
                    <Textarea id={`reason-${item.versionId}`} name="reason" rows={3} />
                  </ActionForm>
                </div>
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>

      <section id="reported-reviews" aria-labelledby="reported-heading" className="mt-10 grid gap-3">
        <h2 id="reported-heading" className="text-lg font-semibold">Reported reviews <span className="text-muted-foreground">({reported.length})</span></h2>
        {reported.length === 0 ? <EmptyState icon={MessageSquareWarning} title="No reported reviews" /> : null}
        <ul className="grid gap-3" data-testid="reported-reviews">
          {reported.map((r) => (
            <li key={r.id} data-testid={`reported-${r.id}`}>
              <Card>
                <CardHeader>
                  <div className="grid gap-1">
                    <CardTitle>
                      {r.rating}★ on {r.listing.title} <span className="text-sm font-normal text-muted-foreground">({r.listing.slug})</span>
                    </CardTitle>
                    <p className="text-sm text-muted-foreground">by {r.author} ({r.partner})</p>
                  </div>
                  {r.hidden ? <Badge tone="warning">Hidden</Badge> : <Badge>Visible</Badge>}
                </CardHeader>
                <CardContent className="grid gap-3">
                  <blockquote className="whitespace-pre-line border-l-2 border-border pl-3 text-sm">{r.body || '(no text)'}</blockquote>
                  <div>
                    <h3 className="text-sm font-semibold">{r.reports.length} report{r.reports.length === 1 ? '' : 's'}</h3>
                    <ul className="list-disc pl-5 text-sm">
                      {r.reports.map((p) => <li key={`${p.at}${p.reason}`}>{p.reason}</li>)}
                    </ul>
                  </div>
                  <div className="flex flex-wrap gap-3">
                    {r.hidden ? null : <ActionForm action={moderateAction.bind(null, r.id, 'hide')} submitLabel="Hide review" variant="destructive" testId="hide-review-form" />}
                    <ActionForm action={moderateAction.bind(null, r.id, 'restore')} submitLabel={r.hidden ? 'Restore review' : 'Keep visible (clear reports)'} variant="outline" testId="restore-review-form" />
                  </div>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
