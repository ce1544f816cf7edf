import {
  settle,
  typeInto,
  usePortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  const under = usePortalComponent(LoginPage, { interceptor: false });

  beforeEach(async () => {
    await under.fixture.whenStable();
    under.httpMock.match('/api/auth/sso/config').forEach((r) => r.flush(null));
  });

  const type = (testId: string, value: string) =>
    typeInto(under.fixture, testId, value);

  async function submit(): Promise<void> {
    under.element
      .querySelector<HTMLFormElement>('[data-testid="login-form"]')
      ?.dispatchEvent(new Event('submit'));
    await under.fixture.whenStable();
  }

  it.each(['li.na', 'li.na@', 'li na@example.cn'])(
    'says that the address %s is not valid, and does not send it',
    async (email) => {
      await type('email', email);
      await type('password', 'secret');
      await submit();
      under.httpMock.expectNone('/api/auth/login');
      expect(under.element.textContent).toContain('邮箱格式不正确');
      expect(under.element.textContent).not.toContain('请填写邮箱');
    },
  );

  it('asks for an address when there is none', async () => {
    await type('password', 'secret');
    await submit();
    under.httpMock.expectNone('/api/auth/login');
    expect(under.element.textContent).toContain('请填写邮箱');
  });

  it('asks for the second factor, and a lapsed challenge goes back to the password with its message', async () => {
    await type('email', 'li.na@example.cn');
    await type('password', 'secret');
    await submit();
    under.httpMock
      .expectOne('/api/auth/login')
      .flush({ mfaRequired: true, challengeToken: 'challenge-1' });
    await settle();
    await under.fixture.whenStable();
    expect(
      under.element.querySelector('[data-testid="mfa-form"]'),
    ).not.toBeNull();

    await type('mfa-code', '123456');
    under.element
      .querySelector<HTMLFormElement>('[data-testid="mfa-form"]')
      ?.dispatchEvent(new Event('submit'));
    await under.fixture.whenStable();
    const verify = under.httpMock.expectOne('/api/auth/mfa/verify');
    expect(verify.request.body).toEqual({
      challengeToken: 'challenge-1',
      code: '123456',
    });
    verify.flush(
      { statusCode: 401, message: '验证已超时，请重新登录' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await under.fixture.whenStable();

    expect(under.element.querySelector('[data-testid="mfa-form"]')).toBeNull();
    expect(
      under.element.querySelector('[data-testid="login-form"]'),
    ).not.toBeNull();
    expect(
      under.element.querySelector('[data-testid="login-error"]')?.textContent,
    ).toContain('验证已超时');
  });
});
