import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserTest } from './support/browser';
import { baseUrl, WORKSPACE_ROOT } from './support/e2e-env';

interface Domain {
  code: string;
  name: string;
  group: string;
}

describe('home page', () => {
  browserTest(
    'renders in Chinese with the live domain list, system status and chart',
    async ({ page, url, pageErrors }) => {
      const iconDownloads: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.svg')) iconDownloads.push(request.url());
      });
      const domains = (await (
        await fetch(`${baseUrl()}/api/taxonomy/domains`)
      ).json()) as Domain[];
      expect(domains.length).toBeGreaterThan(5);

      await page.goto(url('/'));
      await page
        .getByRole('heading', { name: '让 AI 应用场景与 AI 企业精准对接' })
        .waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.title()).toContain('场景揭榜对接平台');
      expect(await page.getByTestId('logo').innerText()).toContain(
        '场景揭榜对接平台',
      );

      // The three-step flow.
      for (const step of ['发榜', '揭榜', '对接']) {
        await page
          .getByTestId('hero')
          .page()
          .getByRole('heading', { name: step, exact: true })
          .waitFor();
      }

      // Every domain from the API as a tag, in the API's order.
      await page.getByTestId('domain-tag').first().waitFor();
      expect(await page.getByTestId('domain-tag').allInnerTexts()).toEqual(
        domains.map((d) => d.name),
      );
      await page
        .getByTestId('domains')
        .getByText(`共 ${domains.length} 个应用领域`)
        .waitFor();

      // The system status from GET /api/health.
      const status = page.locator(
        '[data-testid="system-status"] [data-status="ok"]',
      );
      await status.waitFor();
      expect((await status.innerText()).trim()).toBe('运行正常');

      // The chart of domains per group is drawn.
      // Drawn once scrolled into view (the chart's code loads on demand).
      await page.getByTestId('domain-chart').scrollIntoViewIfNeeded();
      await page
        .locator('[data-testid="domain-chart"] canvas')
        .first()
        .waitFor();

      // Anonymous menu.
      const menu = await page.getByTestId('main-menu').innerText();
      for (const item of ['首页', '场景清单', '能力清单'])
        expect(menu).toContain(item);
      expect(menu).not.toContain('管理后台');
      await page.getByTestId('account-login').waitFor();
      await page.getByTestId('account-user-add').waitFor();

      expect(iconDownloads).toEqual([]);
      expect(pageErrors).toEqual([]);

      if (process.env['UPDATE_SCREENSHOT'] === '1') {
        await page.waitForTimeout(800); // let the chart's entry animation finish
        mkdirSync(join(WORKSPACE_ROOT, 'docs'), { recursive: true });
        await page.screenshot({
          path: join(WORKSPACE_ROOT, 'docs/screenshot-home.png'),
          fullPage: true,
        });
      }
    },
  );

  browserTest(
    'answers an unknown address with the 页面不存在 page',
    async ({ page, url }) => {
      await page.goto(url('/no/such/page'));
      await page.getByText('页面不存在').first().waitFor();
    },
  );
});
