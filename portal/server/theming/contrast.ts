/**
 * WCAG 2.x contrast (shared by the server and the theme editor). AA needs 4.5:1 for text and 3:1 for the
 * non-text parts people must see (buttons, chart lines against the card).
 */
import { COLOR_LABELS, type ResolvedTheme } from './theme-schema';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the colour (text on primary buttons). */
export function readableOn(hex: string): string {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#111827') ? '#ffffff' : '#111827';
}

export interface ContrastWarning {
  pair: string;
  ratio: number;
  needed: number;
}

const CHECKS: { fg: keyof ResolvedTheme; bg: keyof ResolvedTheme; needed: number }[] = [
  { fg: 'textColor', bg: 'backgroundColor', needed: 4.5 },
  { fg: 'textColor', bg: 'surfaceColor', needed: 4.5 },
  { fg: 'mutedColor', bg: 'surfaceColor', needed: 4.5 },
  // Widgets write links (table names, tabs) in the primary colour: it is text, so AA's 4.5:1 applies.
  { fg: 'primaryColor', bg: 'surfaceColor', needed: 4.5 },
  { fg: 'positiveColor', bg: 'surfaceColor', needed: 4.5 },
  { fg: 'negativeColor', bg: 'surfaceColor', needed: 4.5 },
];

/** The colour pairs of a theme that fall short of WCAG AA. */
export function contrastWarnings(theme: ResolvedTheme): ContrastWarning[] {
  const label = (k: keyof ResolvedTheme) => COLOR_LABELS[k as keyof typeof COLOR_LABELS] ?? k;
  return CHECKS.flatMap(({ fg, bg, needed }) => {
    const ratio = contrastRatio(String(theme[fg]), String(theme[bg]));
    return ratio + 1e-9 < needed ? [{ pair: `${label(fg)} on ${label(bg)}`, ratio: Math.round(ratio * 100) / 100, needed }] : [];
  });
}
