/** The portal's languages: 简体中文 first (the default), English second. */
export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文', angularLocale: 'zh-CN' },
  { code: 'en', label: 'English', angularLocale: 'en-US' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'sm.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The language chosen earlier in this browser, else 简体中文 (a fresh visit is always Chinese). */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (privacy settings); the default then holds for the visit.
    return DEFAULT_LANGUAGE;
  }
}

/** Angular's locale id for a language (dates and numbers formatted by Angular's pipes). */
export function angularLocale(language: Language): string {
  return LANGUAGES.find((l) => l.code === language)?.angularLocale ?? 'zh-CN';
}
