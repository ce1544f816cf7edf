import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTransloco, TranslocoService } from '@jsverse/transloco';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { catalogue } from '@scenematch/portal/testing/transloco';
import { languageInterceptor } from './language.interceptor';
import { LanguageService } from './language.service';
import { LANGUAGE_STORAGE_KEY } from './languages';
import { ApiTranslocoLoader } from './transloco-loader';

describe('LanguageService', () => {
  let http: HttpTestingController;
  let languages: LanguageService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([languageInterceptor])),
        provideHttpClientTesting(),
        provideTransloco({
          config: { availableLangs: ['zh-CN', 'en'], defaultLang: 'zh-CN', fallbackLang: 'zh-CN', reRenderOnLangChange: true },
          loader: ApiTranslocoLoader,
        }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    languages = TestBed.inject(LanguageService);
  });

  async function settle(done: Promise<void>, language: 'zh-CN' | 'en'): Promise<void> {
    http.expectOne(`/api/i18n/${language}`).flush(catalogue(language));
    await done;
  }

  it('starts in 简体中文 on a fresh visit, from the API bundle', async () => {
    await settle(languages.init(), 'zh-CN');
    expect(languages.language()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(languages.t('layout.nav.home')).toBe('首页');
    expect(TestBed.inject(NzI18nService).getLocale().locale).toBe('zh-cn');
  });

  it('switches to English: texts, <html lang>, NG-ZORRO, Accept-Language, and remembers it', async () => {
    await settle(languages.init(), 'zh-CN');
    await settle(languages.use('en'), 'en');
    expect(languages.t('layout.nav.home')).toBe('Home');
    expect(languages.t('common.total', { n: 3 })).toBe('3 in total');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(NzI18nService).translate('Pagination.items_per_page')).toBe('/ page');

    TestBed.inject(HttpClient).get('/api/scenarios').subscribe();
    expect(http.expectOne('/api/scenarios').request.headers.get('Accept-Language')).toBe('en');
  });

  it('starts in the remembered language, and goes back to Chinese everywhere', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    await settle(languages.init(), 'en');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    await settle(languages.use('zh-CN'), 'zh-CN');
    expect(languages.t('layout.nav.home')).toBe('首页');
    expect(TestBed.inject(NzI18nService).translate('Pagination.items_per_page')).toBe('条/页');
    TestBed.inject(HttpClient).get('/api/scenarios').subscribe();
    expect(http.expectOne('/api/scenarios').request.headers.get('Accept-Language')).toBe('zh-CN,zh;q=0.9');
  });

  it('ignores a stored value that is not a language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    await settle(languages.init(), 'zh-CN');
    expect(languages.language()).toBe('zh-CN');
  });
});
