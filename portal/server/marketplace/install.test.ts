import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../prisma/connect.ts';
import { decryptSecret } from '@/lib/secret-box';
import { freshSqlite } from './testing/test-db';
import { listingInput, makeWorld, ownerCtx, templateManifest, userCtx, type World, refusal } from './testing/fixtures';
import { publish, publishTemplate } from './testing/published';
import { installListing } from './install-listing';
import { applyAllClientInstallations } from './apply-all-client-installations';
import { createTenant as createTenantThroughApi } from '../api-keys/resources/tenants';
import { previewUpgrade, upgradeInstallation } from './upgrade-installation';
import { uninstall } from './uninstall';
import { listInstallations } from './list-installations';
import { readInstallationConfig } from './installation-config';

let db: Db;
let world: World;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, cleanup } = freshSqlite('install'));
  world = await makeWorld(db);
  await publishTemplate(db, 'sqlite', world, 'roas-overview');
  await publish(db, 'sqlite', world, listingInput('meta-connector', {
    kind: 'integration',
    manifest: { credentials: [{ key: 'accessToken', label: 'Access token', type: 'secret', required: true }, { key: 'accountId', label: 'Ad account', type: 'string', required: true, pattern: '^act_\\d+$' }], metrics: ['spend', 'clicks', 'impressions'], channels: ['meta'] },
  }));
});
afterAll(() => cleanup?.());


