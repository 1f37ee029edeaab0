import 'server-only';
import { z } from 'zod';
import { listParam, validate } from '@/lib/http';
import type { MarketplaceContext } from '../context';
import { CategorySchema, LISTING_KINDS, PRICING } from '../listing-input';
import { ensureSearchIndex } from './ensure-search-index';
import { fts5Query, searchTokens, SqlParams, tsQuery } from './sql-builder';

export const LISTING_SORTS = ['relevance', 'installs', 'rating', 'newest'] as const;

export const SearchListingsSchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.preprocess(listParam, z.array(z.enum(LISTING_KINDS)).max(4).optional()),
  category: z.preprocess(listParam, z.array(CategorySchema).max(10).optional()),
  pricing: z.preprocess(listParam, z.array(z.enum(PRICING)).max(3).optional()),
  verified: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false']).transform((v) => v === 'true').optional()),
  sort: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LISTING_SORTS).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(12),
});
export type SearchListingsParams = z.input<typeof SearchListingsSchema>;

export const ListingCardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(LISTING_KINDS),
  title: z.string(),
  summary: z.string(),
  categories: z.array(z.string()),
  pricing: z.string(),
  verified: z.boolean(),
  installCount: z.number().int(),
  ratingAverage: z.number(),
  ratingCount: z.number().int(),
  screenshot: z.string().nullable(),
  publisher: z.object({ slug: z.string(), name: z.string() }),
  publishedAt: z.string().nullable(),
});
export type ListingCard = z.infer<typeof ListingCardSchema>;

export const SearchListingsResultSchema = z.object({
  items: z.array(ListingCardSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  sort: z.enum(LISTING_SORTS),
});
export type SearchListingsResult = z.infer<typeof SearchListingsResultSchema>;

const ORDER: Record<Exclude<(typeof LISTING_SORTS)[number], 'relevance'>, string> = {
  installs: 'l."installCount" DESC, l."ratingAverage" DESC, l."id"',
  rating: 'l."ratingAverage" DESC, l."ratingCount" DESC, l."id"',
  newest: 'l."publishedAt" DESC, l."id"',
};

/** Published listings matching the words (full text over title, summary, description) and the filters, one page. */
export async function searchListings(ctx: Pick<MarketplaceContext, 'db' | 'dbKind'>, rawParams: unknown): Promise<SearchListingsResult> {
  const params = validate(SearchListingsSchema, rawParams);
  const tokens = searchTokens(params.q);
  const sort = params.sort ?? (tokens.length ? 'relevance' : 'installs');
  await ensureSearchIndex(ctx.db, ctx.dbKind);

  const sql = new SqlParams(ctx.dbKind);
  // SQLite's "?" are positional: the words' parameter comes first, as the MATCH is first in the WHERE.
  const query = tokens.length ? sql.add(ctx.dbKind === 'sqlite' ? fts5Query(tokens) : tsQuery(tokens)) : '';
  // Filters on the listing row; the search index holds only published listings.
  const filters: string[] = [];
  if (params.kind?.length) filters.push(`l."kind" IN (${sql.list(params.kind)})`);
  if (params.pricing?.length === 1) filters.push(params.pricing[0] === 'free' ? `l."pricing" = 'free'` : `l."pricing" <> 'free'`);
  if (params.verified !== undefined) filters.push(`l."verified" = ${sql.bool(params.verified)}`);
  if (params.category?.length) {
    const elements = ctx.dbKind === 'sqlite' ? 'json_each(l."categories") AS c' : 'jsonb_array_elements_text(l."categories") AS c(value)';
    filters.push(`EXISTS (SELECT 1 FROM ${elements} WHERE c.value IN (${sql.list(params.category)}))`);
  }

  let from: string;
  let where: string[];
  let order: string;
  let idColumn = 'l."id"';
  if (tokens.length) {
    const match = ctx.dbKind === 'sqlite' ? `"ListingSearch" MATCH ${query}` : `s."document" @@ to_tsquery('english', ${query})`;
    // FTS5's rank is BM25 with the weights configured in sql/sqlite.sql (lower is better); PostgreSQL's $n may repeat.
    const rank = ctx.dbKind === 'sqlite' ? 's."rank"' : `-ts_rank_cd(s."document", to_tsquery('english', ${query}))`;
    if (filters.length === 0 && sort === 'relevance') {
      // Words only: answered from the index alone, no join over every match.
      from = '"ListingSearch" s';
      where = [match];
      order = `${rank}, s."listingId"`;
      idColumn = 's."listingId"';
    } else {
      from = '"ListingSearch" s JOIN "Listing" l ON l."id" = s."listingId"';
      where = [match, `l."status" = 'published'`, ...filters];
      order = sort === 'relevance' ? `${rank}, l."installCount" DESC, l."id"` : ORDER[sort];
    }
  } else {
    from = '"Listing" l';
    where = [`l."status" = 'published'`, ...filters];
    order = ORDER[sort === 'relevance' ? 'installs' : sort];
  }
  const whereSql = where.join(' AND ');

  const countRows = await ctx.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM ${from} WHERE ${whereSql}`, ...sql.values);
  const total = Number(countRows[0]?.n ?? 0);
  const offset = (params.page - 1) * params.pageSize;
  const pageSql = new SqlParams(ctx.dbKind);
  pageSql.values.push(...sql.values);
  const idRows = await ctx.db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT ${idColumn} AS id FROM ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ${pageSql.add(params.pageSize)} OFFSET ${pageSql.add(offset)}`,
    ...pageSql.values,
  );
  const ids = idRows.map((r) => r.id);
  const rows = ids.length
    ? await ctx.db.listing.findMany({ where: { id: { in: ids }, status: 'published' }, include: { publisher: { select: { slug: true, name: true } } } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const screenshots = z.array(z.string()).catch([]).parse(r.screenshots);
    return [
      {
        id: r.id,
        slug: r.slug,
        kind: r.kind,
        title: r.title,
        summary: r.summary,
        categories: z.array(z.string()).catch([]).parse(r.categories),
        pricing: r.pricing,
        verified: r.verified,
        installCount: r.installCount,
        ratingAverage: r.ratingAverage,
        ratingCount: r.ratingCount,
        screenshot: screenshots[0] ?? null,
        publisher: r.publisher,
        publishedAt: r.publishedAt?.toISOString() ?? null,
      },
    ];
  });
  return { items, total, page: params.page, pageSize: params.pageSize, pageCount: Math.max(1, Math.ceil(total / params.pageSize)), sort };
}
