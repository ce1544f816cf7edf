import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { loginErrorMessage } from './auth-errors';

registerLocaleData(zh);

describe('loginErrorMessage', () => {
  it('words wrong credentials, a locked account and rate limiting in Chinese', () => {
    expect(
      loginErrorMessage({ statusCode: 401, message: '邮箱或密码错误' }),
    ).toBe('邮箱或密码不正确');
    const lockedUntil = new Date(2025, 10, 25, 14, 30).toISOString();
    expect(
      loginErrorMessage({ statusCode: 423, message: 'x', lockedUntil }),
    ).toBe('账号已锁定，请于 2025-11-25 14:30 后重试');
    expect(
      loginErrorMessage({ statusCode: 429, message: 'x', retryAfter: 42 }),
    ).toBe('尝试过于频繁，请 42 秒后再试');
  });

  it('falls back to the server message otherwise', () => {
    expect(
      loginErrorMessage({ statusCode: 400, message: '邮箱格式不正确' }),
    ).toBe('邮箱格式不正确');
  });
});
