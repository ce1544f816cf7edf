import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { buildUscc, USCC_PROBLEM_MESSAGES } from '@scenematch/contracts';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { tokens, userView } from '@scenematch/portal/testing/fixtures';
import {
  settle,
  typeInto,
  usePortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { RegisterPage } from './register.page';

function validUscc(): string {
  const code =
    buildUscc('91', '440300', 'MA5G7K2P') ??
    buildUscc('91', '440300', 'MA5G7K2Q');
  if (!code) throw new Error('test fixture: no valid USCC');
  return code;
}
const VALID_USCC = validUscc();
const WRONG_CHECK_USCC =
  VALID_USCC.slice(0, 17) + (VALID_USCC[17] === '1' ? '2' : '1');

describe('RegisterPage', () => {
  const under = usePortalComponent(RegisterPage);

  beforeEach(async () => {
    await under.fixture.whenStable();
  });

  const type = (testId: string, value: string) =>
    typeInto(under.fixture, testId, value);

  async function fillValidForm(): Promise<void> {
    await type('email', 'Li.Na@Example.cn');
    await type('password', 'Str0ng#Passw0rd');
    await type('confirm-password', 'Str0ng#Passw0rd');
    await type('display-name', '李娜');
    await type('org-name', '深圳示例智能科技有限公司');
    await type('uscc', VALID_USCC.toLowerCase());
    await check('privacy-consent');
  }

  async function check(testId: string): Promise<void> {
    const box = under.element.querySelector<HTMLInputElement>(
      `[data-testid="${testId}"] input[type="checkbox"]`,
    );
    if (!box) throw new Error(`no checkbox ${testId}`);
    box.click();
    await under.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    under.element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await under.fixture.whenStable();
  }

  const usccControl = () =>
    under.fixture.componentInstance.form.controls.organisation.controls.uscc;

  it('checks the USCC check character as the user types and shows the Chinese message', async () => {
    await type('uscc', WRONG_CHECK_USCC);
    // The validator reports the code; the field words it from the catalogue.
    expect(usccControl().errors).toEqual({ uscc: 'checkCharacter' });
    expect(under.element.textContent).toContain(
      '统一社会信用代码校验位（第18位）不正确',
    );

    await type('uscc', '91350100M000100YI3');
    expect(under.element.textContent).toContain(USCC_PROBLEM_MESSAGES.charset);

    await type('uscc', VALID_USCC);
    expect(usccControl().valid).toBe(true);
    expect(under.element.textContent).not.toContain('统一社会信用代码校验位');
  });

  it('shows the password rules and refuses a password containing the email name', async () => {
    await type('email', 'zhangsan@corp.cn');
    await type('password', 'Zhangsan#2025');
    expect(
      under.fixture.componentInstance.form.controls.password.errors?.[
        'passwordPolicy'
      ],
    ).toContain('密码不能包含邮箱用户名');
    expect(
      under.element.querySelector('[data-testid="password-rules"]')
        ?.textContent,
    ).toContain('密码至少 8 位');
  });

  it('does not register without consent to the privacy notice, which it links to', async () => {
    await fillValidForm();
    await check('privacy-consent'); // unticked again
    await submit();
    under.httpMock.expectNone('/api/auth/register');
    expect(under.element.textContent).toContain('请阅读并同意《隐私政策》');
    expect(
      under.element
        .querySelector('[data-testid="privacy-link"]')
        ?.getAttribute('href'),
    ).toBe('/privacy');
  });

  it('does not send an invalid form', async () => {
    await type('uscc', WRONG_CHECK_USCC);
    await submit();
    under.httpMock.expectNone('/api/auth/register');
    expect(under.element.textContent).toContain('请填写邮箱');
  });

  it('puts the server field errors on the right controls, and an edit clears them', async () => {
    await fillValidForm();
    await submit();

    const request = under.httpMock.expectOne('/api/auth/register');
    expect(request.request.body).toEqual({
      email: 'li.na@example.cn',
      password: 'Str0ng#Passw0rd',
      displayName: '李娜',
      organisation: {
        type: 'enterprise',
        name: '深圳示例智能科技有限公司',
        uscc: VALID_USCC,
      },
      privacyConsent: true,
    });
    request.flush(
      {
        statusCode: 409,
        message: '该统一社会信用代码已注册',
        errors: [
          { field: 'organisation.uscc', message: '该统一社会信用代码已注册' },
          { field: 'displayName', message: '姓名应为 1–50 个字符' },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    await under.fixture.whenStable();

    expect(usccControl().errors).toEqual({
      server: '该统一社会信用代码已注册',
    });
    expect(
      under.fixture.componentInstance.form.controls.displayName.errors,
    ).toEqual({
      server: '姓名应为 1–50 个字符',
    });
    expect(
      under.fixture.componentInstance.form.controls.email.errors,
    ).toBeNull();
    expect(under.element.textContent).toContain('该统一社会信用代码已注册');
    expect(under.element.textContent).toContain('姓名应为 1–50 个字符');

    await type('uscc', VALID_USCC);
    expect(usccControl().errors).toBeNull();
  });

  it('shows a duplicate email (409) on the email control', async () => {
    await fillValidForm();
    await submit();
    under.httpMock.expectOne('/api/auth/register').flush(
      {
        statusCode: 409,
        message: '该邮箱已注册',
        errors: [{ field: 'email', message: '该邮箱已注册' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    await under.fixture.whenStable();
    expect(under.fixture.componentInstance.form.controls.email.errors).toEqual({
      server: '该邮箱已注册',
    });
    expect(under.element.textContent).toContain('该邮箱已注册');
  });

  it('signs the new user in and goes to the role home', async () => {
    const router = TestBed.inject(Router);
    await fillValidForm();
    await submit();
    under.httpMock
      .expectOne('/api/auth/register')
      .flush(
        tokens(
          'access-1',
          'refresh-1',
          userView('enterprise', { displayName: '李娜' }),
        ),
      );
    await settle();
    await under.fixture.whenStable();
    expect(TestBed.inject(AuthStore).user()?.displayName).toBe('李娜');
    expect(localStorage.getItem('sm.refresh')).toBe('refresh-1');
    expect(router.url).toBe('/me/recommendations');
  });
});
