import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, toPage, type PageQuery } from '@/lib/pagination';
import type { CampaignCreateSchema, CampaignSchema, CampaignUpdateSchema } from './schemas';
import { findPartnerTenant } from './tenants';

type CampaignRow = Awaited<ReturnType<Db['campaign']['findFirstOrThrow']>>;

export function campaignDto(c: CampaignRow): z.infer<typeof CampaignSchema> {
  return {
    id: c.id,
    tenantId: c.tenantId,
    name: c.name,
    channel: c.channel,
    status: c.status,
    dailyBudget: c.dailyBudget,
    currency: c.currency,
    objective: c.objective,
    startDate: c.startDate?.toISOString() ?? null,
    endDate: c.endDate?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00.000Z`) : undefined);

export async function listCampaigns(db: Db, partnerId: string, tenantId: string, query: PageQuery) {
  const { idAfter, ...args } = pageArgs(query);
  const rows = await db.campaign.findMany({ where: { tenantId, tenant: { partnerId }, ...idAfter }, ...args });
  if (rows.length === 0) await findPartnerTenant(db, partnerId, tenantId); // an empty page of another partner's tenant is a 404
  return toPage(rows, query, campaignDto);
}

export async function getCampaign(db: Db, partnerId: string, id: string) {
  const campaign = await db.campaign.findFirst({ where: { id, tenant: { partnerId } } });
  if (!campaign) throw new AppError('NOT_FOUND', 'No such campaign.');
  return campaign;
}

export async function createCampaign(db: Db, partnerId: string, tenantId: string, input: z.infer<typeof CampaignCreateSchema>) {
  const tenant = await findPartnerTenant(db, partnerId, tenantId);
  const { startDate, endDate, ...rest } = input;
  const campaign = await db.campaign.create({
    data: { ...rest, tenantId: tenant.id, currency: input.currency ?? tenant.currency, startDate: day(startDate) ?? null, endDate: day(endDate) ?? null },
  });
  return campaignDto(campaign);
}

export async function updateCampaign(db: Db, partnerId: string, id: string, input: z.infer<typeof CampaignUpdateSchema>) {
  const campaign = await getCampaign(db, partnerId, id);
  const { startDate, endDate, ...rest } = input;
  const data = { ...rest, ...(startDate ? { startDate: day(startDate) } : {}), ...(endDate ? { endDate: day(endDate) } : {}) };
  return campaignDto(await db.campaign.update({ where: { id: campaign.id }, data }));
}