describe('install', () => {
  it('refuses another partner\'s tenants with a 404 and creates nothing', async () => {
    const error = await refusal(installListing(ownerCtx(db, 'sqlite', world.bolt), { listing: 'roas-overview', target: { scope: 'tenants', tenantIds: [world.bolt.tenantIds[0]!, world.crux.tenantIds[0]!] } }));
    expect(error.status).toBe(404);
    expect(await db.installation.count()).toBe(0);
    expect(await db.dashboard.count({ where: { tenantId: world.crux.tenantIds[0]! } })).toBe(0);
  });

  it('lets only owners/admins install', async () => {
    const viewer = userCtx(db, 'sqlite', world.bolt.viewer, { partnerId: world.bolt.partnerId, role: 'viewer' });
    expect((await refusal(installListing(viewer, { listing: 'roas-overview', target: { scope: 'partner' } }))).status).toBe(403);
  });

  it('validates settings against the manifest and seals secrets', async () => {
    const ctx = ownerCtx(db, 'sqlite', world.bolt);
    const bad = await refusal(installListing(ctx, { listing: 'meta-connector', target: { scope: 'partner' }, config: { accountId: '123' } }));
    expect(bad.status).toBe(422);
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(['config.accessToken', 'config.accountId']);
    const ok = await installListing(ctx, { listing: 'meta-connector', target: { scope: 'partner' }, config: { accountId: 'act_42', accessToken: 'EAAB-secret' } });
    const row = await db.installation.findUniqueOrThrow({ where: { id: ok.installations[0]!.id } });
    const stored = readInstallationConfig(row.config);
    expect(stored.values).toEqual({ accountId: 'act_42' });
    expect(JSON.stringify(row.config)).not.toContain('EAAB-secret');
    expect(decryptSecret(stored.secrets.accessToken!)).toBe('EAAB-secret');
  });

  it('installs a template into all clients including future ones, then upgrades and uninstalls it', async () => {
    const ctx = ownerCtx(db, 'sqlite', world.bolt);
    const result = await installListing(ctx, { listing: 'roas-overview', target: { scope: 'all_clients', includeFuture: true }, config: { targetRoas: 4 } });
    expect(result.installations).toHaveLength(1);
    expect(result.dashboardsCreated).toBe(3);
    const installationId = result.installations[0]!.id;
    for (const tenantId of world.bolt.tenantIds) {
      const dashboards = await db.dashboard.findMany({ where: { tenantId, installationId } });
      expect(dashboards.map((d) => d.title)).toEqual(['ROAS overview']);
      const preset = await db.automationPreset.findFirstOrThrow({ where: { tenantId, installationId } });
      expect(preset.config).toEqual({ targetRoas: 4, pauseBelow: 1 });
    }
    expect((await db.listing.findUniqueOrThrow({ where: { slug: 'roas-overview' } })).installCount).toBe(1);
    expect((await refusal(installListing(ctx, { listing: 'roas-overview', target: { scope: 'all_clients', includeFuture: true } }))).status).toBe(409);

    // A client created later (through the REST tenants resource) gets the template's dashboard at creation, once.
    const newcomer = await createTenantThroughApi(db, world.bolt.partnerId, { slug: 'bolt-client-new', name: 'bolt client new' });
    expect(await db.dashboard.count({ where: { tenantId: newcomer.id, installationId } })).toBe(1);
    expect(await applyAllClientInstallations(db, newcomer.id)).toBe(0);
    expect(await db.dashboard.count({ where: { tenantId: newcomer.id, installationId } })).toBe(1);
    // Another partner's new client gets nothing of bolt's.
    const other = await createTenantThroughApi(db, world.crux.partnerId, { slug: 'crux-new', name: 'crux new' });
    expect(await db.dashboard.count({ where: { tenantId: other.id } })).toBe(0);
    expect(await applyAllClientInstallations(db, other.id)).toBe(0);

    // The admin view lists it with every client it reached.
    const rows = await listInstallations(ctx);
    const row = rows.find((r) => r.id === installationId)!;
    expect(row).toMatchObject({ scope: 'all_clients', version: '1.0.0', upgradeAvailable: false, dashboards: 4 });
    expect(row.clients).toHaveLength(4);
    expect((await listInstallations(ownerCtx(db, 'sqlite', world.crux))).some((r) => r.id === installationId)).toBe(false);

    // A new version: the preview shows what changes, the upgrade applies it everywhere.
    await publishTemplate(db, 'sqlite', world, 'roas-overview', { version: '1.1.0', manifest: templateManifest('v2') });
    const preview = await previewUpgrade(ctx, installationId);
    expect(preview.to?.version).toBe('1.1.0');
    expect(preview.diff?.dashboards.changed).toEqual([{ key: 'overview', title: 'ROAS overview', changes: ['widget "By channel" added'] }]);
    expect(preview.diff?.presets.changed[0]?.changes).toEqual(['pauseBelow: 1 → 1.2']);
    await expect(previewUpgrade(ownerCtx(db, 'sqlite', world.crux), installationId)).rejects.toMatchObject({ status: 404 });
    await upgradeInstallation(ctx, { installationId });
    const upgraded = await db.dashboard.findMany({ where: { installationId } });
    expect(upgraded).toHaveLength(4);
    for (const d of upgraded) {
      expect(d.version).toBe(2);
      expect((d.layout as { widgets: unknown[] }).widgets).toHaveLength(4);
    }
    expect((await db.automationPreset.findFirstOrThrow({ where: { installationId } })).config).toEqual({ targetRoas: 4, pauseBelow: 1.2 });
    expect((await refusal(upgradeInstallation(ctx, { installationId }))).status).toBe(409);

    // Uninstall keeping the dashboards detached.
    const kept = await uninstall(ctx, { installationId, mode: 'detach' });
    expect(kept).toMatchObject({ dashboards: 4, presets: 4, mode: 'detach' });
    expect(await db.dashboard.count({ where: { partnerId: world.bolt.partnerId, title: 'ROAS overview', installationId: null } })).toBe(4);
    expect((await db.listing.findUniqueOrThrow({ where: { slug: 'roas-overview' } })).installCount).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { partnerId: world.bolt.partnerId, action: { startsWith: 'marketplace.' } }, orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['marketplace.installed', 'marketplace.applied_to_new_client', 'marketplace.upgraded', 'marketplace.uninstalled']));
  });

  it('a solution installs the listings it bundles; its uninstall takes them along, honouring keep-detached', async () => {
    await publish(db, 'sqlite', world, listingInput('growth-solution', { kind: 'solution', manifest: { bundles: ['roas-overview', 'meta-connector'], dashboards: [], presets: [], config: [] } }));
    const ctx = ownerCtx(db, 'sqlite', world.crux);
    const target = { scope: 'tenants' as const, tenantIds: world.crux.tenantIds };
    // A bundled listing's settings are asked on the solution's form; a bad one is named by that form's field.
    const bad = await refusal(installListing(ctx, { listing: 'growth-solution', target, config: { meta_connector__accountId: '123' } }));
    expect(bad.status).toBe(422);
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(['config.meta_connector__accessToken', 'config.meta_connector__accountId']);
    expect(await db.installation.count({ where: { partnerId: world.crux.partnerId } })).toBe(0);

    const result = await installListing(ctx, { listing: 'growth-solution', target, config: { meta_connector__accountId: 'act_7', meta_connector__accessToken: 'tok-7', targetRoas: 5 } });
    expect(result.bundled?.map((b) => [b.slug, b.installations])).toEqual([['roas-overview', world.crux.tenantIds.length], ['meta-connector', world.crux.tenantIds.length]]);
    for (const tenantId of world.crux.tenantIds) {
      expect(await db.dashboard.count({ where: { tenantId, title: 'ROAS overview', installationId: { not: null } } })).toBe(1);
      const connector = await db.installation.findFirstOrThrow({ where: { tenantId, listing: { slug: 'meta-connector' } } });
      expect(readInstallationConfig(connector.config)).toMatchObject({ values: { accountId: 'act_7' }, partOf: result.installations.find((i) => i.tenantId === tenantId)!.id });
    }

    // The installations page tells a bundled install from its solution.
    const listed = await listInstallations(ctx);
    expect(listed.filter((r) => r.listing.slug === 'meta-connector').every((r) => r.partOf?.title === 'ROAS overview')).toBe(true);
    expect(listed.filter((r) => r.listing.slug === 'growth-solution').every((r) => r.partOf === null)).toBe(true);

    // Uninstalling the solution for the first client keeps that client's dashboards detached, removes its bundled installs only.
    const [first, second] = world.crux.tenantIds;
    const solutionOfFirst = result.installations.find((i) => i.tenantId === first)!.id;
    expect(await uninstall(ctx, { installationId: solutionOfFirst, mode: 'detach' })).toMatchObject({ bundled: 2, mode: 'detach' });
    expect(await db.installation.count({ where: { tenantId: first, partnerId: world.crux.partnerId } })).toBe(0);
    expect(await db.dashboard.count({ where: { tenantId: first, title: 'ROAS overview', installationId: null } })).toBe(1);
    if (second) expect(await db.installation.count({ where: { tenantId: second, partnerId: world.crux.partnerId } })).toBe(3);
    // Removing another client's solution deletes what its bundled template created.
    if (second) {
      await uninstall(ctx, { installationId: result.installations.find((i) => i.tenantId === second)!.id, mode: 'remove' });
      expect(await db.dashboard.count({ where: { tenantId: second, title: 'ROAS overview' } })).toBe(0);
      expect(await db.installation.count({ where: { partnerId: world.crux.partnerId } })).toBe(world.crux.tenantIds.length > 2 ? 3 * (world.crux.tenantIds.length - 2) : 0);
    }
  });

  it('installs into chosen clients, skips those that have it, and removes on uninstall', async () => {
    const ctx = ownerCtx(db, 'sqlite', world.bolt);
    const [t1, t2, t3] = world.bolt.tenantIds;
    const first = await installListing(ctx, { listing: 'roas-overview', target: { scope: 'tenants', tenantIds: [t1!] } });
    const second = await installListing(ctx, { listing: 'roas-overview', target: { scope: 'all_clients', includeFuture: false } });
    expect(second.skippedTenantIds).toEqual([t1]);
    expect(second.installations.map((i) => i.tenantId).sort()).toEqual(expect.arrayContaining([t2, t3]));
    expect(second.installations.every((i) => i.scope === 'tenant')).toBe(true);
    const installationId = first.installations[0]!.id;
    const removed = await uninstall(ctx, { installationId, mode: 'remove' });
    expect(removed.dashboards).toBe(1);
    expect(await db.dashboard.count({ where: { installationId } })).toBe(0);
    // Another partner cannot uninstall bolt's installation.
    expect((await refusal(uninstall(ownerCtx(db, 'sqlite', world.crux), { installationId: second.installations[0]!.id }))).status).toBe(404);
  });

  it('installs into the partner itself as partner templates', async () => {
    const result = await installListing(ownerCtx(db, 'sqlite', world.crux), { listing: 'roas-overview', target: { scope: 'partner' } });
    const dashboards = await db.dashboard.findMany({ where: { installationId: result.installations[0]!.id } });
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]).toMatchObject({ tenantId: null, isTemplate: true, partnerId: world.crux.partnerId });
  });
});
