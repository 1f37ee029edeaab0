import { configureLocalization } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['de', 'fr', 'ar'] as const;
type TargetLocale = (typeof TARGET_LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

const loaders: Record<TargetLocale, () => Promise<{ templates: Record<string, unknown> }>> = {
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  ar: () => import('../locales/ar.js'),
};

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | undefined;

function localizationApi(): Localization | undefined {
  if (!localization) {
    try {
      localization = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: TARGET_LOCALES,
        loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
      });
    } catch {
      // Another copy of the library configured localization first; it drives the strings then.
    }
  }
  return localization;
}

export function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(language(locale));
}

/** Switches the UI strings to the locale's language (English when there are no translations for it). */
export async function applyLocale(locale: string): Promise<void> {
  const api = localizationApi();
  if (!api) return;
  const lang = language(locale);
  const target = (TARGET_LOCALES as readonly string[]).includes(lang) ? lang : SOURCE_LOCALE;
  if (api.getLocale() !== target) await api.setLocale(target);
}
