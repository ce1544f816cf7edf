import { TestBed } from '@angular/core/testing';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { appConfig } from './app.config';

describe('appConfig', () => {
  it('leaves NG-ZORRO on its default zh-CN texts without importing ng-zorro-antd/i18n', () => {
    TestBed.configureTestingModule({ providers: appConfig.providers });
    const i18n = TestBed.inject(NzI18nService);
    expect(i18n.getLocale().locale).toBe('zh-cn');
    expect(i18n.translate('Pagination.items_per_page')).toBe('条/页');
    expect(i18n.translate('DatePicker.lang.today')).toBe('今天');
  });
});
