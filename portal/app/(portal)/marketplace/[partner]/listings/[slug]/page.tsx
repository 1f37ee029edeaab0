import Link from 'next/link';
import { BadgeCheck, Download } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { listReviews } from '@/server/marketplace/list-reviews';
import { listingOr404, marketplaceMember } from '@/server/marketplace/page-context';
import { can } from '@/server/marketplace/permissions';
import { ActionForm } from '../../../_components/action-form';
import { Stars } from '../../../_components/stars';
import { CATEGORY_LABELS, KIND_LABELS, PRICING_LABELS } from '../../../_components/labels';
import { replyAction, reportAction, reviewAction } from '../../actions';

export const dynamic = 'force-dynamic';

function screenshotSrc(partner: string, shot: string): string {
  return shot.startsWith('asset:') ? `/api/portal/${partner}/assets/${shot.slice('asset:'.length)}` : shot;
}

/** A listing: description (sanitized markdown), screenshots, versions with changelogs, reviews. */
export default async function ListingPage({ params }: { params: Promise<{ partner: string; slug: string }> }) {
  const { partner, slug } = await params;
  const { ctx } = await marketplaceMember(partner);
  const listing = await listingOr404(ctx, slug);
  const reviews = await listReviews(ctx, listing.id);
  const mine = reviews.items.find((r) => r.mine);
  const mayInstall = can(ctx.role, 'marketplace.install') && listing.status === 'published';
  const mayReview = listing.installedByViewer && !listing.isPublisher && can(ctx.role, 'marketplace.review');
  return (
    <article className="grid gap-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{KIND_LABELS[listing.kind]}</Badge>
            {listing.verified ? <Badge tone="positive"><BadgeCheck aria-hidden className="size-3" /> Verified</Badge> : null}
            {listing.status !== 'published' ? <Badge tone="warning">{listing.status.replace('_', ' ')}</Badge> : null}
            {listing.categories.map((c) => <Badge key={c}>{CATEGORY_LABELS[c] ?? c}</Badge>)}
          </div>
          <h1 className="text-2xl font-semibold tracking-tight">{listing.title}</h1>
          <p className="max-w-2xl text-muted-foreground">{listing.summary}</p>
          <p className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
            <span>by {listing.publisher.name}</span>
            <span>{listing.installCount} install{listing.installCount === 1 ? '' : 's'}</span>
            <span>{PRICING_LABELS[listing.pricing] ?? listing.pricing}</span>
            <Stars value={listing.ratingAverage} count={listing.ratingCount} />
          </p>
        </div>
        {mayInstall ? (
          <Link href={`/marketplace/${partner}/listings/${slug}/install`} className={buttonVariants()}><Download aria-hidden /> Install</Link>
        ) : null}
      </header>

      {listing.screenshots.length ? (
        <section aria-label="Screenshots" className="flex gap-3 overflow-x-auto">
          {listing.screenshots.map((shot, i) => (
            <img key={shot} src={screenshotSrc(partner, shot)} alt={`${listing.title} screenshot ${i + 1}`} className="h-48 rounded-md border border-border object-cover" loading="lazy" />
          ))}
        </section>
      ) : null}

      {listing.live?.bundles.length ? (
        <section aria-labelledby="bundle-heading" className="grid gap-2" data-testid="solution-bundles">
          <h2 id="bundle-heading" className="text-sm font-semibold">Installs with it</h2>
          <ul className="flex flex-wrap gap-2">
            {listing.live.bundles.map((b) => (
              <li key={b.slug}><Link href={`/marketplace/${partner}/listings/${b.slug}`} className="text-sm text-primary underline">{b.title}</Link> <span className="text-xs text-muted-foreground">({KIND_LABELS[b.kind as keyof typeof KIND_LABELS] ?? b.kind})</span></li>
            ))}
          </ul>
        </section>
      ) : null}
      {listing.live?.bundleProblem ? <Alert tone="error" title="Cannot be installed right now">{listing.live.bundleProblem}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader><CardTitle>About</CardTitle></CardHeader>
          {/* Rendered by marked and sanitized by DOMPurify on the server (render-markdown.ts). */}
          <CardContent className="markdown grid gap-3 text-sm leading-relaxed [&_a]:text-primary [&_a]:underline [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc" data-testid="listing-description" dangerouslySetInnerHTML={{ __html: listing.descriptionHtml }} />
        </Card>
        <Card>
          <CardHeader><CardTitle>Versions</CardTitle></CardHeader>
          <CardContent>
            <ol className="grid gap-3" data-testid="listing-versions">
              {listing.versions.map((v) => (
                <li key={v.id} className="grid gap-1">
                  <p className="flex items-center gap-2 font-medium">{v.version} <Badge tone={v.status === 'published' ? 'positive' : v.status === 'rejected' ? 'negative' : 'neutral'}>{v.status.replace('_', ' ')}</Badge></p>
                  {v.changelog ? <p className="whitespace-pre-line text-sm text-muted-foreground">{v.changelog}</p> : null}
                  {v.rejectionReason ? <Alert tone="error" title="Reviewer’s note">{v.rejectionReason}</Alert> : null}
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      </div>

      <section aria-labelledby="reviews-heading" className="grid gap-4">
        <h2 id="reviews-heading" className="text-lg font-semibold">Reviews</h2>
        {mayReview ? (
          <Card className="p-4">
            <ActionForm action={reviewAction.bind(null, partner, listing.id, slug)} submitLabel={mine ? 'Update my review' : 'Publish review'} testId="review-form">
              <div className="grid gap-1.5 sm:max-w-40">
                <Label htmlFor="review-rating">Rating</Label>
                <NativeSelect id="review-rating" name="rating" defaultValue={String(mine?.rating ?? 5)}>
                  {[5, 4, 3, 2, 1].map((n) => <option key={n} value={n}>{n} star{n === 1 ? '' : 's'}</option>)}
                </NativeSelect>
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor="review-body">Your review</Label>
                <Textarea id="review-body" name="body" maxLength={2000} defaultValue={mine?.body ?? ''} />
              </div>
            </ActionForm>
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">{listing.isPublisher ? 'You publish this listing; you can reply to reviews.' : 'Agencies that installed this listing can review it.'}</p>
        )}
        {reviews.items.length === 0 ? <p className="text-sm text-muted-foreground">No reviews yet.</p> : null}
        <ul className="grid gap-3" data-testid="reviews">
          {reviews.items.map((r) => (
            <li key={r.id}>
              <Card className="grid gap-2 p-4">
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <Stars value={r.rating} />
                  <span className="font-medium">{r.author}</span>
                  <span className="text-muted-foreground">{r.agency}</span>
                </div>
                {r.body ? <p className="whitespace-pre-line text-sm">{r.body}</p> : null}
                {r.reply ? (
                  <div className="rounded-md border-l-2 border-primary bg-secondary/50 px-3 py-2 text-sm">
                    <p className="text-xs font-semibold text-muted-foreground">Reply from {listing.publisher.name}</p>
                    <p className="whitespace-pre-line">{r.reply}</p>
                  </div>
                ) : null}
                {listing.isPublisher && can(ctx.role, 'marketplace.publish') ? (
                  <ActionForm action={replyAction.bind(null, partner, r.id)} submitLabel={r.reply ? 'Update reply' : 'Reply'} variant="outline">
                    <Label htmlFor={`reply-${r.id}`} className="sr-only">Reply</Label>
                    <Input id={`reply-${r.id}`} name="reply" placeholder="Reply as the publisher" defaultValue={r.reply ?? ''} />
                  </ActionForm>
                ) : null}
                {!r.mine ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-muted-foreground">Report this review</summary>
                    <ActionForm action={reportAction.bind(null, partner, r.id)} submitLabel="Report" variant="outline" className="mt-2 grid gap-2">
                      <Label htmlFor={`report-${r.id}`}>What is wrong with it?</Label>
                      <Input id={`report-${r.id}`} name="reason" placeholder="Spam, abuse, off-topic…" />
                    </ActionForm>
                  </details>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
