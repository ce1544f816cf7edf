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

// The first test of a file pays for compiling (JIT) the NG-ZORRO components its page uses: seconds
// on a busy machine, where jest's default of 5 s per test is too tight. (Set here rather than in
// jest.config.cts: `npm test` runs all unit projects at once, where a project's testTimeout is not used.)
jest.setTimeout(30_000);
