import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The portal's languages; the first is the default. */
export const PORTAL_LANGUAGES = ['zh-CN', 'en'] as const;

export interface MessageBundle {
  /** `{ <area>: <that area's catalogue file> }`, so keys read `<area>.<page>.<name>`. */
  json: string;
  etag: string;
}

/**
 * Where the catalogue files are: next to the built API (webpack copies apps/portal/src/i18n to
 * dist/apps/api/i18n), else the sources (tests running the API from TypeScript, `nx serve`).
 */
export function resolveCatalogueDir(configured?: string): string | null {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(__dirname, 'i18n'), resolve(__dirname, '../../../portal/src/i18n'), resolve(process.cwd(), 'apps/portal/src/i18n')];
  return candidates.find((dir) => existsSync(join(dir, PORTAL_LANGUAGES[0]))) ?? null;
}

/** Merges each language's `<area>.json` files into one bundle, read once at start. */
export function loadMessageBundles(dir: string): Map<string, MessageBundle> {
  const bundles = new Map<string, MessageBundle>();
  for (const language of PORTAL_LANGUAGES) {
    const folder = join(dir, language);
    const merged: Record<string, unknown> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      try {
        merged[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      } catch (error) {
        throw new Error(`Message catalogue ${language}/${file} is not valid JSON: ${(error as Error).message}`);
      }
    }
    const json = JSON.stringify(merged);
    bundles.set(language, { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` });
  }
  return bundles;
}
