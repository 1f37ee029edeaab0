import { z } from 'zod';

/**
 * Accepts the manifest spellings publishers (and the seed) use besides the canonical one, before validation:
 * - "schemaVersion": 1 (the only version so far) is dropped;
 * - "automationPresets" is read as "presets";
 * - an integration's "credentials" may be a JSON Schema object ({ type: "object", required, properties }) whose
 *   properties become credential fields (writeOnly → secret; title → label; pattern, minLength, maxLength, enum);
 * - "sync": { "interval": "hourly" | "daily" } becomes syncIntervalMinutes;
 * - a solution's "includes": { "listings": [...] } is read as "bundles".
 * Anything not recognised is left for the schema to refuse, naming the field.
 */
const JsonSchemaProperty = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  writeOnly: z.boolean().optional(),
  format: z.string().optional(),
  pattern: z.string().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  enum: z.array(z.string()).optional(),
  default: z.unknown().optional(),
});
const JsonSchemaObject = z.object({ type: z.literal('object'), required: z.array(z.string()).default([]), properties: z.record(z.string(), JsonSchemaProperty).default({}) });

function fieldsFromJsonSchema(schema: z.infer<typeof JsonSchemaObject>): Record<string, unknown>[] {
  return Object.entries(schema.properties).map(([key, p]) => {
    const base = { key, label: p.title ?? key, required: schema.required.includes(key), ...(p.description ? { help: p.description } : {}) };
    if (p.enum) return { ...base, type: 'select', options: p.enum.map((v) => ({ value: v, label: v })) };
    if (p.type === 'boolean') return { ...base, type: 'boolean' };
    if (p.type === 'number' || p.type === 'integer') return { ...base, type: 'number', ...(p.type === 'integer' ? { integer: true } : {}), ...(p.minimum !== undefined ? { min: p.minimum } : {}), ...(p.maximum !== undefined ? { max: p.maximum } : {}) };
    if (p.writeOnly) return { ...base, type: 'secret', ...(p.minLength !== undefined ? { minLength: p.minLength } : {}) };
    if (p.format === 'uri' || p.format === 'url') return { ...base, type: 'url' };
    return { ...base, type: 'string', ...(p.pattern ? { pattern: p.pattern } : {}), ...(p.minLength !== undefined ? { minLength: p.minLength } : {}), ...(p.maxLength !== undefined ? { maxLength: p.maxLength } : {}) };
  });
}

const SYNC_MINUTES: Record<string, number> = { hourly: 60, daily: 1440 };

export function normalizeManifest(raw: Record<string, unknown>): Record<string, unknown> {
  const m: Record<string, unknown> = { ...raw };
  if (m.schemaVersion === 1) delete m.schemaVersion;
  if ('automationPresets' in m && !('presets' in m)) {
    m.presets = m.automationPresets;
    delete m.automationPresets;
  }
  if (m.kind === 'integration') {
    const asJsonSchema = JsonSchemaObject.safeParse(m.credentials);
    if (asJsonSchema.success) m.credentials = fieldsFromJsonSchema(asJsonSchema.data);
    const sync = z.object({ interval: z.enum(['hourly', 'daily']) }).safeParse(m.sync);
    if (sync.success && !('syncIntervalMinutes' in m)) {
      m.syncIntervalMinutes = SYNC_MINUTES[sync.data.interval];
      delete m.sync;
    }
  }
  if (m.kind === 'solution') {
    const includes = z.object({ listings: z.array(z.string()) }).safeParse(m.includes);
    if (includes.success && !('bundles' in m)) {
      m.bundles = includes.data.listings;
      delete m.includes;
    }
  }
  return m;
}
