import { randomBytes } from 'node:crypto';
import { browserTest } from './support/browser';
import { headerUserName, pathOf } from './support/flows';
import { randomUscc } from './support/test-data';

describe('registration', () => {
  browserTest(
    'a new enterprise fixes a wrong USCC and lands signed in',
    async ({ page, url }) => {
      const suffix = randomBytes(3).toString('hex');
      const uscc = randomUscc();
      const wrongCheck = uscc.slice(0, 17) + (uscc[17] === '1' ? '2' : '1');
      let registerCalls = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/api/auth/register')) registerCalls++;
      });

      await page.goto(url('/register'));
      await page.getByTestId('email').fill(`zhao.${suffix}@example.cn`);
      await page.getByTestId('password').fill('Str0ng#Passw0rd');
      await page.getByTestId('confirm-password').fill('Str0ng#Passw0rd');
      await page.getByTestId('display-name').fill('赵云飞');
      await page.getByTestId('org-type-enterprise').click();
      await page
        .getByTestId('org-name')
        .fill(`深圳云飞智能科技有限公司${suffix}`);
      await page.getByTestId('uscc').fill(wrongCheck);

      // Checked while typing, before anything is sent.
      const usccError = page.getByTestId('uscc-error');
      await usccError.waitFor();
      expect((await usccError.innerText()).trim()).toBe(
        '统一社会信用代码校验位（第18位）不正确',
      );
      await page.getByTestId('submit').click();
      expect(pathOf(page)).toBe('/register');
      expect(registerCalls).toBe(0);

      await page.getByTestId('uscc').fill(uscc);
      await usccError.waitFor({ state: 'detached' });
      await page.getByTestId('submit').click();
      // Without consent to the privacy notice nothing is sent.
      await page.getByText('请阅读并同意《隐私政策》').waitFor();
      expect(registerCalls).toBe(0);
      await page.getByTestId('privacy-consent').click();
      await page.getByTestId('submit').click();

      await page.waitForURL('**/me/recommendations');
      await headerUserName(page).waitFor();
      expect(await headerUserName(page).innerText()).toBe('赵云飞');
      expect(registerCalls).toBe(1);

      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-org').waitFor();
      expect(await page.getByTestId('user-org').innerText()).toBe(
        `深圳云飞智能科技有限公司${suffix}`,
      );
      expect((await page.getByTestId('user-role').innerText()).trim()).toBe(
        'AI企业',
      );
    },
  );

  browserTest(
    'a taken email is reported on the email field',
    async ({ page, url }) => {
      await page.goto(url('/register'));
      await page.getByTestId('email').fill('enterprise@demo.scenematch.cn');
      await page.getByTestId('password').fill('Str0ng#Passw0rd');
      await page.getByTestId('confirm-password').fill('Str0ng#Passw0rd');
      await page.getByTestId('display-name').fill('重复注册');
      await page
        .getByTestId('org-name')
        .fill(`重复注册测试公司${randomBytes(3).toString('hex')}`);
      await page.getByTestId('uscc').fill(randomUscc());
      await page.getByTestId('privacy-consent').click();
      await page.getByTestId('submit').click();
      await page
        .locator('nz-form-item')
        .filter({ has: page.getByTestId('email') })
        .getByText('该邮箱已注册')
        .waitFor();
      expect(pathOf(page)).toBe('/register');
    },
  );
});
