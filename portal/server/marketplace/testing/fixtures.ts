import { expect } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Db, DbKind } from '../../../../prisma/connect.ts';
import type { MarketplaceContext, PartnerRole } from '../context';
import type { Mailer, MailMessage } from '../notify/mailer';

export interface World {
  admin: { userId: string; email: string };
  /** Publishes listings. */
  acme: PartnerFixture;
  /** Installs and reviews them. */
  bolt: PartnerFixture;
  /** Another agency: its tenants must stay out of reach. */
  crux: PartnerFixture;
}

export interface PartnerFixture {
  partnerId: string;
  tenantIds: string[];
  owner: { userId: string; email: string };
  viewer: { userId: string; email: string };
}

async function partner(db: Db, slug: string, tenants: number): Promise<PartnerFixture> {
  const p = await db.partner.create({ data: { slug, name: `${slug[0]!.toUpperCase()}${slug.slice(1)} Agency` } });
  const tenantIds: string[] = [];
  for (let i = 1; i <= tenants; i++) tenantIds.push((await db.tenant.create({ data: { partnerId: p.id, slug: `${slug}-client-${i}`, name: `${slug} client ${i}` } })).id);
  const owner = await db.user.create({ data: { email: `owner@${slug}.test`, name: `${slug} owner` } });
  const viewer = await db.user.create({ data: { email: `viewer@${slug}.test`, name: `${slug} viewer` } });
  await db.membership.create({ data: { userId: owner.id, partnerId: p.id, role: 'owner', source: 'seed' } });
  await db.membership.create({ data: { userId: viewer.id, partnerId: p.id, role: 'viewer', source: 'seed' } });
  return { partnerId: p.id, tenantIds, owner: { userId: owner.id, email: owner.email }, viewer: { userId: viewer.id, email: viewer.email } };
}

export async function makeWorld(db: Db): Promise<World> {
  const admin = await db.user.create({ data: { email: 'admin@platform.test', name: 'Platform admin', isPlatformAdmin: true } });
  return {
    admin: { userId: admin.id, email: admin.email },
    acme: await partner(db, 'acme', 1),
    bolt: await partner(db, 'bolt', 3),
    crux: await partner(db, 'crux', 2),
  };
}

/** Collects mail instead of sending it. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}

export function userCtx(db: Db, dbKind: DbKind, who: { userId: string; email: string }, membership: { partnerId: string | null; role: PartnerRole | null }, extra: Partial<MarketplaceContext> = {}): MarketplaceContext {
  return { db, dbKind, actor: { type: 'user', userId: who.userId, label: who.email }, partnerId: membership.partnerId, role: membership.role, isPlatformAdmin: false, mailer: memoryMailer(), ...extra };
}

export function ownerCtx(db: Db, dbKind: DbKind, p: PartnerFixture, extra: Partial<MarketplaceContext> = {}): MarketplaceContext {
  return userCtx(db, dbKind, p.owner, { partnerId: p.partnerId, role: 'owner' }, extra);
}

export function adminCtx(db: Db, dbKind: DbKind, world: World, extra: Partial<MarketplaceContext> = {}): MarketplaceContext {
  return userCtx(db, dbKind, world.admin, { partnerId: null, role: null }, { isPlatformAdmin: true, ...extra });
}

/** A valid template manifest with one dashboard (and a preset), versioned by `variant`. */
export function templateManifest(variant: 'v1' | 'v2' = 'v1'): Record<string, unknown> {
  const widgets = [
    { id: 'spend', kind: 'kpi', title: 'Spend', layout: { w: 3, h: 1 }, metric: 'spend' },
    { id: 'roas', kind: 'kpi', title: 'ROAS', layout: { w: 3, h: 1 }, metric: 'roas' },
    { id: 'trend', kind: 'chart', title: 'Revenue trend', layout: { w: 12, h: 3 }, metrics: ['revenue'], dimension: 'date', chartType: 'line' },
  ];
  if (variant === 'v2') widgets.push({ id: 'by-channel', kind: 'table', title: 'By channel', layout: { w: 12, h: 3 }, metrics: ['spend', 'revenue', 'roas'], dimension: 'channel' } as never);
  return {
    dashboards: [{ key: 'overview', title: variant === 'v2' ? 'ROAS overview' : 'ROAS overview', layout: { widgets, defaultRange: 'last_30_days' } }],
    presets: [{ key: 'roas-guard', name: 'ROAS guard', config: { targetRoas: 3, pauseBelow: variant === 'v2' ? 1.2 : 1 } }],
    config: [{ key: 'targetRoas', label: 'Target ROAS', type: 'number', min: 0, max: 50, default: 3 }],
  };
}

export function listingInput(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    kind: 'template',
    listing: {
      title: 'ROAS overview',
      summary: 'A dashboard of spend, ROAS and revenue by channel, with a guard preset.',
      description: '# ROAS overview\n\nSee **spend** and return on ad spend at a glance.',
      categories: ['ecommerce', 'reporting'],
      screenshots: ['https://example.com/shot-1.png'],
      pricing: 'free',
    },
    version: '1.0.0',
    changelog: 'First release',
    manifest: templateManifest('v1'),
    action: 'submit',
    ...overrides,
  };
}

/** The AppError a use case was refused with (fails the test when it succeeded or threw something else). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
