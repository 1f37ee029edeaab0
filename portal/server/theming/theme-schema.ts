/**
 * A white-label theme as validated data (shared by the server and the theme editor; no server-only imports).
 * Colours are #rrggbb only and fonts come from a fixed list, so no value can carry CSS of its own.
 */
import { z } from 'zod';

export const FONT_CHOICES = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  inter: 'Inter, system-ui, sans-serif',
  humanist: '"Gill Sans", "Gill Sans MT", Calibri, sans-serif',
  geometric: 'Futura, "Century Gothic", "Avenir Next", sans-serif',
  plex: '"IBM Plex Sans", system-ui, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
  mono: '"SFMono-Regular", Menlo, Consolas, monospace',
} as const;
export type FontChoice = keyof typeof FONT_CHOICES;
export const FONT_LABELS: Record<FontChoice, string> = { system: 'System UI', inter: 'Inter', humanist: 'Humanist sans', geometric: 'Geometric sans', plex: 'IBM Plex Sans', serif: 'Serif', mono: 'Monospace' };

const firstFamily = (stack: string) => (stack.split(',')[0] ?? '').replace(/["']/g, '').trim().toLowerCase();

/** A stored font (a choice key, or a CSS stack written by older data / the seed) as a choice key, if known. */
export function fontChoiceOf(value: unknown): FontChoice | null {
  if (typeof value !== 'string' || !value) return null;
  if (value in FONT_CHOICES) return value as FontChoice;
  const family = firstFamily(value);
  return (Object.keys(FONT_CHOICES) as FontChoice[]).find((k) => firstFamily(FONT_CHOICES[k]) === family) ?? null;
}

export const COLOR_FIELDS = ['primaryColor', 'accentColor', 'backgroundColor', 'surfaceColor', 'textColor', 'mutedColor', 'positiveColor', 'negativeColor'] as const;
export type ColorField = (typeof COLOR_FIELDS)[number];
export const COLOR_LABELS: Record<ColorField, string> = {
  primaryColor: 'Primary', accentColor: 'Accent', backgroundColor: 'Background', surfaceColor: 'Surface', textColor: 'Text', mutedColor: 'Muted text', positiveColor: 'Positive', negativeColor: 'Negative',
};

const Hex = z.string().trim().toLowerCase().regex(/^#[0-9a-f]{6}$/, 'A colour like #1d4ed8.');
const nullable = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

export const DENSITIES = ['compact', 'comfortable', 'spacious'] as const;
export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;

/** Every field nullable: on a tenant, null inherits the partner's value; on a partner, the platform default. */
export const ThemeFieldsSchema = z.object({
  brandName: nullable(z.string().trim().min(1).max(60)),
  logoAssetId: nullable(z.string().regex(/^[a-z0-9]{10,40}$/, 'Upload the logo again.')),
  primaryColor: nullable(Hex),
  accentColor: nullable(Hex),
  backgroundColor: nullable(Hex),
  surfaceColor: nullable(Hex),
  textColor: nullable(Hex),
  mutedColor: nullable(Hex),
  positiveColor: nullable(Hex),
  negativeColor: nullable(Hex),
  fontFamily: nullable(z.enum(Object.keys(FONT_CHOICES) as [FontChoice, ...FontChoice[]])),
  radius: nullable(z.coerce.number().int().min(0, '0 to 24 px.').max(24, '0 to 24 px.')),
  density: nullable(z.enum(DENSITIES)),
  colorScheme: nullable(z.enum(COLOR_SCHEMES)),
});
export type ThemeFields = z.infer<typeof ThemeFieldsSchema>;

export interface ResolvedTheme {
  brandName: string;
  logoAssetId: string | null;
  primaryColor: string;
  accentColor: string;
  backgroundColor: string;
  surfaceColor: string;
  textColor: string;
  mutedColor: string;
  positiveColor: string;
  negativeColor: string;
  fontFamily: FontChoice;
  radius: number;
  density: (typeof DENSITIES)[number];
  colorScheme: (typeof COLOR_SCHEMES)[number];
}

export const DEFAULT_THEME: ResolvedTheme = {
  brandName: 'Analytics',
  logoAssetId: null,
  primaryColor: '#2953d9',
  accentColor: '#0e9384',
  backgroundColor: '#f6f7f9',
  surfaceColor: '#ffffff',
  textColor: '#18212f',
  mutedColor: '#526071',
  positiveColor: '#067647',
  negativeColor: '#b42318',
  fontFamily: 'system',
  radius: 8,
  density: 'comfortable',
  colorScheme: 'light',
};

/**
 * A stored theme layer as valid fields only: fonts mapped to choice keys, anything that fails its field's schema
 * left out (so one bad value inherits instead of discarding the whole theme).
 */
export function normalizeThemeLayer(layer: Partial<Record<string, unknown>> | null | undefined): ThemeFields | null {
  if (!layer) return null;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ThemeFieldsSchema.shape)) {
    const raw = key === 'fontFamily' ? fontChoiceOf(layer[key]) : layer[key];
    const parsed = (schema as z.ZodType).safeParse(raw);
    out[key] = parsed.success ? parsed.data : null;
  }
  return out as ThemeFields;
}

/** Layers themes: later layers win where they set a valid value; null, undefined and invalid values inherit. */
export function resolveTheme(...layers: (Partial<Record<string, unknown>> | null | undefined)[]): ResolvedTheme {
  const out: Record<string, unknown> = { ...DEFAULT_THEME };
  for (const layer of layers) {
    const clean = normalizeThemeLayer(layer);
    if (!clean) continue;
    for (const [key, value] of Object.entries(clean)) if (value !== null && value !== undefined) out[key] = value;
  }
  return out as unknown as ResolvedTheme;
}
