import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './e2e-env';

/** The portal's translation catalogues (one JSON file per area, e.g. `scenarios` → `scenarios.json`). */
const CATALOGUES = readdirSync(join(WORKSPACE_ROOT, 'apps/portal/src/i18n/en'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));

/**
 * Catalogue keys shown instead of their text (`scenarios.list.title`): a key missing from the
 * active language's catalogue. Empty when every text on the page was found.
 */
export async function catalogueKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const key = new RegExp(`(?<![\\w@./-])(?:${CATALOGUES.join('|')})\\.[a-zA-Z]+\\.[a-zA-Z][\\w.]*`, 'g');
  return text.match(key) ?? [];
}

/**
 * Visible interface text (and placeholders, aria-labels, titles) holding Chinese characters,
 * outside data the users entered (marked data-i18n-skip) and text marked as Chinese on purpose
 * (lang="zh-CN": the language switch names 简体中文 in itself).
 */
export async function chineseInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const skipped = (el: Element | null) =>
      !!el?.closest('[data-i18n-skip], body [lang="zh-CN"], script, style, noscript');
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent && text && han.test(text) && !skipped(parent) && visible(parent)) found.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title]'))) {
      if (skipped(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value && han.test(value)) found.push(`${name}=${value}`);
      }
    }
    return found;
  });
}

/** Switches the interface language through the header's switch. */
export async function switchLanguage(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('language-switch').click();
  await page.getByTestId(`language-${language}`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}
