import { randomBytes } from 'node:crypto';
import { buildUscc } from '@scenematch/contracts';
import { browserTest } from './support/browser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, readState } from './support/e2e-env';
import { headerUserName, pathOf, signIn } from './support/flows';

describe('signing in and access control', () => {
  browserTest(
    'the organiser signs in with a demo account and sees the 管理后台 menu',
    async ({ page, url }) => {
      await page.goto(url('/login'));
      await page.getByText('演示账号').click();
      await page.getByTestId('demo-organiser@demo.scenematch.cn').click();
      expect(await page.getByTestId('email').inputValue()).toBe(
        'organiser@demo.scenematch.cn',
      );
      await page.getByTestId('submit').click();

      await page.waitForURL('**/admin/scenarios');
      const admin = page.getByTestId('nav-admin');
      await admin.waitFor();
      expect(await admin.innerText()).toContain('管理后台');

      await admin.hover();
      await page.getByRole('link', { name: '审计日志' }).click();
      await page.waitForURL('**/admin/audit');
      await page.getByText('校验完整性').waitFor();
      await page.getByTestId('user-menu').click();
      expect((await page.getByTestId('user-role').innerText()).trim()).toBe(
        '服务中心',
      );
    },
  );

  browserTest(
    'the demo company user signs in with the mobile number and the SMS code (read from the SMS sink)',
    async ({ page, url }) => {
      const smsDir = readState().smsDir;
      const codesTo = (phone: string): string[] =>
        existsSync(smsDir)
          ? readdirSync(smsDir)
              .filter((f) => f.endsWith('.json'))
              .sort()
              .map((f) => JSON.parse(readFileSync(join(smsDir, f), 'utf8')) as { phoneNumbers: string; templateParam: { code: string } })
              .filter((m) => m.phoneNumbers === `+86${phone}`)
              .map((m) => m.templateParam.code)
          : [];
      const before = codesTo('13800138000').length;

      await page.goto(url('/login'));
      await page.getByRole('tab', { name: '手机验证码登录' }).click();
      // A number that is not a mainland mobile: a field error, no request.
      await page.getByTestId('sms-phone').fill('12345');
      await page.getByTestId('sms-get-code').click();
      await page.getByText('请输入有效的中国大陆手机号').waitFor();

      await page.getByTestId('sms-phone').fill('138 0013 8000');
      await page.getByTestId('sms-get-code').click();
      const sent = page.getByTestId('sms-sent');
      await sent.waitFor();
      expect(await sent.innerText()).toContain('138****8000');
      // The button counts down before another code may be asked for.
      expect(await page.getByTestId('sms-get-code').innerText()).toMatch(/\d+ 秒后重发/);
      expect(await page.getByTestId('sms-get-code').isDisabled()).toBe(true);

      let code: string | undefined;
      for (let i = 0; i < 50 && !code; i++) {
        code = codesTo('13800138000')[before];
        if (!code) await page.waitForTimeout(100);
      }
      expect(code).toMatch(/^\d{6}$/);
      // A wrong code is a field error on the code.
      await page.getByTestId('sms-code').fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
      await page.getByTestId('sms-submit').click();
      await page.getByText('验证码不正确或已失效').waitFor();

      await page.getByTestId('sms-code').fill(code as string);
      await page.getByTestId('sms-submit').click();
      await page.waitForURL('**/me/recommendations');
      await headerUserName(page).waitFor();
      expect(await headerUserName(page).innerText()).toContain('陈晨');
    },
  );

  browserTest(
    'an enterprise user opening an admin page gets 403',
    async ({ page, url }) => {
      await page.goto(url('/login'));
      await signIn(page, 'enterprise@demo.scenematch.cn');
      await page.waitForURL('**/me/recommendations');
      expect(await page.getByTestId('main-menu').innerText()).not.toContain(
        '管理后台',
      );

      // A full page load: the session is restored from the refresh token before the guard decides.
      await page.goto(url('/admin/stats'));
      await page.waitForURL('**/403');
      await page.getByText('无权访问').first().waitFor();
      await headerUserName(page).waitFor();
    },
  );

  browserTest(
    'an anonymous visitor of 我的申报 signs in and comes back to it',
    async ({ page, url }) => {
      await page.goto(url('/me/applications'));
      await page.waitForURL('**/login?returnUrl=**');
      expect(pathOf(page)).toBe('/login?returnUrl=%2Fme%2Fapplications');

      await signIn(page, 'enterprise@demo.scenematch.cn');
      await page.waitForURL('**/me/applications');
      await page.getByTestId('my-applications').waitFor();
      await headerUserName(page).waitFor();
    },
  );

  browserTest(
    'a wrong password is answered in Chinese and nobody is signed in',
    async ({ page, url }) => {
      await page.goto(url('/login'));
      await signIn(page, 'expert@demo.scenematch.cn', 'Wrong#Password1');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('邮箱或密码不正确');
      expect(pathOf(page)).toBe('/login');
      expect(await headerUserName(page).count()).toBe(0);
    },
  );

  browserTest(
    'repeated wrong passwords lock the account with a Chinese message',
    async ({ page, url }) => {
      const suffix = randomBytes(3).toString('hex');
      const email = `lock.${suffix}@example.cn`;
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
          displayName: '锁定测试',
          organisation: {
            type: 'enterprise',
            name: `锁定测试公司${suffix}`,
            uscc,
          },
          privacyConsent: true,
        }),
      });
      expect(registered.status).toBe(201);

      await page.goto(url('/login'));
      // Wait for each answer before the next attempt: the fifth wrong password locks (423).
      let status = 0;
      for (let attempt = 1; attempt <= 6 && status !== 423; attempt++) {
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
          signIn(page, email, `Wrong#Password${attempt}`),
        ]);
        status = response.status();
      }
      expect(status).toBe(423);
      const error = page
        .getByTestId('login-error')
        .filter({ hasText: '账号已锁定' });
      await error.waitFor();
      const message = await error.innerText();
      expect(message).toMatch(
        /账号已锁定，请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后重试/,
      );
    },
  );

  browserTest(
    'signing out ends the session, also after a reload',
    async ({ page, url }) => {
      await page.goto(url('/login'));
      await signIn(page, 'agency@demo.scenematch.cn');
      await page.waitForURL('**/agency/scenarios');
      await headerUserName(page).waitFor();

      // The session survives a reload (refresh token in localStorage, access token in memory).
      await page.reload();
      await headerUserName(page).waitFor();
      const refreshToken = await page.evaluate(() =>
        localStorage.getItem('sm.refresh'),
      );
      expect(refreshToken).toBeTruthy();

      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.waitForURL(url('/'));
      await page.getByTestId('account-login').waitFor();
      expect(
        await page.evaluate(() => localStorage.getItem('sm.refresh')),
      ).toBeNull();

      await page.reload();
      await page.getByTestId('account-login').waitFor();
      expect(await headerUserName(page).count()).toBe(0);

      // The server revoked the token too: it cannot be used to get back in.
      const reuse = await fetch(`${baseUrl()}/api/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      expect(reuse.status).toBe(401);

      await page.goto(url('/agency/scenarios'));
      await page.waitForURL('**/login?returnUrl=%2Fagency%2Fscenarios');
    },
  );
});
