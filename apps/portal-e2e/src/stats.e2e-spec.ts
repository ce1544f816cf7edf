import { readFileSync } from 'node:fs';
import type { PublicStats, StatsOverview } from '@scenematch/contracts';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { chooseOption, signIn } from './support/flows';

describe('figures (数据统计)', () => {
  browserTest(
    'anyone sees the platform figures on the home page',
    async ({ page, url }) => {
      const figures = await apiCall<PublicStats>('/stats/public');
      await page.goto(url('/'));
      const strip = page.getByTestId('public-stats');
      await strip.getByTestId('public-stat-publishedScenarios').waitFor();
      expect(
        await strip.getByTestId('public-stat-publishedScenarios').innerText(),
      ).toContain(figures.publishedScenarios.toLocaleString('zh-CN'));
      expect(
        await strip.getByTestId('public-stat-listedProducts').innerText(),
      ).toContain('入库产品');

      // The figures agree with what the page lists beside them and say what they count.
      const sessions = await apiCall<{ total: number }>('/sessions?pageSize=1');
      expect(figures.sessionsListed).toBe(sessions.total);
      const sessionFigure = await strip
        .getByTestId('public-stat-sessions')
        .innerText();
      expect(sessionFigure).toContain(String(figures.sessionsListed));
      expect(sessionFigure).toContain(`已举办 ${figures.sessionsHeld} 场`);
      const domainFigure = await strip
        .getByTestId('public-stat-domains')
        .innerText();
      expect(domainFigure).toContain(`共 ${figures.domainsTotal} 个应用领域`);
      await page.getByTestId('domain-tag').first().waitFor();
      expect(await page.getByTestId('domain-tag').count()).toBe(
        figures.domainsTotal,
      );
    },
  );

  browserTest(
    'the organiser opens the dashboard, the charts are drawn, a filter stays in the URL, and the quarterly report downloads',
    async ({ page, url, pageErrors }) => {
      const token = await apiToken('organiser@demo.scenematch.cn');
      await page.goto(url('/login'));
      await signIn(page, 'organiser@demo.scenematch.cn');
      await page.waitForURL('**/admin/scenarios');
      await page.goto(url('/admin/stats'));

      const published = page
        .getByTestId('figure-published')
        .getByTestId('figure-value');
      await published.waitFor();
      const overview = await apiCall<StatsOverview>('/stats/overview', {
        token,
      });
      expect(await published.innerText()).toBe(
        overview.scenarios.published.toLocaleString('zh-CN'),
      );
      expect(overview.scenarios.published).toBeGreaterThan(0);

      for (const chart of ['chart-trend', 'chart-domains', 'chart-funnel']) {
        const canvas = page.getByTestId(chart).locator('canvas').first();
        await canvas.waitFor();
        const box = await canvas.boundingBox();
        expect([
          chart,
          (box?.width ?? 0) > 100,
          (box?.height ?? 0) > 100,
        ]).toEqual([chart, true, true]);
      }

      // A domain filter goes into the URL and narrows the figures.
      await chooseOption(page, 'stats-domain', '智慧医疗');
      await page.waitForURL(/domain=/);
      const domain = new URL(page.url()).searchParams.get('domain') as string;
      const narrowed = await apiCall<StatsOverview>(
        `/stats/overview?domain=${encodeURIComponent(domain)}`,
        { token },
      );
      await page.waitForFunction(
        (expected) =>
          document
            .querySelector(
              '[data-testid="figure-published"] [data-testid="figure-value"]',
            )
            ?.textContent?.trim() === expected,
        narrowed.scenarios.published.toLocaleString('zh-CN'),
      );
      await page.reload();
      await page.getByTestId('figure-published').waitFor();
      expect(
        await page
          .getByTestId('figure-published')
          .getByTestId('figure-value')
          .innerText(),
      ).toBe(narrowed.scenarios.published.toLocaleString('zh-CN'));

      const quarter = await page.getByTestId('stats-quarter').innerText();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('stats-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `场景揭榜季度报告-${quarter.trim()}.xlsx`,
      );
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');

      await page.getByTestId('stats-health-link').click();
      await page.waitForURL('**/admin/stats/batch-health');
      await page.getByTestId('health-summary').waitFor();
      expect(await page.getByTestId('health-summary').innerText()).toMatch(
        /在榜场景 \d+ 个，需关注 \d+ 个/,
      );
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );
});
