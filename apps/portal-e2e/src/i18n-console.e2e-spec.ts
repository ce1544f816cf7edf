import type { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import { signIn } from './support/flows';
import { chineseInterfaceText, switchLanguage } from './support/interface-text';

/** Opens a page, waits for what shows that it has loaded, and returns its Chinese interface text. */
async function visit(page: Page, url: string, ready: string): Promise<string[]> {
  await page.goto(url);
  await page.getByTestId(ready).first().waitFor();
  // Tables and charts settle after their data arrives.
  await page.waitForLoadState('networkidle');
  return (await chineseInterfaceText(page)).map((text) => `${new URL(url).pathname}: ${text}`);
}

describe('admin console and own pages in English', () => {
  browserTest('statistics, accounts, audit and job pages have no Chinese interface text', async ({ page, url }) => {
    await page.goto(url('/login'));
    await page.getByTestId('login-form').waitFor();
    await switchLanguage(page, 'en');
    await signIn(page, 'admin@demo.scenematch.cn');
    await page.getByTestId('user-name').waitFor();
    const found = [
      ...(await visit(page, url('/admin/stats'), 'figure-published')),
      ...(await visit(page, url('/admin/stats/batch-health'), 'health-table')),
      ...(await visit(page, url('/admin/organisations'), 'org-table')),
      ...(await visit(page, url('/admin/users'), 'user-row')),
      ...(await visit(page, url('/admin/sso-requests'), 'sso-tabs')),
      ...(await visit(page, url('/admin/audit'), 'audit-row')),
      ...(await visit(page, url('/admin/jobs'), 'queue-counts')),
      ...(await visit(page, url('/me/security'), 'password-card')),
      ...(await visit(page, url('/me/notifications'), 'notifications-filter')),
      ...(await visit(page, url('/me/notifications/settings'), 'notification-settings')),
    ];
    expect(found).toEqual([]);
  }, 180_000);

  browserTest('a company’s profile, security and notification pages have no Chinese interface text', async ({ page, url }) => {
    await page.goto(url('/login'));
    await page.getByTestId('login-form').waitFor();
    await switchLanguage(page, 'en');
    await signIn(page, 'enterprise@demo.scenematch.cn');
    await page.getByTestId('user-name').waitFor();
    const found = [
      ...(await visit(page, url('/me/profile'), 'profile-form')),
      ...(await visit(page, url('/me/security'), 'phone-card')),
      ...(await visit(page, url('/me/notifications'), 'notifications-filter')),
      ...(await visit(page, url('/me/notifications/settings'), 'notification-settings')),
    ];
    expect(found).toEqual([]);
  }, 120_000);
});
