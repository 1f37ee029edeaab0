import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbKind } from '../../../../prisma/connect.ts';
import { freshPostgres, freshSqlite } from '../testing/test-db';
import { searchListings } from './search-listings';

/** Publishes a few listings straight into the table (search reads only published rows). */
async function plant(db: Db): Promise<void> {
  const publisher = await db.partner.create({ data: { slug: 'pub', name: 'Publisher Co' } });
  const rows = [
    { slug: 'roas-overview', kind: 'template', title: 'ROAS overview', summary: 'Spend and return on ad spend by channel', description: 'Shows **ROAS** trends.', categories: ['ecommerce', 'reporting'], pricing: 'free', verified: true, installCount: 40, ratingAverage: 4.2, days: 10 },
    { slug: 'meta-connector', kind: 'integration', title: 'Meta Ads connector', summary: 'Imports spend, clicks and impressions from Meta', description: 'Connects your ad account; syncs hourly.', categories: ['paid-social'], pricing: 'free', verified: true, installCount: 90, ratingAverage: 4.8, days: 30 },
    { slug: 'budget-guard', kind: 'template', title: 'Budget guard', summary: 'Pauses campaigns whose return drops below a floor', description: 'An automation preset that watches roas daily.', categories: ['automation'], pricing: 'paid', verified: false, installCount: 5, ratingAverage: 3.1, days: 1 },
    { slug: 'lead-gen-pack', kind: 'solution', title: 'Lead-gen pack', summary: 'Everything for B2B lead generation agencies', description: 'Bundles the LinkedIn connector and CPA dashboards.', categories: ['lead-gen'], pricing: 'freemium', verified: false, installCount: 12, ratingAverage: 0, days: 5 },
    { slug: 'hidden-draft', kind: 'template', title: 'ROAS draft', summary: 'Not yet published roas thing', description: 'roas', categories: ['reporting'], pricing: 'free', verified: false, installCount: 0, ratingAverage: 0, days: 0, status: 'in_review' },
  ] as const;
  for (const r of rows) {
    const { days, ...data } = r;
    await db.listing.create({
      data: { ...data, status: 'status' in r ? r.status : 'published', publisherId: publisher.id, categories: [...r.categories], screenshots: [], publishedAt: new Date(Date.UTC(2026, 10, 1 + days)) },
    });
  }
}

function suite(kind: DbKind, open: () => Promise<{ db: Db; cleanup: () => Promise<void> } | null>) {
  describe(`searchListings on ${kind}`, () => {
    let db: Db | undefined;
    let cleanup: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await open();
      if (!opened) return;
      ({ db, cleanup } = opened);
      await plant(db);
    });
    afterAll(() => cleanup?.());
    const search = async (params: Record<string, unknown>) => searchListings({ db: db!, dbKind: kind }, params);

    it('finds published listings by words in title, summary or description, best match first', async (t) => {
      if (!db) return t.skip();
      const roas = await search({ q: 'roas' });
      expect(roas.sort).toBe('relevance');
      expect(roas.items.map((i) => i.slug)).toEqual(['roas-overview', 'budget-guard']);
      expect((await search({ q: 'tiktok' })).items.map((i) => i.slug)).toEqual([]);
      expect((await search({ q: 'syncs hourly' })).items.map((i) => i.slug)).toEqual(['meta-connector']);
      expect((await search({ q: 'linked' })).items.map((i) => i.slug)).toEqual(['lead-gen-pack']); // prefix
      expect((await search({ q: '" OR 1=1 --' })).total).toBe(0);
      expect((await search({ q: 'draft' })).total).toBe(0);
    });

    it('filters by kind, category, verified and pricing', async (t) => {
      if (!db) return t.skip();
      expect((await search({ kind: 'template' })).items.map((i) => i.slug)).toEqual(['roas-overview', 'budget-guard']);
      expect((await search({ category: 'automation,lead-gen' })).items.map((i) => i.slug).sort()).toEqual(['budget-guard', 'lead-gen-pack']);
      expect((await search({ verified: 'true' })).items.map((i) => i.slug)).toEqual(['meta-connector', 'roas-overview']);
      expect((await search({ pricing: 'paid' })).items.map((i) => i.slug).sort()).toEqual(['budget-guard', 'lead-gen-pack']);
      expect((await search({ pricing: ['free', 'paid'] })).total).toBe(4);
      expect((await search({ q: 'roas', verified: 'false' })).items.map((i) => i.slug)).toEqual(['budget-guard']);
    });

    it('sorts by installs, rating and newest, and pages', async (t) => {
      if (!db) return t.skip();
      expect((await search({})).items.map((i) => i.slug)).toEqual(['meta-connector', 'roas-overview', 'lead-gen-pack', 'budget-guard']);
      expect((await search({ sort: 'rating' })).items[0]?.slug).toBe('meta-connector');
      expect((await search({ sort: 'newest' })).items.map((i) => i.slug)).toEqual(['meta-connector', 'roas-overview', 'lead-gen-pack', 'budget-guard']);
      const page2 = await search({ sort: 'installs', pageSize: 3, page: 2 });
      expect(page2).toMatchObject({ total: 4, pageCount: 2, page: 2 });
      expect(page2.items.map((i) => i.slug)).toEqual(['budget-guard']);
    });

    it('keeps the index in step when a listing changes or goes away', async (t) => {
      if (!db) return t.skip();
      await db.listing.update({ where: { slug: 'budget-guard' }, data: { title: 'Spend sentinel', description: 'watches spend' } });
      expect((await search({ q: 'sentinel' })).items.map((i) => i.slug)).toEqual(['budget-guard']);
      await db.listing.delete({ where: { slug: 'budget-guard' } });
      expect((await search({ q: 'sentinel' })).total).toBe(0);
    });

    it('refuses bad parameters with a 400 naming them', async (t) => {
      if (!db) return t.skip();
      await expect(search({ sort: 'cheapest' })).rejects.toMatchObject({ status: 400, issues: [{ path: 'sort' }] });
      await expect(search({ kind: 'plugin' })).rejects.toMatchObject({ status: 400 });
    });
  });
}

suite('sqlite', async () => freshSqlite('search'));
suite('postgres', () => freshPostgres('search_test'));
