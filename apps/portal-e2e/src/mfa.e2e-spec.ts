import { randomBytes } from 'node:crypto';
import { buildUscc } from '@scenematch/contracts';
import { Secret, TOTP } from 'otpauth';
import { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import { baseUrl, DEMO_PASSWORD } from './support/e2e-env';
import { ExtraApi, startExtraApi } from './support/extra-api';
import { headerUserName, pathOf, signIn, signOut } from './support/flows';

/** The code an authenticator app shows `steps` periods (30 s) from now. */
function totpCode(secret: string, steps = 0): string {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByTestId('mfa-code').fill(code);
  await page.getByTestId('mfa-submit').click();
}

/**
 * Production settings (NODE_ENV=production, own JWT secrets, no MFA_REQUIRED given: the second
 * factor is mandatory for staff by default) on an API of its own; demo data seeded on request.
 */
describe('second factor in production mode', () => {
  let api: ExtraApi;
  beforeAll(async () => {
    api = await startExtraApi({
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      JWT_ACCESS_SECRET: randomBytes(36).toString('base64url'),
      JWT_REFRESH_SECRET: randomBytes(36).toString('base64url'),
      SEALING_MASTER_KEY: randomBytes(32).toString('base64'),
    });
  }, 90_000);
  afterAll(() => api?.stop());

  browserTest(
    'an organiser without a second factor sets it up first, then signs in with a TOTP code or a recovery code',
    async ({ page }) => {
      await page.goto(api.url('/login'));
      await signIn(page, 'organiser@demo.scenematch.cn');

      // Led to the set-up before anything else: not signed in yet, no other page.
      await page.waitForURL('**/mfa-setup**');
      await page.getByTestId('mfa-qr').waitFor();
      expect(await page.getByTestId('mfa-qr').getAttribute('src')).toMatch(
        /^data:image\/png;base64,/,
      );
      expect(await headerUserName(page).count()).toBe(0);
      const secret = (await page.getByTestId('mfa-secret').innerText()).trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);

      await page.getByTestId('mfa-setup-code').fill('000000');
      await page.getByTestId('mfa-enable').click();
      // A wrong code (000000 is right once in a million) is refused in Chinese, and the user can try again.
      const error = page.getByTestId('mfa-setup-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('验证码不正确');

      const enableCode = totpCode(secret);
      await page.getByTestId('mfa-setup-code').fill(enableCode);
      await page.getByTestId('mfa-enable').click();
      const codes = page.getByTestId('recovery-code');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      const recoveryCode = (await codes.nth(3).innerText()).trim();
      expect(recoveryCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
      await page.getByTestId('recovery-saved').click();
      await page.waitForURL('**/admin/scenarios');
      await headerUserName(page).waitFor();

      // 账号安全 from the user menu: on, and mandatory.
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-security').click();
      await page.waitForURL('**/me/security');
      // The user menu closes (animated) before it can be opened again to sign out.
      await page.getByTestId('user-security').waitFor({ state: 'hidden' });
      expect((await page.getByTestId('mfa-state').innerText()).trim()).toBe(
        '已启用',
      );
      await page.getByText('您的账号必须使用双因素认证，不能关闭').waitFor();

      await signOut(page);
      await page.goto(api.url('/login'));
      await signIn(page, 'organiser@demo.scenematch.cn');
      await page.getByTestId('mfa-code').waitFor();
      expect(await headerUserName(page).count()).toBe(0);
      // The code that enabled the factor is spent: refused as a replay.
      await enterCode(page, enableCode);
      const refused = page.getByTestId('login-error');
      await refused.waitFor();
      expect(await refused.innerText()).toContain('验证码不正确或已使用');
      // The next period's code (within the ±1 window) is accepted.
      await enterCode(page, totpCode(secret, 1));
      await page.waitForURL('**/admin/scenarios');
      await headerUserName(page).waitFor();

      // Without the phone: one recovery code.
      await signOut(page);
      await page.goto(api.url('/login'));
      await signIn(page, 'organiser@demo.scenematch.cn');
      await page.getByTestId('use-recovery-code').click();
      await page
        .getByTestId('mfa-recovery-code')
        .fill(recoveryCode.toLowerCase());
      await page.getByTestId('mfa-submit').click();
      await page.waitForURL('**/admin/scenarios');
      await headerUserName(page).waitFor();
    },
    120_000,
  );

  browserTest(
    'an enterprise user still signs in with a password alone',
    async ({ page }) => {
      await page.goto(api.url('/login'));
      await signIn(page, 'enterprise@demo.scenematch.cn', DEMO_PASSWORD);
      await page.waitForURL('**/me/recommendations');
      await headerUserName(page).waitFor();
    },
  );
});

describe('账号安全 with the default settings', () => {
  browserTest(
    'a user changes the password from the user menu, is signed out everywhere and signs in with the new one',
    async ({ page, url }) => {
      const suffix = randomBytes(3).toString('hex');
      const email = `pw.${suffix}@example.cn`;
      let uscc: string | null = null;
      while (!uscc)
        uscc = buildUscc(
          '91',
          '440305',
          randomBytes(4).toString('hex').toUpperCase(),
        );
      const registered = await fetch(`${baseUrl()}/api/auth/register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email,
          password: 'Str0ng#Passw0rd',
          displayName: '改密测试',
          organisation: {
            type: 'enterprise',
            name: `改密测试公司${suffix}`,
            uscc,
          },
        }),
      });
      expect(registered.status).toBe(201);

      await page.goto(url('/login'));
      await signIn(page, email, 'Str0ng#Passw0rd');
      await page.waitForURL('**/me/recommendations');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-security').click();
      await page.waitForURL('**/me/security');
      expect((await page.getByTestId('mfa-state').innerText()).trim()).toBe(
        '未启用',
      );

      await page.getByTestId('current-password').fill('Str0ng#Passw0rd');
      await page.getByTestId('new-password').fill('Str0ng#Passw0rd');
      await page.getByTestId('confirm-password').fill('Str0ng#Passw0rd');
      await page.getByTestId('change-password').click();
      await page.getByText('新密码不能与最近 5 次使用过的密码相同').waitFor();

      await page.getByTestId('new-password').fill('An0ther#Secret');
      await page.getByTestId('confirm-password').fill('An0ther#Secret');
      await page.getByTestId('change-password').click();
      await page.waitForURL('**/login?reason=password-changed');
      expect(await page.getByTestId('login-notice').innerText()).toContain(
        '密码已修改',
      );
      expect(await headerUserName(page).count()).toBe(0);

      await signIn(page, email, 'Str0ng#Passw0rd');
      await page.getByTestId('login-error').waitFor();
      await signIn(page, email, 'An0ther#Secret');
      await page.waitForURL('**/me/recommendations');
      expect(pathOf(page)).toBe('/me/recommendations');
    },
  );
});
