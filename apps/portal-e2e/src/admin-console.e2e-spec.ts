import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { readState } from './support/e2e-env';
import { browserTest } from './support/browser';
import { pathOf, signIn, signInAt } from './support/flows';
import { randomUscc } from './support/test-data';

const ADMIN = 'admin@demo.scenematch.cn';
const PASSWORD = 'Str0ng#Passw0rd';

interface Registered {
  email: string;
  organisationId: string;
  organisationName: string;
}

/** A company registered as anyone can, at /register (through the API: set-up, not the subject). */
async function registerCompany(label: string): Promise<Registered> {
  const suffix = randomBytes(3).toString('hex');
  const email = `${label}-${suffix}@example.cn`;
  const organisationName = `深圳${label === 'company' ? '认证' : '停用'}测试科技有限公司${suffix}`;
  const tokens = await apiCall<{ user: { organisation: { id: string } } }>('/auth/register', {
    method: 'POST',
    body: {
      email,
      password: PASSWORD,
      displayName: label === 'company' ? '周认证' : '吴停用',
      organisation: { type: 'enterprise', name: organisationName, uscc: randomUscc() },
      privacyConsent: true,
    },
  });
  return { email, organisationId: tokens.user.organisation.id, organisationName };
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function confirmPopover(page: Page, okText: string): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: okText }).click();
}

