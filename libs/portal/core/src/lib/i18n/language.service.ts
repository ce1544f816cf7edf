import { DOCUMENT } from '@angular/common';
import { inject, Injectable, Injector, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, type Language, LANGUAGE_STORAGE_KEY, storedLanguage } from './languages';

/**
 * The reader's language: Transloco's active language, <html lang>, NG-ZORRO's own texts
 * (pagination, date pickers, empty states) and the Accept-Language of API calls (see
 * language.interceptor.ts) follow it; the choice is remembered in this browser.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  private readonly active = signal<Language>(DEFAULT_LANGUAGE);
  readonly language = this.active.asReadonly();

  /**
   * A text for code (computed labels, chart series, aria texts): reading `language()` makes a
   * computed signal recompute when the reader switches. Templates use the `transloco` pipe.
   */
  t(key: string, params?: Record<string, unknown>): string {
    this.active();
    return this.transloco.translate(key, params);
  }

  /** At start: the remembered language, loaded before the first paint so no key ever shows. */
  async init(): Promise<void> {
    try {
      await this.apply(storedLanguage());
    } catch (error) {
      // The API unreachable at start: the page still starts (its own error states say so), and
      // Transloco loads the texts on first use.
      console.error('Interface texts could not be loaded', error);
    }
  }

  async use(language: Language): Promise<void> {
    if (language === this.active()) return;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Blocked storage: the switch still holds until the page is reloaded.
    }
    await this.apply(language);
  }

  private async apply(language: Language): Promise<void> {
    // Load first, then switch: the page changes language in one step, never showing keys.
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.active.set(language);
    this.document.documentElement.lang = language;
    // NG-ZORRO speaks zh-CN by default; its i18n module (and en_US) is only fetched when needed.
    if (language !== DEFAULT_LANGUAGE || this.nzSwitched) {
      const nz = await import('./nz-locales');
      this.injector.get(nz.NzI18nService).setLocale(language === 'en' ? nz.en_US : nz.zh_CN);
      this.nzSwitched = true;
    }
  }

  private nzSwitched = false;
}
