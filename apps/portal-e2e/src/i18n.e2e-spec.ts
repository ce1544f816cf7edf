import { browserTest } from './support/browser';
import { baseUrl } from './support/e2e-env';
import { chineseInterfaceText, switchLanguage } from './support/interface-text';
import { signIn } from './support/flows';
import { randomUscc } from './support/test-data';

describe('interface language', () => {
  browserTest('a fresh visit is in 简体中文; the bundle is served once and revalidated by ETag', async ({ page, url }) => {
    const bundles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/i18n/')) bundles.push(new URL(r.url()).pathname);
    });
    await page.goto(url('/'));
    await page.getByRole('heading', { name: '让 AI 应用场景与 AI 企业精准对接' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect((await page.getByTestId('language-switch').innerText()).trim()).toBe('简体中文');
    expect(bundles).toEqual(['/api/i18n/zh-CN']);
    // The probe the English walk relies on does see Chinese interface text when there is some.
    expect((await chineseInterfaceText(page)).length).toBeGreaterThan(10);

    const first = await fetch(`${baseUrl()}/api/i18n/en`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(((await first.json()) as { layout: { nav: { home: string } } }).layout.nav.home).toBe('Home');
    const again = await fetch(`${baseUrl()}/api/i18n/en`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect((await fetch(`${baseUrl()}/api/i18n/fr`)).status).toBe(404);
  });

  browserTest('in English the home, sign-in, registration and error pages have no Chinese interface text', async ({ page, url, pageErrors }) => {
    await page.goto(url('/'));
    await page.getByRole('heading', { name: '让 AI 应用场景与 AI 企业精准对接' }).waitFor();
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Matching AI application scenarios with AI companies' }).waitFor();
    // Figures and domains have loaded (their labels are part of the page).
    await page.getByTestId('public-stat-publishedScenarios').waitFor();
    await page.getByTestId('domain-tag').first().waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
    expect(await page.title()).toBe('Home · SceneMatch Scenario Challenge Platform');

    // The choice holds across a reload, and the first paint is already English.
    await page.reload();
    await page.getByRole('heading', { name: 'Matching AI application scenarios with AI companies' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByTestId('account-login').click();
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('demo-accounts').click();
    expect(await chineseInterfaceText(page)).toEqual([]);
    // A wrong password: the message is English.
    await signIn(page, 'enterprise@demo.scenematch.cn', 'Wrong#password1');
    await page.getByTestId('login-error').getByText('Incorrect email or password').waitFor();
    await page.getByTestId('submit').click();
    // Empty form: field messages in English.
    await page.getByTestId('email').fill('');
    await page.getByTestId('submit').click();
    await page.getByText('Please enter your email address').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.getByRole('tab', { name: 'SMS code' }).click();
    await page.getByTestId('sms-login-form').waitFor();
    await page.getByTestId('sms-phone').fill('12345');
    await page.getByTestId('sms-phone').blur();
    await page.getByText('Please enter a valid mainland China mobile number').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.goto(url('/register'));
    const uscc = randomUscc();
    await page.getByTestId('uscc').fill(uscc.slice(0, 17) + (uscc[17] === '1' ? '2' : '1'));
    await page.getByTestId('uscc').blur();
    await page.getByTestId('password').fill('abc');
    await page.getByTestId('submit').click();
    await page.getByTestId('uscc-error').getByText('The check character (18th) is wrong').waitFor();
    await page.getByText('Password requirements').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
    // The API answers in English too: a taken email.
    await page.getByTestId('email').fill('enterprise@demo.scenematch.cn');
    await page.getByTestId('password').fill('Register#2025x');
    await page.getByTestId('confirm-password').fill('Register#2025x');
    await page.getByTestId('display-name').fill('Alex Test');
    await page.getByTestId('org-name').fill('Test Robotics Ltd');
    await page.getByTestId('uscc').fill(uscc);
    await page.getByTestId('privacy-consent').click();
    await page.getByTestId('submit').click();
    await page.getByText('This email address is already registered').waitFor();

    // The scenario list (moved to the catalogues; data marked data-i18n-skip) is English, never keys.
    await page.goto(url('/scenarios'));
    await page.getByTestId('main-menu').getByText('Scenarios').waitFor();
    await page.getByTestId('scenario-card').first().waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/\b(common|layout|home|auth|scenarios)\.[a-zA-Z]+\.[a-zA-Z]/);

    await page.goto(url('/no-such-page'));
    await page.getByTestId('not-found').getByText('Page not found').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
    expect(pageErrors.filter((e) => !/\b(40[0-9]|409)\b|Failed to load resource/.test(e))).toEqual([]);
  }, 120_000);

  browserTest('the header speaks English for each signed-in role, and switches back to 简体中文', async ({ page, url }) => {
    await page.goto(url('/login'));
    await page.getByTestId('login-form').waitFor();
    await switchLanguage(page, 'en');
    for (const [email, role, entry] of [
      ['enterprise@demo.scenematch.cn', 'AI company', 'Mine'],
      ['agency@demo.scenematch.cn', 'Issuing agency', 'My scenarios'],
      ['expert@demo.scenematch.cn', 'Expert reviewer', 'Reviews'],
    ] as const) {
      await page.goto(url('/login'));
      await signIn(page, email);
      await page.getByTestId('user-name').waitFor();
      await page.goto(url('/'));
      await page.getByTestId('main-menu').getByText(entry).waitFor();
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-role').getByText(role).waitFor();
      const header = await page.evaluate(() => document.querySelector('.shell-header')?.textContent ?? '');
      expect(header).toContain('Sessions');
      expect(await chineseInterfaceText(page)).toEqual([]);
      await page.getByTestId('logout').click();
      await page.getByTestId('account-login').waitFor();
    }
    await switchLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '让 AI 应用场景与 AI 企业精准对接' }).waitFor();
    expect((await page.getByTestId('language-switch').innerText()).trim()).toBe('简体中文');
  }, 120_000);
});
