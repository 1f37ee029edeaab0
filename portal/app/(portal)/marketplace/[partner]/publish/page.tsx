import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { listOwnListings } from '@/server/marketplace/list-own-listings';
import { CATEGORIES, LISTING_KINDS } from '@/server/marketplace/listing-input';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { can } from '@/server/marketplace/permissions';
import { ActionForm } from '../../_components/action-form';
import { CATEGORY_LABELS, KIND_LABELS } from '../../_components/labels';
import { submitAction, visibilityAction } from '../actions';

export const dynamic = 'force-dynamic';

const EXAMPLE_MANIFEST = JSON.stringify(
  {
    dashboards: [{ key: 'overview', title: 'ROAS overview', layout: { defaultRange: 'last_30_days', widgets: [{ id: 'roas', kind: 'kpi', title: 'ROAS', layout: { w: 3, h: 1 }, metric: 'roas' }] } }],
    presets: [{ key: 'roas-guard', name: 'ROAS guard', config: { targetRoas: 3 } }],
    config: [{ key: 'targetRoas', label: 'Target ROAS', type: 'number', min: 0, default: 3 }],
  },
  null,
  2,
);

/** The agency's own listings with each version's review outcome, and the submission form. */
export default async function PublishPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner } = await params;
  const { ctx } = await marketplaceMember(partner);
  if (!can(ctx.role, 'marketplace.publish')) notFound();
  const listings = await listOwnListings(ctx);
  return (
    <>
      <PageHeader title="Publish" description="Submit a listing version for review. A platform administrator approves it (it goes live) or asks for changes. A new version of a live listing is reviewed while the current one stays live." />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <CardHeader><CardTitle>Submit a version</CardTitle></CardHeader>
          <CardContent>
            <ActionForm action={submitAction.bind(null, partner)} submitLabel="Submit for review" testId="submit-form">
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="grid gap-1.5"><Label htmlFor="pub-slug">Slug</Label><Input id="pub-slug" name="slug" required placeholder="roas-overview" /></div>
                <div className="grid gap-1.5">
                  <Label htmlFor="pub-kind">Kind</Label>
                  <NativeSelect id="pub-kind" name="kind" defaultValue="template">{LISTING_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}</NativeSelect>
                </div>
                <div className="grid gap-1.5"><Label htmlFor="pub-title">Title</Label><Input id="pub-title" name="title" required /></div>
                <div className="grid gap-1.5"><Label htmlFor="pub-pricing">Pricing label</Label><Input id="pub-pricing" name="pricing" defaultValue="free" placeholder="free, $49 / month, contact us" /></div>
                <div className="grid gap-1.5"><Label htmlFor="pub-version">Version</Label><Input id="pub-version" name="version" required placeholder="1.0.0" /></div>
              </div>
              <div className="grid gap-1.5"><Label htmlFor="pub-summary">Summary (at most 140 characters)</Label><Input id="pub-summary" name="summary" maxLength={140} required /></div>
              <div className="grid gap-1.5"><Label htmlFor="pub-description">Description (markdown)</Label><Textarea id="pub-description" name="description" rows={6} /></div>
              <fieldset className="grid gap-1">
                <legend className="text-sm font-medium">Categories</legend>
                <div className="grid grid-cols-2 gap-1">
                  {CATEGORIES.map((c) => <label key={c} className="flex items-center gap-2 text-sm"><input type="checkbox" name="categories" value={c} className="size-4" /> {CATEGORY_LABELS[c]}</label>)}
                </div>
              </fieldset>
              <div className="grid gap-1.5"><Label htmlFor="pub-screenshots">Screenshots (https URLs, one a line)</Label><Textarea id="pub-screenshots" name="screenshots" rows={2} /></div>
              <div className="grid gap-1.5"><Label htmlFor="pub-changelog">Changelog</Label><Textarea id="pub-changelog" name="changelog" rows={2} /></div>
              <div className="grid gap-1.5">
                <Label htmlFor="pub-manifest">Manifest (JSON)</Label>
                <Textarea id="pub-manifest" name="manifest" rows={14} className="font-mono text-xs" defaultValue={EXAMPLE_MANIFEST} />
              </div>
              <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="intent" value="save_draft" className="size-4" /> Save as a draft instead of submitting</label>
            </ActionForm>
          </CardContent>
        </Card>
        <section aria-labelledby="own-heading" className="grid content-start gap-3">
          <h2 id="own-heading" className="text-lg font-semibold">Your listings</h2>
          {listings.length === 0 ? <p className="text-sm text-muted-foreground">Nothing published yet.</p> : null}
          {listings.map((l) => (
            <Card key={l.id} className="grid gap-2 p-4" data-testid={`own-${l.slug}`}>
              <div className="flex items-center gap-2">
                <a href={`/marketplace/${partner}/listings/${l.slug}`} className="font-medium hover:underline">{l.title}</a>
                <Badge tone={l.status === 'published' ? 'positive' : l.status === 'rejected' ? 'negative' : 'neutral'}>{l.status.replace('_', ' ')}</Badge>
              </div>
              <ul className="grid gap-1 text-sm">
                {l.versions.map((v) => (
                  <li key={v.id}>
                    {v.version} — {v.status.replace('_', ' ')}
                    {v.rejectionReason ? <Alert tone="error" title="Changes requested" className="mt-1">{v.rejectionReason}</Alert> : null}
                  </li>
                ))}
              </ul>
              {l.status === 'published' ? <ActionForm action={visibilityAction.bind(null, partner, l.id, 'unpublish')} submitLabel="Unpublish" variant="outline" /> : null}
              {l.status === 'unpublished' ? <ActionForm action={visibilityAction.bind(null, partner, l.id, 'republish')} submitLabel="Publish again" variant="outline" /> : null}
            </Card>
          ))}
        </section>
      </div>
    </>
  );
}
