import { z } from 'zod';
import { encryptSecret } from '@/lib/secret-box';
import { AppError } from '@/lib/errors';
import { configValuesSchema, prefixedIssues, type ConfigField, type ConfigValues } from './manifests';

/**
 * What Installation.config holds: the settings entered at install (secrets only encrypted), whether an
 * all-clients install also covers future clients, and which rows it created, by the manifest's keys, so an
 * upgrade knows what to change and an uninstall what to remove.
 */
export const StoredInstallationConfigSchema = z.object({
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  secrets: z.record(z.string(), z.string()).default({}),
  includeFuture: z.boolean().default(false),
  resources: z
    .object({
      dashboards: z.record(z.string(), z.array(z.string())).default({}),
      presets: z.record(z.string(), z.array(z.string())).default({}),
    })
    .default({ dashboards: {}, presets: {} }),
  /** A solution's installation: the installations of the listings it bundles, installed with it. */
  bundled: z.array(z.string()).default([]),
  /** A bundled listing's installation: the solution installation that brought it. */
  partOf: z.string().optional(),
});
export type StoredInstallationConfig = z.infer<typeof StoredInstallationConfigSchema>;

export function readInstallationConfig(raw: unknown): StoredInstallationConfig {
  const parsed = StoredInstallationConfigSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : StoredInstallationConfigSchema.parse({});
}

/**
 * Validates entered settings against the manifest's fields (422 naming "config.<key>"), seals secret fields.
 * Secrets already stored are kept when the form leaves them blank (e.g. on upgrade).
 */
export function sealConfig(fields: ConfigField[], raw: unknown, previous?: StoredInstallationConfig): { values: ConfigValues; secrets: Record<string, string> } {
  const given = z.record(z.string(), z.unknown()).catch({}).parse(raw ?? {});
  const keep = { ...given };
  for (const field of fields) {
    if (field.type === 'secret' && (keep[field.key] === undefined || keep[field.key] === '') && previous?.secrets[field.key]) keep[field.key] = '__kept__';
  }
  const known = Object.fromEntries(Object.entries(keep).filter(([key]) => fields.some((f) => f.key === key)));
  const parsed = configValuesSchema(fields).safeParse(known);
  if (!parsed.success) {
    const issues = prefixedIssues(parsed.error, 'config');
    throw new AppError('UNPROCESSABLE', `The settings are not valid: ${issues[0]?.path}: ${issues[0]?.message}`, { issues });
  }
  const values: ConfigValues = {};
  const secrets: Record<string, string> = {};
  for (const field of fields) {
    const value = (parsed.data as Record<string, unknown>)[field.key];
    if (value === undefined) continue;
    if (field.type === 'secret') secrets[field.key] = value === '__kept__' ? previous!.secrets[field.key]! : encryptSecret(String(value));
    else values[field.key] = value as string | number | boolean;
  }
  return { values, secrets };
}
