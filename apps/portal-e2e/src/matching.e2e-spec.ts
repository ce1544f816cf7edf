import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { chooseOption, pathOf, signInAt } from './support/flows';

const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';
const DEMO_COMPANY = '深圳鹏知医疗智能科技有限公司';

function card(page: Page, title: string) {
  return page.getByTestId('recommendation-card').filter({
    has: page.getByTestId('recommendation-title').getByText(title, {
      exact: true,
    }),
  });
}

/** A date a year from now, as YYYY-MM-DD. */
function nextYear(): string {
  return `${new Date().getFullYear() + 1}-06-30`;
}

describe('matching: recommendations, matching companies and rebuilds', () => {
  browserTest(
    'the enterprise sees 医学影像辅助诊断 recommended with a score and reasons, and why',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), ENTERPRISE, '/me/recommendations');

      const imaging = card(page, '医学影像辅助诊断');
      await imaging.waitFor();
      const score = Number(
        await imaging
          .getByTestId('recommendation-score')
          .getAttribute('data-score'),
      );
      expect(score).toBeGreaterThanOrEqual(60);
      expect(score).toBeLessThanOrEqual(100);
      const reasons = await imaging
        .getByTestId('recommendation-reason')
        .allInnerTexts();
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.join(' ')).toContain('能力匹配');
      expect(await imaging.innerText()).toContain('市卫生健康委');
      // Best first: nothing above it scores more.
      const scores = await page
        .getByTestId('recommendation-score')
        .evaluateAll((els) =>
          els.map((e) => Number(e.getAttribute('data-score'))),
        );
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      // 为什么推荐: the score taken apart, with the reasons.
      await imaging.getByTestId('recommendation-why').click();
      const drawer = page.getByTestId('explanation-drawer');
      await drawer.getByTestId('explanation-score').waitFor();
      expect(
        Number(
          (await drawer.getByTestId('explanation-score').innerText()).replace(
            /\D/g,
            '',
          ),
        ),
      ).toBe(score);
      expect(await drawer.getByTestId('component-row').count()).toBe(4);
      expect(await drawer.innerText()).toContain('能力匹配');
      // A list row states no capability: the breakdown says they were inferred from the title.
      expect(await drawer.getByTestId('capability-source').innerText()).toBe(
        '根据标题推断',
      );
      expect(
        (await drawer.getByTestId('explanation-reason').allInnerTexts()).length,
      ).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // Filters live in the URL: 智慧医疗 only.
      await chooseOption(page, 'filter-domain', '智慧医疗');
      await page.waitForURL(/[?&]domain=/);
      await page.waitForFunction(() => {
        const cards = [
          ...document.querySelectorAll('[data-testid="recommendation-card"]'),
        ];
        return (
          cards.length > 0 &&
          cards.every(
            (c) =>
              c.querySelector('nz-tag')?.textContent?.trim() === '智慧医疗',
          )
        );
      });
      await page.reload();
      await imaging.waitFor();
      expect(pathOf(page)).toMatch(/domain=/);

      // The scenario page is one click away.
      await imaging.getByTestId('recommendation-apply').click();
      await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
      await page
        .getByTestId('scenario-detail-title')
        .filter({ hasText: '医学影像辅助诊断' })
        .waitFor();
      // Matching companies are for the scenario's unit and staff, not for companies.
      expect(await page.getByTestId('scenario-matches').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'a newly published medical scenario reaches the enterprise within seconds, and its agency sees the company among the matches',
    async ({ page, url, newSession, pageErrors }) => {
      const suffix = randomBytes(3).toString('hex');
      const title = `病理切片智能辅助诊断${suffix}`;

      // Set-up through the API: the agency writes and submits, the organiser publishes.
      const agencyToken = await apiToken(AGENCY);
      const created = await apiCall<{ id: string }>('/scenarios', {
        method: 'POST',
        token: agencyToken,
        body: {
          title,
          domain: '智慧医疗',
          description:
            '病理科阅片工作量大，需要基于计算机视觉的病理切片图像智能分析，辅助医生识别病灶、给出诊断建议，缩短出具报告时间。',
          painPoints: '病理医生紧缺，阅片耗时长。',
          expectedOutcome: '阅片效率提升 50% 以上。',
          capabilities: ['计算机视觉'],
          deadline: nextYear(),
        },
      });
      await apiCall(`/scenarios/${created.id}/submit`, {
        method: 'POST',
        token: agencyToken,
      });
      const published = await apiCall<{ status: string }>(
        `/scenarios/${created.id}/publish`,
        { method: 'POST', token: await apiToken(ORGANISER) },
      );
      expect(published.status).toBe('published');

      // The enterprise finds it among its recommendations within a few seconds.
      await signInAt(page, url('/login'), ENTERPRISE, '/me/recommendations');
      const fresh = card(page, title);
      const deadline = Date.now() + 15_000;
      while (!(await fresh.isVisible())) {
        if (Date.now() > deadline) {
          throw new Error(`${title} was not recommended within 15 s`);
        }
        await page.waitForTimeout(1000);
        await page.getByTestId('recommendations-refresh').click();
        await page
          .locator('[data-testid="recommendations"]:not(.is-loading)')
          .waitFor();
      }
      expect(
        Number(
          await fresh
            .getByTestId('recommendation-score')
            .getAttribute('data-score'),
        ),
      ).toBeGreaterThanOrEqual(50);
      expect(await fresh.innerText()).toContain(`截止 ${nextYear()}`);

      // The agency opens the scenario's 匹配企业 and finds the company, with why.
      const agency = await newSession();
      await signInAt(agency, url('/login'), AGENCY, '/agency/scenarios');
      await agency.goto(url(`/scenarios/${created.id}`));
      await agency.getByTestId('scenario-detail').waitFor();
      const matches = agency.getByTestId('scenario-matches');
      await matches.scrollIntoViewIfNeeded();
      const row = matches
        .getByTestId('match-row')
        .filter({ hasText: DEMO_COMPANY });
      await row.waitFor();
      expect(await row.getByTestId('match-verified').count()).toBe(1);
      expect(await row.innerText()).toMatch(/入库产品 \d+ 个/);
      expect(
        (await row.getByTestId('match-reason').allInnerTexts()).join(' '),
      ).toContain('计算机视觉');
      expect(
        await row.getByTestId('match-company').getAttribute('href'),
      ).toMatch(/^\/companies\/[0-9a-f-]{36}$/);

      await row.getByTestId('match-why').click();
      const drawer = agency.getByTestId('explanation-drawer');
      await drawer.getByTestId('explanation-score').waitFor();
      // Other drawers of the page stay in it, closed: the title of the one open.
      expect(
        await agency.locator('.ant-drawer-open .ant-drawer-title').innerText(),
      ).toContain(DEMO_COMPANY);
      expect(await drawer.getByTestId('component-row').count()).toBe(4);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'the organiser recalculates every match on 智能匹配 and watches it complete',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), ORGANISER, /\/admin\//);
      await page.goto(url('/admin/matching'));
      await page.getByTestId('rebuilds-table').waitFor();
      // The bootstrap run of the demo data is listed.
      await page.getByTestId('rebuild-row').first().waitFor();
      const before = await page.getByTestId('rebuild-row').count();

      await page.getByTestId('rebuild-start').click();
      await page.getByRole('button', { name: '开始计算' }).click();
      await page.getByText('已开始重新计算').waitFor();
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('[data-testid="rebuild-row"]').length ===
          Math.min(n + 1, 10),
        before,
      );

      const current = page.locator(
        '[data-testid="rebuild-current"][data-status="completed"]',
      );
      await current.waitFor({ timeout: 30_000 });
      expect(await current.getByTestId('rebuild-status').innerText()).toBe(
        '已完成',
      );
      expect(await current.getByTestId('rebuild-shards').innerText()).toMatch(
        /^全部 \d+ 批已算完$/,
      );
      expect(
        Number(await current.getByTestId('rebuild-scenarios').innerText()),
      ).toBeGreaterThan(0);
      expect(
        Number(await current.getByTestId('rebuild-pairs').innerText()),
      ).toBeGreaterThan(0);
      // The new run heads the table, completed.
      expect(
        await page
          .getByTestId('rebuild-row')
          .first()
          .getAttribute('data-status'),
      ).toBe('completed');
      expect(pageErrors).toEqual([]);
    },
    60_000,
  );
});
