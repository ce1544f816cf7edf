import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import {
  settle,
  startPortalComponent,
  typeInto,
} from '../../../testing/portal-harness';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, element, httpMock } = startPortalComponent(LoginPage, {
      interceptor: false,
    }));
    await fixture.whenStable();
    httpMock.match('/api/auth/sso/config').forEach((r) => r.flush(null));
  });

  afterEach(() => httpMock.verify());

  const type = (testId: string, value: string) =>
    typeInto(fixture, testId, value);

  async function submit(): Promise<void> {
    element
      .querySelector<HTMLFormElement>('[data-testid="login-form"]')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it.each(['li.na', 'li.na@', 'li na@example.cn'])(
    'says that the address %s is not valid, and does not send it',
    async (email) => {
      await type('email', email);
      await type('password', 'secret');
      await submit();
      httpMock.expectNone('/api/auth/login');
      expect(element.textContent).toContain('邮箱格式不正确');
      expect(element.textContent).not.toContain('请填写邮箱');
    },
  );

  it('asks for an address when there is none', async () => {
    await type('password', 'secret');
    await submit();
    httpMock.expectNone('/api/auth/login');
    expect(element.textContent).toContain('请填写邮箱');
  });

  it('asks for the second factor, and a lapsed challenge goes back to the password with its message', async () => {
    await type('email', 'li.na@example.cn');
    await type('password', 'secret');
    await submit();
    httpMock
      .expectOne('/api/auth/login')
      .flush({ mfaRequired: true, challengeToken: 'challenge-1' });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="mfa-form"]')).not.toBeNull();

    await type('mfa-code', '123456');
    element
      .querySelector<HTMLFormElement>('[data-testid="mfa-form"]')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const verify = httpMock.expectOne('/api/auth/mfa/verify');
    expect(verify.request.body).toEqual({
      challengeToken: 'challenge-1',
      code: '123456',
    });
    verify.flush(
      { statusCode: 401, message: '验证已超时，请重新登录' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="mfa-form"]')).toBeNull();
    expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
    expect(
      element.querySelector('[data-testid="login-error"]')?.textContent,
    ).toContain('验证已超时');
  });
});
