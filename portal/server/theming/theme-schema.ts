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
  serif: 'Georgia, "Times New Roman", serif',
  mono: '"SFMono-Regular", Menlo, Consolas, monospace',
} as const;
export type FontChoice = keyof typeof FONT_CHOICES;
export const FONT_LABELS: Record<FontChoice, string> = { system: 'System UI', inter: 'Inter', humanist: 'Humanist sans', geometric: 'Geometric sans', serif: 'Serif', mono: 'Monospace' };

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

/** Layers themes: later layers win where they set a value; null and undefined inherit. */
export function resolveTheme(...layers: (Partial<Record<keyof ResolvedTheme, unknown>> | null | undefined)[]): ResolvedTheme {
  const out: Record<string, unknown> = { ...DEFAULT_THEME };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(DEFAULT_THEME) as (keyof ResolvedTheme)[]) {
      const value = layer[key];
      if (value !== null && value !== undefined && value !== '') out[key] = value;
    }
  }
  const parsed = ThemeFieldsSchema.safeParse(out);
  if (!parsed.success) return DEFAULT_THEME;
  return { ...DEFAULT_THEME, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== null)) } as ResolvedTheme;
}
