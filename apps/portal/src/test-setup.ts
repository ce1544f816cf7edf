// First: it loads the JIT compiler that Angular's partially compiled packages need.
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// As app.config.ts does for the app: dates (date pipe, NG-ZORRO's date picker) are formatted in zh.
registerLocaleData(zh);
