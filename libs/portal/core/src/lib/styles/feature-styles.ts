import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';

/** The non-injected stylesheet bundle of project.json (styles-features.less). */
export const FEATURE_STYLES_URL = 'zorro-features.css';
const MARKER = 'data-sm-feature-styles';

let loading: Promise<void> | null = null;

/**
 * Adds the feature pages' NG-ZORRO styles once. The bundle has a fixed name (the builder does not
 * hash non-injected bundles) and static files are served as immutable, so it is fetched with
 * `cache: 'no-cache'`: the browser revalidates it and never keeps an old version after a release.
 * It goes right after the global stylesheet, before the components' own styles, so that those
 * still win. A failure leaves the pages usable (unstyled widgets) and is retried next time.
 */
export function loadFeatureStyles(doc: Document): Promise<void> {
  if (doc.querySelector(`style[${MARKER}]`)) return Promise.resolve();
  if (typeof fetch !== 'function') return Promise.resolve();
  loading ??= (async () => {
    try {
      const response = await fetch(new URL(FEATURE_STYLES_URL, doc.baseURI), {
        cache: 'no-cache',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const style = doc.createElement('style');
      style.setAttribute(MARKER, '');
      style.textContent = await response.text();
      const global = doc.querySelector('link[rel="stylesheet"]');
      if (global) global.after(style);
      else doc.head.prepend(style);
    } catch {
      loading = null;
    }
  })();
  return loading;
}

/** Route guard: the page renders once its widgets' styles are there (no flash of unstyled content). */
export const featureStyles: CanActivateFn = async () => {
  await loadFeatureStyles(inject(DOCUMENT));
  return true;
};
