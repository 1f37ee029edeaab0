import { z } from 'zod';

/**
 * A small JSON-schema-like description of the settings a listing asks for when it is installed (an integration's
 * credentials, a template's thresholds). The install form is generated from it and the submitted values are
 * validated by the zod schema built from it (configValuesSchema).
 */
const Key = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, 'a key such as "apiKey" or "target_roas" (letter first, at most 40)');

const Base = {
  key: Key,
  label: z.string().min(1).max(80),
  help: z.string().max(300).optional(),
  required: z.boolean().default(false),
};

export const ConfigFieldSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...Base, type: z.literal('string'), minLength: z.number().int().min(0).max(1000).optional(), maxLength: z.number().int().min(1).max(4000).optional(), pattern: z.string().max(200).optional(), default: z.string().max(4000).optional() }),
  /** Stored encrypted, never shown again. */
  z.strictObject({ ...Base, type: z.literal('secret'), minLength: z.number().int().min(0).max(1000).optional() }),
  z.strictObject({ ...Base, type: z.literal('url'), default: z.url().optional() }),
  z.strictObject({ ...Base, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), default: z.number().optional() }),
  z.strictObject({ ...Base, type: z.literal('boolean'), default: z.boolean().optional() }),
  z.strictObject({ ...Base, type: z.literal('select'), options: z.array(z.strictObject({ value: z.string().min(1).max(80), label: z.string().min(1).max(80) })).min(1).max(50), default: z.string().optional() }),
]);
export type ConfigField = z.infer<typeof ConfigFieldSchema>;

export const ConfigFieldsSchema = z
  .array(ConfigFieldSchema)
  .max(30)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `duplicate key "${field.key}"` });
      seen.add(field.key);
      if (field.type === 'string' && field.pattern !== undefined) {
        try {
          new RegExp(field.pattern);
        } catch {
          ctx.addIssue({ code: 'custom', path: [index, 'pattern'], message: 'not a valid regular expression' });
        }
      }
      if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
        ctx.addIssue({ code: 'custom', path: [index, 'max'], message: 'must not be below min' });
      }
      if (field.type === 'select' && field.default !== undefined && !field.options.some((o) => o.value === field.default)) {
        ctx.addIssue({ code: 'custom', path: [index, 'default'], message: 'must be one of the options' });
      }
    });
  });

function fieldSchema(field: ConfigField): z.ZodType {
  switch (field.type) {
    case 'string': {
      let s = z.string().trim();
      if (field.minLength !== undefined) s = s.min(field.minLength);
      if (field.maxLength !== undefined) s = s.max(field.maxLength);
      else s = s.max(4000);
      if (field.pattern !== undefined) s = s.regex(new RegExp(field.pattern), `must match ${field.pattern}`);
      return s;
    }
    case 'secret':
      return z.string().min(Math.max(1, field.minLength ?? 1)).max(4000);
    case 'url':
      return z.url({ protocol: /^https?$/ });
    case 'number': {
      let n = z.coerce.number();
      if (field.integer) n = n.int();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n;
    }
    case 'boolean':
      return z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')]);
    case 'select':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
  }
}

/** The zod schema of an install's values for these fields: required ones must be present, defaults filled in. */
export function configValuesSchema(fields: ConfigField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const base = fieldSchema(field);
    const hasDefault = 'default' in field && field.default !== undefined;
    const inner = hasDefault ? base.default(field.default as never) : field.required ? base : base.optional();
    // An empty form input means "not given".
    shape[field.key] = z.preprocess((v) => (v === '' || v === null ? undefined : v), inner);
  }
  return z.strictObject(shape);
}

export type ConfigValues = Record<string, string | number | boolean>;
