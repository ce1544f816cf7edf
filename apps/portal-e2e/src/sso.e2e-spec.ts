import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import { headerUserName, pathOf, signIn } from './support/flows';

/** SSO_SCREENSHOTS=<dir>: the login and approval pages at 390 and 1366 px, for a person to look at. */
const SHOTS = process.env['SSO_SCREENSHOTS'];

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

/** The provider's login form (a stand-in for the province's 统一身份认证 page). */
async function signInAtProvider(page: Page, account: string): Promise<void> {
  await page.waitForURL(/\/interaction\//);
  await page.locator('#login').fill(account);
  await page.locator('#password').fill('any');
  await page.getByRole('button', { name: '登录' }).click();
}

describe('统一身份认证 sign-in (OpenID Connect, local provider)', () => {
  browserTest(
    'a civil servant signs in through the identity service and is back in the portal, signed in, with nothing secret in the URL',
    async ({ page, url, pageErrors }) => {
      const visited: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) visited.push(frame.url());
      });
      await page.goto(url('/login'));
      const button = page.getByTestId('sso-login');
      await button.waitFor();
      await shoot(page, 'login');
      expect((await button.textContent())?.trim()).toBe('统一身份认证登录');
      await button.click();
      await signInAtProvider(page, 'gov-staff-001');
      await page.waitForURL('**/agency/scenarios');
      await expect(headerUserName(page).textContent()).resolves.toContain('李静');
      // The portal pages the browser visited never carried a code, state or token.
      const portalPages = visited.filter((u) => u.startsWith(url('/')) && !u.includes('/api/'));
      expect(portalPages.some((u) => /[?&#](code|state|token|access_token)=/.test(u))).toBe(false);
      // A reload keeps the session (refresh token stored as after a password sign-in).
      await page.reload();
      await expect(headerUserName(page).textContent()).resolves.toContain('李静');
      expect(pageErrors).toEqual([]);
    },
  );

  browserTest(
    'a newcomer waits for approval; the admin creates their account in 市卫生健康委; then the identity service signs them straight in',
    async ({ page, url, newSession }) => {
      await page.goto(url('/login'));
      await page.getByTestId('sso-login').click();
      await signInAtProvider(page, 'gov-newcomer-002');
      const pending = page.getByTestId('sso-pending');
      await pending.waitFor();
      expect(pathOf(page)).toBe('/login/sso');
      await expect(pending.textContent()).resolves.toContain('等待管理员审核');

      const admin = await newSession();
      await admin.goto(url('/login'));
      await signIn(admin, 'admin@demo.scenematch.cn');
      await admin.waitForURL('**/admin**');
      await admin.goto(url('/admin/sso-requests'));
      const row = admin.locator('[data-testid="sso-row"][data-subject="gov-newcomer-002"]');
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('WJ-2026-0318');
      await shoot(admin, 'admin-sso-requests');
      await row.getByTestId('sso-approve').click();
      await admin.getByTestId('sso-organisation').click();
      // Into the select's own search box once it has it: keys typed before the box takes the focus
      // were lost under load, and the first page of organisations need not hold this one.
      const search = admin.getByTestId('sso-organisation').locator('input');
      await search.waitFor();
      await search.fill('卫生健康委');
      await admin.locator('nz-option-item:visible').filter({ hasText: '卫生健康委' }).first().click();
      await shoot(admin, 'admin-sso-approve');
      await admin.getByRole('button', { name: '确认通过' }).click();
      await row.waitFor({ state: 'detached' });

      // Back at the login page, the provider still knows the person: no second login form.
      await page.goto(url('/login'));
      await page.getByTestId('sso-login').click();
      await page.waitForURL('**/agency/scenarios');
      await expect(headerUserName(page).textContent()).resolves.toContain('陈新来');
    },
  );
});
