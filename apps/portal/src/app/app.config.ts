import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  LOCALE_ID,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appRoutes } from './app.routes';
import { authInterceptor } from '@scenematch/portal/core/auth/auth.interceptor';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { IdleTimeout } from '@scenematch/portal/core/auth/idle-timeout';
import { PORTAL_ICONS } from '@scenematch/portal/core/icons';
import { languageInterceptor } from '@scenematch/portal/core/i18n/language.interceptor';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { angularLocale, DEFAULT_LANGUAGE, LANGUAGES, storedLanguage } from '@scenematch/portal/core/i18n/languages';
import { ApiTranslocoLoader } from '@scenematch/portal/core/i18n/transloco-loader';
import { PageTitleStrategy } from '@scenematch/portal/core/routing/page-title.strategy';

registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // NG-ZORRO 21 animates with CSS (animate.enter/leave): no @angular/animations provider and no zone.js.
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideHttpClient(withInterceptors([languageInterceptor, authInterceptor])),
    // Interface texts: catalogues in apps/portal/src/i18n, served as one bundle per language by the
    // API. Keys missing in English show the Chinese text (visibly untranslated, never a raw key).
    provideTransloco({
      config: {
        availableLangs: LANGUAGES.map((l) => l.code),
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        missingHandler: { useFallbackTranslation: true, logMissingKey: true },
        prodMode: !isDevMode(),
      },
      loader: ApiTranslocoLoader,
    }),
    // Angular's date and number pipes format in the language the page was loaded in.
    { provide: LOCALE_ID, useFactory: () => angularLocale(storedLanguage()) },
    // NG-ZORRO's components speak zh-CN by default (NzI18nService falls back to zh_CN); the
    // portal relies on that instead of provideNzI18n(zh_CN) so that ng-zorro-antd/i18n — and the
    // date-fns helpers it references once a date picker is used — stay out of the initial bundle.
    // app.config.spec.ts checks the default.
    provideNzIcons(PORTAL_ICONS),
    // Not awaited: the page renders at once while the session is restored; guards wait for it.
    provideAppInitializer(() => {
      void inject(AuthStore).restore();
      inject(IdleTimeout).start();
    }),
    // Awaited: the first paint already has the texts (one small cached request, 304 on reloads).
    provideAppInitializer(() => inject(LanguageService).init()),
  ],
};
