/**
 * Theme data → `--stratum-*` design tokens. Pure functions, no DOM: the portal's theme editor can use the same
 * mapping as the widgets. Tokens are the only way a theme reaches the widgets (never raw CSS).
 */

export interface ThemeColors {
  primary: string;
  onPrimary: string;
  background: string;
  surface: string;
  text: string;
  mutedText: string;
  border: string;
  positive: string;
  negative: string;
  warning: string;
  focus: string;
  /** Series colours, in order. */
  chart: string[];
}

export type Density = 'compact' | 'comfortable' | 'spacious';
export type ColorScheme = 'light' | 'dark' | 'auto';

/** A white-label theme as the portal stores it (null/absent fields inherit the defaults). */
export interface ThemeInput {
  fontFamily?: string | null;
  /** Corner radius in px. */
  radius?: number | null;
  density?: Density | null;
  mode?: ColorScheme | null;
  colors?: Partial<ThemeColors> | null;
  darkColors?: Partial<ThemeColors> | null;
}

const COLOR_TOKENS: Record<Exclude<keyof ThemeColors, 'chart'>, string> = {
  primary: '--stratum-color-primary',
  onPrimary: '--stratum-color-on-primary',
  background: '--stratum-color-background',
  surface: '--stratum-color-surface',
  text: '--stratum-color-text',
  mutedText: '--stratum-color-text-muted',
  border: '--stratum-color-border',
  positive: '--stratum-color-positive',
  negative: '--stratum-color-negative',
  warning: '--stratum-color-warning',
  focus: '--stratum-color-focus',
};

export const DENSITY_SCALE: Record<Density, string> = { compact: '0.75', comfortable: '1', spacious: '1.25' };

const SAFE_VALUE = /^[#(),.%\w\s'"-]+$/;

/** Only values that cannot escape a declaration (no `;`, `{`, `}`, `url(`, …). */
function safe(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (!text || text.length > 200 || !SAFE_VALUE.test(text) || /url\s*\(|expression\s*\(/i.test(text)) return undefined;
  return text;
}

/** The tokens a theme sets for a colour scheme; absent fields are left out so the defaults apply. */
export function themeToTokens(theme: ThemeInput, scheme: 'light' | 'dark'): Record<string, string> {
  const tokens: Record<string, string> = {};
  const colors = { ...(theme.colors ?? {}), ...(scheme === 'dark' ? (theme.darkColors ?? {}) : {}) };
  for (const [key, token] of Object.entries(COLOR_TOKENS)) {
    const value = safe(colors[key as keyof typeof COLOR_TOKENS]);
    if (value) tokens[token] = value;
  }
  (colors.chart ?? []).slice(0, 8).forEach((color, index) => {
    const value = safe(color);
    if (value) tokens[`--stratum-chart-${index + 1}`] = value;
  });
  const font = safe(theme.fontFamily);
  if (font) tokens['--stratum-font-family'] = font;
  if (typeof theme.radius === 'number' && theme.radius >= 0 && theme.radius <= 32) tokens['--stratum-radius'] = `${theme.radius}px`;
  if (theme.density) tokens['--stratum-density'] = DENSITY_SCALE[theme.density];
  return tokens;
}

/** Every token a theme may set (to clear old ones when the theme changes). */
export const ALL_THEME_TOKENS: readonly string[] = [
  ...Object.values(COLOR_TOKENS),
  ...Array.from({ length: 8 }, (_, index) => `--stratum-chart-${index + 1}`),
  '--stratum-font-family',
  '--stratum-radius',
  '--stratum-density',
];
