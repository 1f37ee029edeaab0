/** Portal theme → the widgets' ThemeInput (tokens only; shared by the server and the editor's live preview). */
import { FONT_CHOICES, type ResolvedTheme } from './theme-schema';
import { readableOn } from './contrast';

export interface WidgetThemeInput {
  fontFamily: string;
  radius: number;
  density: ResolvedTheme['density'];
  mode: ResolvedTheme['colorScheme'];
  colors: { primary: string; onPrimary: string; background: string; surface: string; text: string; mutedText: string; positive: string; negative: string; chart: string[] };
}

export function toWidgetTheme(theme: ResolvedTheme): WidgetThemeInput {
  return {
    fontFamily: FONT_CHOICES[theme.fontFamily],
    radius: theme.radius,
    density: theme.density,
    mode: theme.colorScheme,
    colors: {
      primary: theme.primaryColor,
      onPrimary: readableOn(theme.primaryColor),
      background: theme.backgroundColor,
      surface: theme.surfaceColor,
      text: theme.textColor,
      mutedText: theme.mutedColor,
      positive: theme.positiveColor,
      negative: theme.negativeColor,
      chart: [theme.primaryColor, theme.accentColor],
    },
  };
}
