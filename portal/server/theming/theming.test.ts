import { describe, expect, it } from 'vitest';
import { contrastRatio, contrastWarnings, readableOn } from './contrast';
import { DEFAULT_THEME, fontChoiceOf, normalizeThemeLayer, resolveTheme } from './theme-schema';

describe('contrast (WCAG 2.x)', () => {
  it('matches the reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(readableOn('#ffeb3b')).toBe('#111827');
    expect(readableOn('#1d4ed8')).toBe('#ffffff');
  });

  it('flags pale text and passes the defaults', () => {
    expect(contrastWarnings(DEFAULT_THEME)).toEqual([]);
    expect(contrastWarnings({ ...DEFAULT_THEME, textColor: '#cccccc' }).map((w) => w.pair)).toContain('Text on Background');
  });
});

describe('theme layers', () => {
  it('inherits null fields and lets a tenant override win', () => {
    const t = resolveTheme({ brandName: 'Agency' }, { primaryColor: '#111111', radius: 4 }, { primaryColor: '#222222', radius: null });
    expect(t.primaryColor).toBe('#222222');
    expect(t.radius).toBe(4);
    expect(t.brandName).toBe('Agency');
  });

  it('drops values that could carry CSS, field by field, keeping the rest', () => {
    const t = resolveTheme({ primaryColor: 'red;background:url(https://evil)', accentColor: '#123456', fontFamily: 'x}body{display:none' });
    expect(t.primaryColor).toBe(DEFAULT_THEME.primaryColor);
    expect(t.accentColor).toBe('#123456');
    expect(t.fontFamily).toBe(DEFAULT_THEME.fontFamily);
  });

  it('maps stored font stacks to font choices', () => {
    expect(fontChoiceOf('Inter, system-ui, sans-serif')).toBe('inter');
    expect(fontChoiceOf('"IBM Plex Sans", system-ui, sans-serif')).toBe('plex');
    expect(fontChoiceOf('Comic Sans MS')).toBeNull();
    expect(normalizeThemeLayer({ fontFamily: 'Inter, sans-serif', radius: 99 })).toMatchObject({ fontFamily: 'inter', radius: null });
  });
});