describe('admin console (/admin/organisations, /admin/users)', () => {
  browserTest(
    'the admin verifies a newly registered company and disables a user; the company sees 已认证 and the user loses access at once',
    async ({ page, url, newSession, pageErrors }) => {
      const company = await registerCompany('company');
      const victim = await registerCompany('victim');

      // The company and the user to be disabled, each signed in in a browser of their own.
      const companyPage = await newSession();
      await companyPage.goto(url('/login'));
      await signIn(companyPage, company.email, PASSWORD);
      await companyPage.waitForURL('**/me/recommendations');
      await companyPage.goto(url(`/companies/${company.organisationId}`));
      await companyPage.getByRole('heading', { name: company.organisationName }).waitFor();
      expect(await companyPage.getByText('已认证', { exact: true }).count()).toBe(0);

      const victimPage = await newSession();
      await victimPage.goto(url('/login'));
      await signIn(victimPage, victim.email, PASSWORD);
      await victimPage.waitForURL('**/me/recommendations');

      // The admin: the verification queue shows the code and that its check character is right.
      await signInAt(page, url('/login'), ADMIN, /\/admin\//);
      await page.goto(url('/admin/organisations'));
      await page.getByRole('heading', { name: '机构认证' }).waitFor();
      await page.getByTestId('org-search').fill(company.organisationName);
      await page.getByTestId('org-search').press('Enter');
      const row = page.locator(`[data-testid="org-row"][data-id="${company.organisationId}"]`);
      await row.waitFor();
      await row.getByTestId('uscc-valid').waitFor();
      expect((await row.getByTestId('org-status').innerText()).trim()).toBe('待认证');
      // Its members: the user who registered it.
      await row.getByTestId('org-expand').locator('button, .ant-table-row-expand-icon').first().click();
      await page.getByTestId('org-members').getByText(company.email).waitFor();
      await row.getByTestId('org-verify').click();
      await confirmPopover(page, '确定');
      await page.getByText('已认证通过，已通知该机构').waitFor();
      await row.waitFor({ state: 'detached' }); // it left the queue

      // 用户管理: find the user by e-mail and disable them with a reason.
      await page.goto(url('/admin/users'));
      await page.getByRole('heading', { name: '用户管理' }).waitFor();
      await page.getByTestId('user-search').fill(victim.email);
      await page.getByTestId('user-search-button').click();
      const userRow = page.locator(`[data-testid="user-row"][data-email="${victim.email}"]`);
      await userRow.waitFor();
      expect((await userRow.getByTestId('user-role').innerText()).trim()).toBe('企业');
      await userRow.getByTestId('user-disable').click();
      await page.getByTestId('reason-input').fill('人员已离职');
      await page.getByTestId('reason-confirm').click();
      await page.getByText('账号已停用，该用户的登录已全部失效').waitFor();
      await userRow.getByTestId('user-status').filter({ hasText: '已停用' }).waitFor();

      // The disabled user's next action sends them to sign in; signing in says why.
      await victimPage.getByTestId('nav-me').hover();
      await victimPage.getByRole('link', { name: '我的申报' }).first().click();
      await victimPage.waitForURL('**/login**');
      expect(pathOf(victimPage)).toContain('/login');
      await victimPage.getByTestId('email').fill(victim.email);
      await victimPage.getByTestId('password').fill(PASSWORD);
      await victimPage.getByTestId('submit').click();
      await victimPage.getByText('该账号已被停用，请联系平台管理员').waitFor();

      // The company sees 已认证 on its page.
      await companyPage.reload();
      await companyPage.getByRole('heading', { name: company.organisationName }).waitFor();
      await companyPage.getByText('已认证', { exact: true }).waitFor();
      // And it was told.
      await companyPage.goto(url('/me/notifications'));
      await companyPage.getByText(`${company.organisationName} 已通过机构认证`).first().waitFor();

      expect(pageErrors.filter((e) => !/401|403|Unauthorized|Forbidden/.test(e))).toEqual([]);
    },
    120_000,
  );

  browserTest(
    '任务监控: a mail job that failed for good shows with its reason and notification id; the admin retries it and the mail goes out',
    async ({ page, url, pageErrors }) => {
      // The worker cannot write mails: its mail folder's place is taken by a file (a broken disk
      // or a dead mail server fails the same way).
      const { mailDir } = readState();
      rmSync(mailDir, { recursive: true, force: true });
      writeFileSync(mailDir, 'not a folder');
      let repaired = false;
      try {
        const company = await registerCompany('company');
        const adminToken = await apiToken(ADMIN);
        await apiCall(`/organisations/${company.organisationId}/verify`, { method: 'POST', token: adminToken });
        const companyToken = await apiToken(company.email, PASSWORD);
        const inbox = await apiCall<{ items: Array<{ id: string }> }>('/me/notifications', { token: companyToken });
        const notificationId = inbox.items[0].id;
        // Five attempts with backoff (1.5 s at the tests' JOB_RETRY_DELAY_MS), then the job stays in the failed set.
        const job = await until(
          'the mail job to fail for good',
          async () =>
            (
              await apiCall<{ items: Array<{ id: string; ids: Record<string, string> }> }>('/admin/jobs/failed?job=notification.dispatch&pageSize=100', { token: adminToken })
            ).items.find((j) => j.ids['notificationId'] === notificationId),
          60_000,
        );

        await signInAt(page, url('/login'), ADMIN, /\/admin\//);
        // Through the menu: 管理后台 ▸ 任务监控.
        await page.getByTestId('nav-admin').hover();
        await page.getByRole('link', { name: '任务监控' }).click();
        await page.waitForURL('**/admin/jobs');
        await page.getByRole('heading', { name: '任务监控' }).waitFor();
        const notifications = page.locator('[data-testid="queue-counts"] li[data-queue="notifications"]');
        await notifications.getByTestId('queue-failed').filter({ hasText: /失败 [1-9]/ }).waitFor();
        const row = page.locator(`[data-testid="failed-row"][data-id="${job.id}"]`);
        await row.waitFor();
        expect(await row.innerText()).toContain('通知邮件');
        expect(await row.getByTestId('failed-reason').innerText()).toMatch(/EEXIST|ENOTDIR|exists/);
        expect(await row.getByTestId('failed-id').innerText()).toMatch(new RegExp(`^通知\\s*${notificationId}$`));

        // The folder works again; 重试 (confirmed) runs the job from its first attempt.
        rmSync(mailDir, { force: true });
        repaired = true;
        await row.getByTestId('failed-retry').click();
        await confirmPopover(page, '确定');
        await page.getByText('已重试，任务已重新排队').waitFor();
        await row.waitFor({ state: 'detached' });
        const mailed = await until(
          'the mail to be written',
          async () => (existsSync(mailDir) ? readdirSync(mailDir).find((f) => f.includes(`notification-${notificationId}`)) : undefined),
          30_000,
        );
        expect(mailed).toMatch(/\.eml$/);
        // It completed: nothing of it is left failed, and the audit trail names who retried it.
        const failedAfter = await apiCall<{ items: Array<{ id: string }> }>('/admin/jobs/failed?job=notification.dispatch&pageSize=100', { token: adminToken });
        expect(failedAfter.items.map((j) => j.id)).not.toContain(job.id);
        expect(pageErrors.filter((e) => !/401|403|Unauthorized|Forbidden/.test(e))).toEqual([]);
      } finally {
        if (!repaired) rmSync(mailDir, { force: true });
      }
    },
    150_000,
  );
});
