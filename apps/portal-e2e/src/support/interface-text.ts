import type { Page } from 'playwright-core';

/**
 * Visible interface text (and placeholders, aria-labels, titles) holding Chinese characters,
 * outside data the users entered (marked data-i18n-skip) and text marked as Chinese on purpose
 * (lang="zh-CN": the language switch names 简体中文 in itself). The same probe as i18n.e2e-spec.ts.
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
