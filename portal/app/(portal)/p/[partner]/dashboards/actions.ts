'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { applyTemplate, ApplyTemplateSchema, createDashboard, CreateDashboardSchema, saveAsTemplate, saveDashboard, SaveDashboardSchema } from '@/server/dashboards/dashboards';
import { partnerAction } from '@/server/tenancy/action';

const refresh = (slug: string) => revalidatePath(`/p/${slug}/dashboards`, 'layout');

export const createDashboardAction = partnerAction({ schema: CreateDashboardSchema, permission: 'dashboards.write' }, async (input, ctx) => {
  const d = await createDashboard(ctx, input);
  refresh(ctx.partner.slug);
  return d;
});

export const saveDashboardAction = partnerAction({ schema: SaveDashboardSchema, permission: 'dashboards.write' }, async (input, ctx) => {
  const r = await saveDashboard(ctx, input);
  refresh(ctx.partner.slug);
  return r;
});

export const saveAsTemplateAction = partnerAction({ schema: z.object({ dashboardId: z.string().min(1).max(40), title: z.string().trim().min(1).max(120) }), permission: 'templates.manage' }, async (input, ctx) => {
  const t = await saveAsTemplate(ctx, input.dashboardId, input.title);
  refresh(ctx.partner.slug);
  return t;
});

export const applyTemplateAction = partnerAction({ schema: ApplyTemplateSchema, permission: 'templates.apply' }, async (input, ctx) => {
  const r = await applyTemplate(ctx, input);
  refresh(ctx.partner.slug);
  return r;
});
