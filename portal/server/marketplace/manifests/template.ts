import { z } from 'zod';
import { DashboardLayoutSchema } from './dashboard-layout';
import { ConfigFieldsSchema } from './config-fields';

/** A stable key naming one dashboard or preset across versions, so an upgrade knows what changed. */
export const ResourceKeySchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a key such as "overview" (lowercase letters, digits, "-")');

export const TemplateDashboardSchema = z.strictObject({
  key: ResourceKeySchema,
  title: z.string().min(1).max(120),
  description: z.string().max(500).optional(),
  layout: DashboardLayoutSchema,
});

/** Automation / recommendation settings (thresholds and switches) installed as AutomationPreset rows. */
export const AutomationPresetSpecSchema = z.strictObject({
  key: ResourceKeySchema,
  name: z.string().min(1).max(120),
  config: z.record(z.string().regex(/^[a-zA-Z][\w]{0,39}$/, 'a setting name'), z.union([z.string().max(500), z.number(), z.boolean()])),
});

function uniqueKeys(items: { key: string }[], ctx: z.RefinementCtx, path: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [path, index, 'key'], message: `duplicate key "${item.key}"` });
    seen.add(item.key);
  });
}

export const TemplateContent = {
  dashboards: z.array(TemplateDashboardSchema).max(20).default([]),
  presets: z.array(AutomationPresetSpecSchema).max(20).default([]),
  config: ConfigFieldsSchema.default([]),
};

export const TemplateManifestSchema = z
  .strictObject({ kind: z.literal('template'), ...TemplateContent })
  .superRefine((m, ctx) => {
    if (m.dashboards.length === 0 && m.presets.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['dashboards'], message: 'a template needs at least one dashboard or preset' });
    }
    uniqueKeys(m.dashboards, ctx, 'dashboards');
    uniqueKeys(m.presets, ctx, 'presets');
  });

/** A community contribution: any partner's dashboards/presets, plus links to what it is about. */
export const CommunityManifestSchema = z
  .strictObject({
    kind: z.literal('community'),
    ...TemplateContent,
    links: z.array(z.strictObject({ label: z.string().min(1).max(80), url: z.url({ protocol: /^https?$/ }) })).max(10).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.dashboards.length === 0 && m.presets.length === 0 && m.links.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['dashboards'], message: 'a contribution needs a dashboard, a preset or a link' });
    }
    uniqueKeys(m.dashboards, ctx, 'dashboards');
    uniqueKeys(m.presets, ctx, 'presets');
  });
