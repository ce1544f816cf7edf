import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ModuleWithProviders } from '@angular/core';

// The catalogues stay with the app, which serves them as assets (see README, Interface texts).
const CATALOGUES = join(__dirname, '..', '..', '..', '..', '..', 'apps', 'portal', 'src', 'i18n');

/** One language's bundle, merged exactly as the API merges it: `{ <area>: <area>.json }`. */
export function catalogue(language: 'zh-CN' | 'en'): Record<string, unknown> {
  const dir = join(CATALOGUES, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  );
}

/** The zh-CN text of a key (specs assert what a reader sees, not keys). */
export function zh(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue('zh-CN'));
  if (typeof value !== 'string') throw new Error(`No zh-CN text for ${key}`);
  return value;
}

/** Transloco with the real catalogues, zh-CN active, loaded synchronously (component specs). */
export function translocoTesting(language: 'zh-CN' | 'en' = 'zh-CN'): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': catalogue('zh-CN'), en: catalogue('en') },
    translocoConfig: { availableLangs: ['zh-CN', 'en'], defaultLang: language, fallbackLang: 'zh-CN', missingHandler: { useFallbackTranslation: true } },
    preloadLangs: true,
  });
}

/** A plain lookup with {{param}} substitution, for functions that take a translate function. */
export function translator(language: 'zh-CN' | 'en') {
  const bundle = catalogue(language);
  return (key: string, params: Record<string, unknown> = {}): string => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
    if (typeof value !== 'string') throw new Error(`No ${language} text for ${key}`);
    return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
