import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import en from './en.json';

// Feature modules keep their strings next to their code: features/<module>/i18n/{zh-CN,en}.json, each
// under its own top-level key, merged into the one translation resource here.
const featureStrings = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/i18n/*.json', {
  eager: true,
});

function withFeatures(base: Record<string, unknown>, locale: string): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [file, mod] of Object.entries(featureStrings)) {
    if (!file.endsWith(`/${locale}.json`)) continue;
    for (const [key, value] of Object.entries(mod.default)) {
      if (key in merged) throw new Error(`i18n: ${file} redefines the top-level key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'quarter.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, else Chinese: the product's default locale. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage may be unavailable (private mode); fall through to the default
  }
  return 'zh-CN';
}

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // ignore: the choice still applies to this page
  }
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: withFeatures(zhCN, 'zh-CN') },
    en: { translation: withFeatures(en, 'en') },
  },
  lng: initialLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export { i18next };
