import { z } from 'zod';
import type { ListingKind } from '../listing-input';
import { AppError, type ErrorIssue } from '@/lib/errors';
import { CommunityManifestSchema, TemplateManifestSchema } from './template';
import { IntegrationManifestSchema } from './integration';
import { SolutionManifestSchema } from './solution';
import type { ConfigField } from './config-fields';
import { normalizeManifest } from './normalize';

export { ConfigFieldSchema, ConfigFieldsSchema, configValuesSchema, type ConfigField, type ConfigValues } from './config-fields';
export { DashboardLayoutSchema } from './dashboard-layout';
export { TemplateManifestSchema, CommunityManifestSchema, IntegrationManifestSchema, SolutionManifestSchema };

export const MANIFEST_SCHEMAS = {
  template: TemplateManifestSchema,
  integration: IntegrationManifestSchema,
  solution: SolutionManifestSchema,
  community: CommunityManifestSchema,
} as const;

export const ManifestSchema = z.discriminatedUnion('kind', [TemplateManifestSchema, IntegrationManifestSchema, SolutionManifestSchema, CommunityManifestSchema]);
export type Manifest = z.infer<typeof ManifestSchema>;
export type TemplateManifest = z.infer<typeof TemplateManifestSchema>;
export type ContentManifest = Extract<Manifest, { kind: 'template' | 'community' | 'solution' }>;

/** Issues of a zod error with their path prefixed, e.g. "manifest.dashboards.0.layout.widgets.1.metric". */
export function prefixedIssues(error: z.ZodError, prefix: string): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }));
}

/** Validates a manifest against its listing's kind; a bad field is a 422 whose issues name it. */
export function parseManifest(kind: ListingKind, raw: unknown): Manifest {
  const withKind = raw && typeof raw === 'object' && !Array.isArray(raw) ? normalizeManifest({ kind, ...(raw as Record<string, unknown>) }) : raw;
  const parsed = MANIFEST_SCHEMAS[kind].safeParse(withKind);
  if (parsed.success) return parsed.data;
  const issues = prefixedIssues(parsed.error, 'manifest');
  const first = issues[0];
  throw new AppError('UNPROCESSABLE', first ? `The manifest is not valid: ${first.path}: ${first.message}` : 'The manifest is not valid.', { issues });
}

/** The fields the install form asks for: an integration's credentials, a template's settings. */
export function installFields(manifest: Manifest): ConfigField[] {
  switch (manifest.kind) {
    case 'integration':
      return manifest.credentials;
    case 'template':
    case 'community':
      return manifest.config;
    case 'solution':
      return manifest.config;
  }
}

/** Manifests that create dashboards and presets when installed (a solution may carry its own, too). */
export function hasContent(manifest: Manifest): manifest is ContentManifest {
  return manifest.kind === 'template' || manifest.kind === 'community' || manifest.kind === 'solution';
}
