import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { translator } from '@scenematch/portal/testing/transloco';
import {
  loginErrorMessage as loginError,
  mfaErrorMessage as mfaError,
} from './auth-errors';

const zhT = translator('zh-CN');
const loginErrorMessage = (e: Parameters<typeof loginError>[1]) => loginError(zhT, e);
const mfaErrorMessage = (e: Parameters<typeof mfaError>[1], recovery: boolean) => mfaError(zhT, e, recovery);

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

describe('in English', () => {
  it('words the same cases from the English catalogue and recognises the English timeout', () => {
    const enT = translator('en');
    expect(loginError(enT, { statusCode: 429, message: 'x', retryAfter: 42 })).toBe(
      'Too many attempts; try again in 42 seconds',
    );
    expect(
      mfaError(enT, { statusCode: 401, message: 'Verification timed out, please sign in again' }, false),
    ).toBe('Verification timed out; please sign in with your password again');
  });
});

describe('mfaErrorMessage', () => {
  it('tells a wrong or spent code from a lapsed challenge and keeps the lockout message', () => {
    const wrong = { statusCode: 401, message: '验证码不正确或已使用' };
    expect(mfaErrorMessage(wrong, false)).toBe(
      '验证码不正确或已使用，请输入新的验证码',
    );
    expect(mfaErrorMessage(wrong, true)).toBe('恢复码不正确或已使用');
    expect(
      mfaErrorMessage(
        { statusCode: 401, message: '验证已超时，请重新登录' },
        false,
      ),
    ).toBe('验证已超时，请重新输入密码登录');
    const lockedUntil = new Date(2025, 10, 25, 14, 30).toISOString();
    expect(
      mfaErrorMessage({ statusCode: 423, message: 'x', lockedUntil }, false),
    ).toBe('账号已锁定，请于 2025-11-25 14:30 后重试');
  });
});
