import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../prisma/connect.ts';
import { freshSqlite } from './testing/test-db';
import { adminCtx, makeWorld, ownerCtx, userCtx, type World, refusal } from './testing/fixtures';
import { publishTemplate } from './testing/published';
import { installListing } from './install-listing';
import { upsertReview } from './upsert-review';
import { replyToReview } from './reply-to-review';
import { moderateReview, reportReview } from './report-review';
import { listReportedReviews } from './list-reported-reviews';
import { listReviews } from './list-reviews';
import { resetReviewQuotas } from './reviews/rate-limit';

let db: Db;
let world: World;
let listingId: string;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, cleanup } = freshSqlite('reviews'));
  world = await makeWorld(db);
  await publishTemplate(db, 'sqlite', world, 'roas-overview');
  listingId = (await db.listing.findUniqueOrThrow({ where: { slug: 'roas-overview' } })).id;
  await installListing(ownerCtx(db, 'sqlite', world.bolt), { listing: 'roas-overview', target: { scope: 'partner' } });
});
afterAll(() => cleanup?.());
beforeEach(() => resetReviewQuotas());


const boltViewer = () => userCtx(db, 'sqlite', world.bolt.viewer, { partnerId: world.bolt.partnerId, role: 'viewer' });

describe('reviews', () => {
  it('refuses users whose partner has not installed the listing, and the publisher', async () => {
    expect((await refusal(upsertReview(ownerCtx(db, 'sqlite', world.crux), { listingId, rating: 5 }))).status).toBe(403);
    expect((await refusal(upsertReview(ownerCtx(db, 'sqlite', world.acme), { listingId, rating: 5 }))).status).toBe(403);
    expect(await db.review.count()).toBe(0);
  });

  it('keeps one review per user, editable, and the rating in step', async () => {
    const first = await upsertReview(ownerCtx(db, 'sqlite', world.bolt), { listingId, rating: 2, body: 'Missing a channel table.' });
    expect(first.created).toBe(true);
    const edited = await upsertReview(ownerCtx(db, 'sqlite', world.bolt), { listingId, rating: 4, body: 'Better after 1.1.' });
    expect(edited).toEqual({ id: first.id, created: false });
    await upsertReview(boltViewer(), { listingId, rating: 5, body: '<script>alert(1)</script> great' });
    const listing = await db.listing.findUniqueOrThrow({ where: { id: listingId } });
    expect(listing).toMatchObject({ ratingCount: 2, ratingAverage: 4.5 });
    const page = await listReviews(ownerCtx(db, 'sqlite', world.bolt), listingId);
    expect(page.total).toBe(2);
    expect(page.items.find((r) => r.mine)?.body).toBe('Better after 1.1.');
    expect((await refusal(upsertReview(boltViewer(), { listingId, rating: 6 }))).issues?.[0]?.path).toBe('rating');
  });

  it('lets the publisher reply, and only the publisher', async () => {
    const review = await db.review.findFirstOrThrow({ where: { listingId } });
    expect((await refusal(replyToReview(ownerCtx(db, 'sqlite', world.bolt), { reviewId: review.id, reply: 'Thanks!' }))).status).toBe(404);
    await replyToReview(ownerCtx(db, 'sqlite', world.acme), { reviewId: review.id, reply: 'Thanks — a channel table shipped in 1.1.' });
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).reply).toContain('channel table');
  });

  it('rate-limits review writes per user with a Retry-After', async () => {
    const ctx = ownerCtx(db, 'sqlite', world.bolt);
    for (let i = 0; i < 5; i++) await upsertReview(ctx, { listingId, rating: 4 });
    const error = await refusal(upsertReview(ctx, { listingId, rating: 4 }));
    expect(error.status).toBe(429);
    expect(Number(error.headers?.['Retry-After'])).toBeGreaterThan(0);
  });

  it('hides a review after enough reports, once per reporter; an admin restores it', async () => {
    const review = await db.review.findFirstOrThrow({ where: { listingId, userId: world.bolt.viewer.userId } });
    const reporters = [world.acme.owner, world.acme.viewer, world.crux.owner];
    const partners = [world.acme.partnerId, world.acme.partnerId, world.crux.partnerId];
    expect((await refusal(reportReview(boltViewer(), { reviewId: review.id, reason: 'mine' }))).status).toBe(400);
    let hidden = false;
    for (const [i, who] of reporters.entries()) {
      const ctx = userCtx(db, 'sqlite', who, { partnerId: partners[i]!, role: 'viewer' });
      ({ hidden } = await reportReview(ctx, { reviewId: review.id, reason: 'spam link' }));
      if (i === 0) expect((await refusal(reportReview(ctx, { reviewId: review.id, reason: 'again' }))).status).toBe(409);
    }
    expect(hidden).toBe(true);
    expect((await listReviews(ownerCtx(db, 'sqlite', world.bolt), listingId)).items.map((r) => r.id)).not.toContain(review.id);
    expect((await db.listing.findUniqueOrThrow({ where: { id: listingId } })).ratingCount).toBe(1);
    // The admins' moderation queue shows it, hidden, with the reporters' reasons; a partner may not read the queue.
    const queue = await listReportedReviews(adminCtx(db, 'sqlite', world));
    expect(queue.find((r) => r.id === review.id)).toMatchObject({ hidden: true, reports: [{ reason: 'spam link' }, { reason: 'spam link' }, { reason: 'spam link' }] });
    expect((await refusal(listReportedReviews(ownerCtx(db, 'sqlite', world.bolt)))).status).toBe(403);
    expect((await refusal(moderateReview(ownerCtx(db, 'sqlite', world.bolt), { reviewId: review.id, action: 'restore' }))).status).toBe(403);
    await moderateReview(adminCtx(db, 'sqlite', world), { reviewId: review.id, action: 'restore' });
    expect((await db.listing.findUniqueOrThrow({ where: { id: listingId } })).ratingCount).toBe(2);
    expect((await listReportedReviews(adminCtx(db, 'sqlite', world))).some((r) => r.id === review.id)).toBe(false);
    // An admin may also hide a review nobody reported enough to hide it automatically.
    await moderateReview(adminCtx(db, 'sqlite', world), { reviewId: review.id, action: 'hide' });
    expect((await listReviews(ownerCtx(db, 'sqlite', world.bolt), listingId)).items.map((r) => r.id)).not.toContain(review.id);
  });
});
