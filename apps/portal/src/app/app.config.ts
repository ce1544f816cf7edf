import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import {
  ApplicationConfig,
  inject,
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
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthStore } from './core/auth/auth.store';
import { IdleTimeout } from './core/auth/idle-timeout';
import { PORTAL_ICONS } from './core/icons';
import { PageTitleStrategy } from './core/routing/page-title.strategy';

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
    provideHttpClient(withInterceptors([authInterceptor])),
    { provide: LOCALE_ID, useValue: 'zh-CN' },
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
  ],
};
