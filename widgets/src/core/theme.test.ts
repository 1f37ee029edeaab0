import { describe, expect, it } from 'vitest';
import { themeToTokens } from './theme.ts';

describe('themeToTokens', () => {
  it('maps theme data to --stratum-* tokens, dark colours over light ones in dark mode', () => {
    const theme = { colors: { primary: '#0f5d4f', text: '#111111' }, darkColors: { text: '#eeeeee' }, radius: 12, density: 'compact' as const, fontFamily: 'Inter, sans-serif' };
    expect(themeToTokens(theme, 'light')).toEqual({
      '--stratum-color-primary': '#0f5d4f',
      '--stratum-color-text': '#111111',
      '--stratum-font-family': 'Inter, sans-serif',
      '--stratum-radius': '12px',
      '--stratum-density': '0.75',
    });
    expect(themeToTokens(theme, 'dark')['--stratum-color-text']).toBe('#eeeeee');
  });

  it('drops values that could break out of a declaration', () => {
    const tokens = themeToTokens({ colors: { primary: 'red; } body { display: none', surface: 'url(https://x.example/a.png)' } }, 'light');
    expect(tokens).toEqual({});
  });
});
