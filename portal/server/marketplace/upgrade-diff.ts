import type { DashboardWidget } from '@stratum/contract';
import { hasContent, installFields, type Manifest } from './manifests';

export interface ResourceChange {
  key: string;
  title: string;
  /** Human-readable lines: "widget \"Spend\" added", "title: A → B". */
  changes: string[];
}

export interface UpgradeDiff {
  dashboards: { added: ResourceChange[]; removed: ResourceChange[]; changed: ResourceChange[]; unchanged: number };
  presets: { added: ResourceChange[]; removed: ResourceChange[]; changed: ResourceChange[]; unchanged: number };
  config: { added: string[]; removed: string[]; newRequired: string[] };
}

function widgetChanges(before: DashboardWidget[], after: DashboardWidget[]): string[] {
  const out: string[] = [];
  const old = new Map(before.map((w) => [w.id, w]));
  const next = new Map(after.map((w) => [w.id, w]));
  for (const w of after) if (!old.has(w.id)) out.push(`widget "${w.title}" added`);
  for (const w of before) if (!next.has(w.id)) out.push(`widget "${w.title}" removed`);
  for (const w of after) {
    const prev = old.get(w.id);
    if (prev && JSON.stringify(prev) !== JSON.stringify(w)) out.push(`widget "${w.title}" changed`);
  }
  return out;
}

function diffByKey<T extends { key: string }>(before: T[], after: T[], title: (item: T) => string, changes: (a: T, b: T) => string[]) {
  const old = new Map(before.map((item) => [item.key, item]));
  const next = new Map(after.map((item) => [item.key, item]));
  const result = { added: [] as ResourceChange[], removed: [] as ResourceChange[], changed: [] as ResourceChange[], unchanged: 0 };
  for (const item of after) if (!old.has(item.key)) result.added.push({ key: item.key, title: title(item), changes: [] });
  for (const item of before) if (!next.has(item.key)) result.removed.push({ key: item.key, title: title(item), changes: [] });
  for (const item of after) {
    const prev = old.get(item.key);
    if (!prev) continue;
    const lines = changes(prev, item);
    if (lines.length) result.changed.push({ key: item.key, title: title(item), changes: lines });
    else result.unchanged += 1;
  }
  return result;
}

/** What upgrading from one manifest to another changes: dashboards and presets by key, and the settings asked. */
export function diffManifests(from: Manifest, to: Manifest): UpgradeDiff {
  const fromContent = hasContent(from) ? from : { dashboards: [], presets: [] };
  const toContent = hasContent(to) ? to : { dashboards: [], presets: [] };
  const dashboards = diffByKey(fromContent.dashboards, toContent.dashboards, (d) => d.title, (a, b) => [
    ...(a.title !== b.title ? [`title: "${a.title}" → "${b.title}"`] : []),
    ...(a.description !== b.description ? ['description changed'] : []),
    ...(a.layout.defaultRange !== b.layout.defaultRange ? [`default range: ${a.layout.defaultRange ?? 'none'} → ${b.layout.defaultRange ?? 'none'}`] : []),
    ...widgetChanges(a.layout.widgets, b.layout.widgets),
  ]);
  const presets = diffByKey(fromContent.presets, toContent.presets, (p) => p.name, (a, b) => [
    ...(a.name !== b.name ? [`name: "${a.name}" → "${b.name}"`] : []),
    ...Object.keys({ ...a.config, ...b.config })
      .filter((k) => a.config[k] !== b.config[k])
      .map((k) => (k in a.config ? (k in b.config ? `${k}: ${String(a.config[k])} → ${String(b.config[k])}` : `${k} removed`) : `${k} added (${String(b.config[k])})`)),
  ]);
  const fromFields = installFields(from);
  const toFields = installFields(to);
  const fromKeys = new Set(fromFields.map((f) => f.key));
  const toKeys = new Set(toFields.map((f) => f.key));
  return {
    dashboards,
    presets,
    config: {
      added: toFields.filter((f) => !fromKeys.has(f.key)).map((f) => f.key),
      removed: fromFields.filter((f) => !toKeys.has(f.key)).map((f) => f.key),
      newRequired: toFields.filter((f) => f.required && !fromKeys.has(f.key) && !('default' in f && f.default !== undefined)).map((f) => f.key),
    },
  };
}
