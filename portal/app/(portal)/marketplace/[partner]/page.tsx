import Link from 'next/link';
import { BadgeCheck, Search, Store } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, NativeSelect } from '@/components/ui/input';
import { PageHeader } from '@/components/page-header';
import { AppError } from '@/lib/errors';
import { CATEGORIES, LISTING_KINDS, PRICING } from '@/server/marketplace/listing-input';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { LISTING_SORTS, searchListings, type SearchListingsResult } from '@/server/marketplace/search/search-listings';
import { Stars } from '../_components/stars';
import { CATEGORY_LABELS, KIND_LABELS, PRICING_LABELS, SORT_LABELS } from '../_components/labels';

export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function pageHref(base: string, params: Params, page: number): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (key !== 'page' && first(value)) qs.set(key, first(value));
  if (page > 1) qs.set('page', String(page));
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}

/** The catalog: full-text search with filters and sorts, server-rendered, paginated. */
export default async function MarketplacePage({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Params> }) {
  const { partner } = await params;
  const sp = await searchParams;
  const { ctx } = await marketplaceMember(partner);
  const query = { q: first(sp.q), kind: first(sp.kind), category: first(sp.category), pricing: first(sp.pricing), verified: first(sp.verified), sort: first(sp.sort), page: first(sp.page) || '1', pageSize: '12' };
  let result: SearchListingsResult | null = null;
  let problem: string | null = null;
  try {
    result = await searchListings(ctx, query);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    problem = error.message;
  }
  const base = `/marketplace/${partner}`;
  return (
    <>
      <PageHeader title="Marketplace" description="Dashboard templates, automation presets, data connectors and packaged solutions from Stratum partners. Install to your agency, to chosen clients, or to every client." />
      <form role="search" className="mb-6 grid gap-3 rounded-lg border border-border bg-surface p-4 md:grid-cols-[2fr_repeat(5,1fr)_auto]" action={base}>
        <label className="sr-only" htmlFor="mkt-q">Search the marketplace</label>
        <Input id="mkt-q" name="q" type="search" placeholder="Search templates, connectors…" defaultValue={query.q} />
        <label className="sr-only" htmlFor="mkt-kind">Kind</label>
        <NativeSelect id="mkt-kind" name="kind" defaultValue={query.kind}>
          <option value="">All kinds</option>
          {LISTING_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </NativeSelect>
        <label className="sr-only" htmlFor="mkt-category">Category</label>
        <NativeSelect id="mkt-category" name="category" defaultValue={query.category}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
        </NativeSelect>
        <label className="sr-only" htmlFor="mkt-pricing">Pricing</label>
        <NativeSelect id="mkt-pricing" name="pricing" defaultValue={query.pricing}>
          <option value="">Any price</option>
          {PRICING.map((p) => <option key={p} value={p}>{PRICING_LABELS[p]}</option>)}
        </NativeSelect>
        <label className="sr-only" htmlFor="mkt-verified">Verified</label>
        <NativeSelect id="mkt-verified" name="verified" defaultValue={query.verified}>
          <option value="">Verified or not</option>
          <option value="true">Verified only</option>
        </NativeSelect>
        <label className="sr-only" htmlFor="mkt-sort">Sort by</label>
        <NativeSelect id="mkt-sort" name="sort" defaultValue={query.sort}>
          <option value="">{query.q ? 'Best match' : 'Most installed'}</option>
          {LISTING_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
        </NativeSelect>
        <Button type="submit"><Search aria-hidden /> Search</Button>
      </form>

      {problem ? <p role="alert" className="text-sm text-destructive">{problem}</p> : null}
      {result && result.items.length === 0 ? (
        <EmptyState icon={Store} title={query.q ? `Nothing matches “${query.q}”` : 'No listings yet'}>Try other words or fewer filters.</EmptyState>
      ) : null}
      {result && result.items.length > 0 ? (
        <>
          <p className="mb-3 text-sm text-muted-foreground" data-testid="result-count">{result.total} listing{result.total === 1 ? '' : 's'}</p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="listing-results">
            {result.items.map((item) => (
              <li key={item.id}>
                <Card className="flex h-full flex-col gap-2 p-4">
                  <div className="flex items-center gap-2">
                    <Badge tone="info">{KIND_LABELS[item.kind]}</Badge>
                    {item.verified ? <Badge tone="positive"><BadgeCheck aria-hidden className="size-3" /> Verified</Badge> : null}
                    <span className="ml-auto text-xs text-muted-foreground">{PRICING_LABELS[item.pricing] ?? item.pricing}</span>
                  </div>
                  <h2 className="text-base font-semibold">
                    <Link href={`${base}/listings/${item.slug}`} className="hover:underline">{item.title}</Link>
                  </h2>
                  <p className="text-sm text-muted-foreground">{item.summary}</p>
                  <div className="mt-auto flex items-center justify-between pt-2 text-xs text-muted-foreground">
                    <span>by {item.publisher.name}</span>
                    <span>{item.installCount} install{item.installCount === 1 ? '' : 's'}</span>
                  </div>
                  <Stars value={item.ratingAverage} count={item.ratingCount} />
                </Card>
              </li>
            ))}
          </ul>
          {result.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-6 flex items-center justify-center gap-3 text-sm">
              {result.page > 1 ? <Link href={pageHref(base, sp, result.page - 1)} className="underline">Previous</Link> : null}
              <span>Page {result.page} of {result.pageCount}</span>
              {result.page < result.pageCount ? <Link href={pageHref(base, sp, result.page + 1)} className="underline">Next</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
