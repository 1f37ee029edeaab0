import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { SignInBrand } from '@/server/reports/sign-in-brand';
import { readableOn } from '@/server/theming/contrast';
import { FONT_CHOICES } from '@/server/theming/theme-schema';

const HEX = /^#[0-9a-f]{3,8}$/i;

/** The portal's design tokens, re-pointed at the agency's colours (validated hex values only) and font. */
function brandTokens({ brand }: SignInBrand): string {
  const t = brand.theme;
  const tokens: Record<string, string> = {
    '--color-background': t.backgroundColor,
    '--color-foreground': t.textColor,
    '--color-surface': t.surfaceColor,
    '--color-primary': t.primaryColor,
    '--color-primary-foreground': readableOn(t.primaryColor),
    '--color-ring': t.primaryColor,
    '--color-muted-foreground': t.mutedColor,
    // Borders and inputs: the muted colour, translucent, so they suit light and dark brands alike.
    '--color-border': /^#[0-9a-f]{6}$/i.test(t.mutedColor) ? `${t.mutedColor}66` : t.mutedColor,
    '--color-input': t.mutedColor,
  };
  const declarations = Object.entries(tokens)
    .filter(([, value]) => HEX.test(value))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  return `:root{${declarations}}body{font-family:${FONT_CHOICES[t.fontFamily].replace(/[<>{}]/g, '')};}`;
}

/** Title, favicon and description of a sign-in page: the agency's on its domain or report, the portal's otherwise. */
export function signInMetadata(found: SignInBrand | null, page: string): Metadata {
  if (!found) return { title: page };
  const icon = found.assetPath(found.brand.faviconAssetId);
  return {
    title: { absolute: `${page} · ${found.brand.brandName}` },
    description: `${page} to see your reports from ${found.brand.brandName}.`,
    applicationName: found.brand.brandName,
    robots: { index: false, follow: false },
    icons: icon ? { icon, shortcut: icon } : { icon: 'data:,' },
  };
}

/** The agency's mark above a sign-in card: its logo, or its name in its primary colour. */
export function BrandHeader({ found, fallback }: { found: SignInBrand | null; fallback: ReactNode }) {
  if (!found) return fallback;
  const logo = found.assetPath(found.brand.logoAssetId);
  return (
    <>
      <style>{brandTokens(found)}</style>
      <div className="flex justify-center" data-sign-in-brand={found.brand.brandName}>
        {logo ? (
          <img src={logo} alt={found.brand.brandName} className="max-h-12 max-w-[220px]" />
        ) : (
          <p className="text-xl font-bold text-primary">{found.brand.brandName}</p>
        )}
      </div>
    </>
  );
}
