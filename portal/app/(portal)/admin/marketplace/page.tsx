import { ClipboardCheck } from 'lucide-react';
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
import { decideAction } from './actions';

export const dynamic = 'force-dynamic';

/** Platform administrators' review queue: every version waiting for a decision, oldest first. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await platformAdmin();
  const sp = await searchParams;
  const queue = await listReviewQueue(ctx);
  const decided = sp.listing && /^[a-z0-9-]{1,60}$/.test(sp.listing) ? sp.listing : null;
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-7">
      <PageHeader title="Marketplace review queue" description="Approve a version to publish it, or send it back with a note the publisher will see." />
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
                {item.diffFromLive ? (
                  <p className="text-sm">
                    Against {item.liveVersion}: dashboards +{item.diffFromLive.dashboards.added.length} / −{item.diffFromLive.dashboards.removed.length} / ~{item.diffFromLive.dashboards.changed.length}, presets +{item.diffFromLive.presets.added.length} / −{item.diffFromLive.presets.removed.length} / ~{item.diffFromLive.presets.changed.length}
                  </p>
                ) : null}
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
    </main>
  );
}
