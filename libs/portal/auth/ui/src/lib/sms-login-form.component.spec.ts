import type { LoginOutcome } from '@scenematch/portal/core/auth/auth.store';
import { tokens } from '@scenematch/portal/testing/fixtures';
import { typeInto, usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import { SmsLoginFormComponent } from './sms-login-form.component';

describe('SmsLoginFormComponent (手机验证码登录)', () => {
  const under = usePortalComponent(SmsLoginFormComponent, { routes: [] });

  beforeEach(async () => {
    await under.fixture.whenStable();
  });

  afterEach(() => jest.useRealTimers());

  const type = (testId: string, value: string) =>
    typeInto(under.fixture, testId, value);

  const getCode = () =>
    under.element.querySelector<HTMLButtonElement>(
      '[data-testid="sms-get-code"]',
    ) as HTMLButtonElement;

  it('refuses a number that is not a mainland mobile without asking the server', async () => {
    await type('sms-phone', '12812345678');
    getCode().click();
    await under.fixture.whenStable();
    under.httpMock.expectNone('/api/auth/sms/send');
    expect(under.element.textContent).toContain('请输入有效的中国大陆手机号');
  });

  it('sends the normalised number, then counts down 60 s before another code', async () => {
    await type('sms-phone', '+86 138-0013-8000');
    getCode().click();
    const request = under.httpMock.expectOne('/api/auth/sms/send');
    expect(request.request.body).toEqual({ phone: '13800138000' });
    // Fake timers from here: the countdown's interval starts once the answer arrives.
    jest.useFakeTimers();
    request.flush({
      accepted: true,
      phone: '138****8000',
      resendAfter: 60,
      expiresIn: 300,
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    under.fixture.detectChanges();
    expect(getCode().disabled).toBe(true);
    expect(getCode().textContent).toContain('60 秒后重发');
    expect(under.element.textContent).toContain('138****8000');
    jest.advanceTimersByTime(59_000);
    under.fixture.detectChanges();
    expect(getCode().textContent).toContain('1 秒后重发');
    jest.advanceTimersByTime(1_000);
    under.fixture.detectChanges();
    expect(getCode().disabled).toBe(false);
    expect(getCode().textContent).toContain('获取验证码');
  });

  it('shows a wrong code on the code field, and hands a sign-in to the login page', async () => {
    const outcomes: LoginOutcome[] = [];
    under.fixture.componentInstance.outcome.subscribe((o) => outcomes.push(o));
    await type('sms-phone', '13800138000');
    await type('sms-code', '123456');
    under.element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const wrong = under.httpMock.expectOne('/api/auth/sms/login');
    expect(wrong.request.body).toEqual({
      phone: '13800138000',
      code: '123456',
    });
    wrong.flush(
      {
        statusCode: 401,
        message: '验证码不正确或已失效，请重新获取',
        errors: [
          { field: 'code', message: '验证码不正确或已失效，请重新获取' },
        ],
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await under.fixture.whenStable();
    expect(
      under.element
        .querySelector('[data-testid="sms-code"]')
        ?.closest('nz-form-item')?.textContent,
    ).toContain('验证码不正确或已失效');
    expect(outcomes).toHaveLength(0);

    await type('sms-code', '654321');
    under.element.querySelector('form')?.dispatchEvent(new Event('submit'));
    under.httpMock
      .expectOne('/api/auth/sms/login')
      .flush(tokens('access-1', 'refresh-1'));
    await under.fixture.whenStable();
    expect(outcomes).toEqual([expect.objectContaining({ kind: 'signedIn' })]);
  });
});
