import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../theming/theme-schema.ts';
import { cleanThemeLayer } from './brand.ts';

describe('cleanThemeLayer', () => {
  it('keeps the brand when one stored field does not validate', () => {
    const stored = { brandName: 'Northwind Insights', primaryColor: '#1d4ed8', fontFamily: 'Inter, system-ui, sans-serif', radius: 8, textColor: 'red; background:url(x)' };
    const theme = resolveTheme({ brandName: 'Northwind Digital' }, cleanThemeLayer(stored));
    expect(theme.brandName).toBe('Northwind Insights');
    expect(theme.primaryColor).toBe('#1d4ed8');
    expect(theme.fontFamily).toBe('inter');
    expect(theme.textColor).not.toContain('url');
  });
});
