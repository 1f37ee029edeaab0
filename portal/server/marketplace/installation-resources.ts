import 'server-only';
import type { Db } from '../../../prisma/connect.ts';
import type { ContentManifest, ConfigValues } from './manifests';
import type { StoredInstallationConfig } from './installation-config';

type Tx = Pick<Db, 'dashboard' | 'dashboardVersion' | 'automationPreset'>;
type Resources = StoredInstallationConfig['resources'];

export interface ResourceTarget {
  installationId: string;
  partnerId: string;
  /** null: the partner itself (dashboards become partner templates). */
  tenantId: string | null;
  userId: string | null;
}

function add(map: Record<string, string[]>, key: string, id: string): void {
  (map[key] ??= []).push(id);
}

/** A preset's settings with the install's values for same-named settings. */
export function presetConfig(settings: Record<string, string | number | boolean>, values: ConfigValues): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, name in values ? values[name]! : value]));
}

export async function createDashboard(tx: Tx, target: ResourceTarget, spec: ContentManifest['dashboards'][number]): Promise<string> {
  const dashboard = await tx.dashboard.create({
    data: {
      partnerId: target.partnerId,
      tenantId: target.tenantId,
      isTemplate: target.tenantId === null,
      title: spec.title,
      description: spec.description ?? null,
      layout: spec.layout as object,
      installationId: target.installationId,
    },
  });
  await tx.dashboardVersion.create({ data: { dashboardId: dashboard.id, version: 1, title: spec.title, layout: spec.layout as object, createdById: target.userId } });
  return dashboard.id;
}

export async function createPreset(tx: Tx, target: ResourceTarget, spec: ContentManifest['presets'][number], values: ConfigValues): Promise<string> {
  const preset = await tx.automationPreset.create({
    data: { partnerId: target.partnerId, tenantId: target.tenantId, name: spec.name, config: presetConfig(spec.config, values), installationId: target.installationId },
  });
  return preset.id;
}

/** Creates a template's dashboards and presets for each target (the partner, or client tenants); returns their ids by key. */
export async function createResources(tx: Tx, targets: ResourceTarget[], manifest: ContentManifest, values: ConfigValues, into: Resources = { dashboards: {}, presets: {} }): Promise<Resources> {
  for (const target of targets) {
    for (const spec of manifest.dashboards) add(into.dashboards, spec.key, await createDashboard(tx, target, spec));
    for (const spec of manifest.presets) add(into.presets, spec.key, await createPreset(tx, target, spec, values));
  }
  return into;
}
