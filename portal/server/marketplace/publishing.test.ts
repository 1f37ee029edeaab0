import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../prisma/connect.ts';
import { freshSqlite } from './testing/test-db';
import { adminCtx, listingInput, makeWorld, memoryMailer, ownerCtx, templateManifest, userCtx, type World, refusal } from './testing/fixtures';
import { submitListingVersion } from './submit-listing-version';
import { reviewListingVersion } from './review-listing-version';
import { setListingVisibility } from './unpublish-listing';
import { getListing } from './get-listing';
import { listReviewQueue } from './list-review-queue';

let db: Db;
let world: World;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = freshSqlite('publishing'));
  world = await makeWorld(db);
});
afterAll(() => cleanup?.());


describe('publishing workflow', () => {
  it('refuses a bad manifest with a 422 naming the field, and creates nothing', async () => {
    const bad = templateManifest();
    (bad.dashboards as { layout: { widgets: { kind: string }[] } }[])[0]!.layout.widgets[0]!.kind = 'marquee';
    const error = await refusal(submitListingVersion(ownerCtx(db, 'sqlite', world.acme), listingInput('bad-one', { manifest: bad })));
    expect(error.status).toBe(422);
    expect(error.issues?.[0]?.path).toBe('manifest.dashboards.0.layout.widgets.0.kind');
    expect(error.message).toContain('manifest.dashboards.0.layout.widgets.0.kind');
    expect(await db.listing.count({ where: { slug: 'bad-one' } })).toBe(0);
  });

  it('refuses a summary over 140 characters naming the field', async () => {
    const input = listingInput('too-long');
    (input.listing as { summary: string }).summary = 'x'.repeat(141);
    const error = await refusal(submitListingVersion(ownerCtx(db, 'sqlite', world.acme), input));
    expect(error.issues?.map((i) => i.path)).toContain('listing.summary');
  });

  it('lets only owners/admins publish', async () => {
    const viewer = userCtx(db, 'sqlite', world.acme.viewer, { partnerId: world.acme.partnerId, role: 'viewer' });
    expect((await refusal(submitListingVersion(viewer, listingInput('viewer-listing')))).status).toBe(403);
  });

  it('runs submit → reject with reason → resubmit → approve, audited and notified', async () => {
    const mailer = memoryMailer();
    const publisher = ownerCtx(db, 'sqlite', world.acme, { mailer });
    const admin = adminCtx(db, 'sqlite', world, { mailer });
    const submitted = await submitListingVersion(publisher, listingInput('roas-overview'));
    expect(submitted).toMatchObject({ versionStatus: 'in_review', listingStatus: 'in_review', version: '1.0.0' });

    // Not visible to other partners while in review, but in the admin's queue.
    await expect(getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview')).rejects.toMatchObject({ status: 404 });
    expect((await listReviewQueue(admin)).map((q) => q.versionId)).toContain(submitted.versionId);
    expect((await refusal(listReviewQueue(publisher))).status).toBe(403);
    expect((await refusal(reviewListingVersion(publisher, { versionId: submitted.versionId, decision: 'approve' }))).status).toBe(403);

    // A reason is required to reject.
    expect((await refusal(reviewListingVersion(admin, { versionId: submitted.versionId, decision: 'reject', reason: '' }))).issues?.[0]?.path).toBe('reason');
    await reviewListingVersion(admin, { versionId: submitted.versionId, decision: 'reject', reason: 'Add a screenshot of the ROAS chart, please.' });
    const rejected = await getListing(publisher, 'roas-overview');
    expect(rejected.status).toBe('rejected');
    expect(rejected.versions[0]).toMatchObject({ status: 'rejected', rejectionReason: 'Add a screenshot of the ROAS chart, please.' });
    expect(mailer.sent.at(-1)).toMatchObject({ to: ['owner@acme.test'], subject: expect.stringContaining('Changes needed') });
    expect(mailer.sent.at(-1)?.text).toContain('Add a screenshot');
    const rejectedEvent = await db.webhookEvent.findFirst({ where: { partnerId: world.acme.partnerId, type: 'listing.rejected' } });
    expect(rejectedEvent?.payload).toMatchObject({ data: { reason: 'Add a screenshot of the ROAS chart, please.', version: { version: '1.0.0' } } });

    // Resubmitting the same version number after a rejection.
    const resubmitted = await submitListingVersion(publisher, listingInput('roas-overview', { changelog: 'Added screenshots' }));
    expect(resubmitted.versionId).toBe(submitted.versionId);
    await reviewListingVersion(admin, { versionId: resubmitted.versionId, decision: 'approve' });
    const live = await getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview');
    expect(live).toMatchObject({ status: 'published', live: { version: '1.0.0' } });
    expect(live.versions[0]?.rejectionReason).toBeNull(); // other partners never see review notes
    expect(mailer.sent.at(-1)?.subject).toContain('Published: ROAS overview 1.0.0');
    expect(await db.webhookEvent.count({ where: { partnerId: world.acme.partnerId, type: 'listing.published' } })).toBe(1);

    const actions = (await db.auditEvent.findMany({ where: { partnerId: world.acme.partnerId }, orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['listing.version_submitted', 'listing.version_rejected', 'listing.version_submitted', 'listing.version_approved']);
  });

  it('reviews a new version while the old one stays live; metadata changes wait for approval', async () => {
    const publisher = ownerCtx(db, 'sqlite', world.acme);
    const admin = adminCtx(db, 'sqlite', world);
    const input = listingInput('roas-overview', { version: '1.1.0', manifest: templateManifest('v2'), changelog: 'Channel table' });
    (input.listing as { title: string }).title = 'ROAS overview Pro';
    const v2 = await submitListingVersion(publisher, input);
    expect(v2.listingStatus).toBe('published');
    let live = await getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview');
    expect(live.title).toBe('ROAS overview');
    expect(live.live?.version).toBe('1.0.0');

    // A second version cannot jump the queue.
    expect((await refusal(submitListingVersion(publisher, listingInput('roas-overview', { version: '1.2.0' })))).status).toBe(409);
    // A published version number cannot be reused.
    await reviewListingVersion(admin, { versionId: v2.versionId, decision: 'approve' });
    expect((await refusal(submitListingVersion(publisher, listingInput('roas-overview', { version: '1.1.0' })))).status).toBe(409);

    live = await getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview');
    expect(live.title).toBe('ROAS overview Pro');
    expect(live.versions.map((v) => [v.version, v.status])).toEqual([
      ['1.1.0', 'published'],
      ['1.0.0', 'superseded'],
    ]);
  });

  it('keeps slugs to their publisher', async () => {
    const error = await refusal(submitListingVersion(ownerCtx(db, 'sqlite', world.bolt), listingInput('roas-overview', { version: '9.0.0' })));
    expect(error.status).toBe(409);
  });

  it('unpublishes and republishes; other partners cannot', async () => {
    const listing = await db.listing.findUniqueOrThrow({ where: { slug: 'roas-overview' } });
    expect((await refusal(setListingVisibility(ownerCtx(db, 'sqlite', world.bolt), { listingId: listing.id, action: 'unpublish' }))).status).toBe(404);
    await setListingVisibility(ownerCtx(db, 'sqlite', world.acme), { listingId: listing.id, action: 'unpublish' });
    await expect(getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview')).rejects.toMatchObject({ status: 404 });
    await setListingVisibility(adminCtx(db, 'sqlite', world), { listingId: listing.id, action: 'republish' });
    expect((await getListing(ownerCtx(db, 'sqlite', world.bolt), 'roas-overview')).status).toBe('published');
  });

  it('validates a solution\'s bundles against live listings', async () => {
    const input = listingInput('growth-pack', { kind: 'solution', manifest: { bundles: ['roas-overview', 'does-not-exist'], description: 'Everything for e-commerce growth.' } });
    const error = await refusal(submitListingVersion(ownerCtx(db, 'sqlite', world.acme), input));
    expect(error.status).toBe(422);
    expect(error.issues).toEqual([{ path: 'manifest.bundles.1', message: 'no published listing "does-not-exist"' }]);
  });
});
