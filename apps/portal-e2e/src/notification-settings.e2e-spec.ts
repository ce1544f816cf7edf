import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall } from './support/api';
import { browserTest } from './support/browser';
import { DEMO_PASSWORD as PASSWORD } from './support/e2e-env';
import { signIn } from './support/flows';
import { randomUscc } from './support/test-data';

interface Settings {
  categories: Array<{ category: string; email: boolean }>;
  digest: boolean | null;
}

/** Whether an NG-ZORRO switch (by test id) is on. */
async function isOn(page: Page, testId: string): Promise<boolean> {
  return (
    (await page
      .getByTestId(testId)
      .locator('button.ant-switch-checked')
      .count()) === 1
  );
}

/**
 * Opens the user menu and follows one of its items. On a loaded machine a click can reach the item
 * while the dropdown is still opening and go nowhere; the menu is then opened again (at most three
 * times), so the test checks that the item leads there, not how fast the animation is.
 */
async function chooseFromUserMenu(page: Page, item: string, path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId(item).click();
    try {
      await page.waitForURL(path, { timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
      await page.getByTestId(item).waitFor({ state: 'hidden' });
    }
  }
}

describe('notification settings (通知设置)', () => {
  browserTest(
    'a company switches off match mails and the weekly digest; both stay off after a reload',
    async ({ page, url, pageErrors }) => {
      const email = `e2e-notify-${randomBytes(4).toString('hex')}@example.cn`;
      const { accessToken } = await apiCall<{ accessToken: string }>(
        '/auth/register',
        {
          method: 'POST',
          body: {
            email,
            password: PASSWORD,
            displayName: '通知测试',
            organisation: {
              type: 'enterprise',
              name: `通知设置测试科技${randomBytes(2).toString('hex')}`,
              uscc: randomUscc(),
            },
            privacyConsent: true,
          },
        },
      );

      await page.goto(url('/login?returnUrl=%2Fme%2Fnotifications'));
      await signIn(page, email, PASSWORD);
      await page.waitForURL('**/me/notifications');
      // Reached from the inbox, as a user would.
      await page.getByTestId('notifications-settings-link').click();
      await page.waitForURL('**/me/notifications/settings');
      await page.getByTestId('notification-settings').waitFor();
      expect(await page.getByText(`邮件将发送至 ${email}`).count()).toBe(1);
      expect(await isOn(page, 'email-match')).toBe(true);
      expect(await isOn(page, 'email-application')).toBe(true);
      expect(await isOn(page, 'digest-switch')).toBe(true);

      await page.getByTestId('email-match').click();
      await page.getByText('已保存').first().waitFor();
      await page.getByTestId('digest-switch').click();
      await page.waitForFunction(
        () => document.querySelectorAll('.ant-message-notice').length >= 1,
      );
      // Saved on the server, not just on screen.
      let stored: Settings | undefined;
      for (let i = 0; i < 20; i++) {
        stored = await apiCall<Settings>('/me/notification-settings', {
          token: accessToken,
        });
        if (stored.digest === false) break;
        await page.waitForTimeout(100);
      }
      expect(stored?.digest).toBe(false);
      expect(
        stored?.categories.find((c) => c.category === 'match')?.email,
      ).toBe(false);

      await page.reload();
      await page.getByTestId('notification-settings').waitFor();
      expect(await isOn(page, 'email-match')).toBe(false);
      expect(await isOn(page, 'digest-switch')).toBe(false);
      expect(await isOn(page, 'email-application')).toBe(true);

      // Switched back on from the page.
      await page.getByTestId('email-match').click();
      await page
        .getByTestId('email-match')
        .locator('button.ant-switch-checked')
        .waitFor();
      await page.reload();
      await page.getByTestId('notification-settings').waitFor();
      expect(await isOn(page, 'email-match')).toBe(true);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'every role reaches its inbox and its settings from the user menu',
    async ({ page, url, pageErrors }) => {
      // Only companies have the weekly digest.
      const roles: Array<[string, boolean]> = [
        ['enterprise@demo.scenematch.cn', true],
        ['agency@demo.scenematch.cn', false],
        ['expert@demo.scenematch.cn', false],
        ['organiser@demo.scenematch.cn', false],
        ['admin@demo.scenematch.cn', false],
      ];
      for (const [email, hasDigest] of roles) {
        await page.goto(url('/login'));
        await signIn(page, email);
        // The role's landing page first: the sign-in's own redirect must not overtake ours.
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        await page.getByTestId('user-menu').waitFor();
        await chooseFromUserMenu(page, 'user-menu-notifications', '**/me/notifications');
        await page.getByRole('heading', { name: '我的通知' }).waitFor();
        // The menu closes after a choice; open it again once it has.
        await page
          .getByTestId('user-menu-notifications')
          .waitFor({ state: 'hidden' });
        await chooseFromUserMenu(page, 'user-menu-notification-settings', '**/me/notifications/settings');
        await page.getByTestId('notification-settings').waitFor();
        expect(await page.getByTestId('digest-switch').count()).toBe(
          hasDigest ? 1 : 0,
        );
        await page
          .getByTestId('user-menu-notification-settings')
          .waitFor({ state: 'hidden' });
        await page.getByTestId('user-menu').click();
        await page.getByTestId('logout').click();
        await page.getByTestId('user-menu').waitFor({ state: 'detached' });
      }
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );
});
