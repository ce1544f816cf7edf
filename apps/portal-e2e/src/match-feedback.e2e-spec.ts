import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { signInAt } from './support/flows';

const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';
const DEMO_COMPANY = '深圳鹏知医疗智能科技有限公司';

interface RecommendationsBody {
  items: Array<{ scenario: { id: string } }>;
  total: number;
  minScore: number;
  belowMinScore: number;
}

function card(page: Page, title: string) {
  return page.getByTestId('recommendation-card').filter({
    has: page.getByTestId('recommendation-title').getByText(title, {
      exact: true,
    }),
  });
}

/** A medical-imaging scenario of the demo agency, published: the demo company fits it. */
async function publishedImagingScenario(title: string): Promise<string> {
  const agencyToken = await apiToken(AGENCY);
  const created = await apiCall<{ id: string }>('/scenarios', {
    method: 'POST',
    token: agencyToken,
    body: {
      title,
      domain: '智慧医疗',
      description:
        '病理科阅片工作量大，需要基于计算机视觉的病理切片图像智能分析，辅助医生识别病灶、给出诊断建议，缩短出具报告时间。',
      capabilities: ['计算机视觉'],
      deadline: `${new Date().getFullYear() + 1}-06-30`,
    },
  });
  await apiCall(`/scenarios/${created.id}/submit`, {
    method: 'POST',
    token: agencyToken,
  });
  await apiCall(`/scenarios/${created.id}/publish`, {
    method: 'POST',
    token: await apiToken(ORGANISER),
  });
  return created.id;
}

/** Waits until the worker has scored the scenario for the demo company. */
async function scoredForDemoCompany(scenarioId: string): Promise<void> {
  const token = await apiToken(ENTERPRISE);
  const until = Date.now() + 20_000;
  for (;;) {
    const page = await apiCall<RecommendationsBody>(
      '/me/recommendations?minScore=0&pageSize=100',
      { token },
    );
    if (page.items.some((i) => i.scenario.id === scenarioId)) return;
    if (Date.now() > until)
      throw new Error(`scenario ${scenarioId} was not scored within 20 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('people’s signals: 不感兴趣 and 邀请揭榜', () => {
  browserTest(
    'the enterprise opens 为我推荐 at the default minimum, dismisses a recommendation with a reason, and restores it',
    async ({ page, url, pageErrors }) => {
      const title = `病理切片智能阅片${randomBytes(3).toString('hex')}`;
      const scenarioId = await publishedImagingScenario(title);
      await scoredForDemoCompany(scenarioId);
      const token = await apiToken(ENTERPRISE);
      // The page's own query: open scenarios (a deadline today or later, the user's day).
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const atMinimum = await apiCall<RecommendationsBody>(
        `/me/recommendations?deadlineFrom=${today}`,
        { token },
      );

      // The plain page lists what scores at least the default minimum; 显示更多 shows the rest.
      await signInAt(page, url('/login'), ENTERPRISE, '/me/recommendations');
      await page.getByTestId('recommendations').waitFor();
      const scores = await page
        .getByTestId('recommendation-score')
        .evaluateAll((els) =>
          els.map((e) => Number(e.getAttribute('data-score'))),
        );
      expect(scores.every((s) => s >= atMinimum.minScore)).toBe(true);
      const more = page.getByTestId('recommendations-show-more');
      if (atMinimum.belowMinScore > 0) {
        expect(await more.innerText()).toContain(
          `另有 ${atMinimum.belowMinScore} 个`,
        );
        await more.click();
        await page.waitForURL(/[?&]minScore=0\b/);
        await page.getByTestId('recommendations-show-fewer').waitFor();
      } else {
        expect(await more.count()).toBe(0);
        await page.goto(url('/me/recommendations?minScore=0'));
      }

      // 不感兴趣 with a reason: the card leaves the list and is listed as dismissed.
      const target = card(page, title);
      await target.waitFor();
      await target.getByTestId('recommendation-dismiss').click();
      await page.getByTestId('dismiss-reason-domain').click();
      await page.getByTestId('dismiss-note').fill('我们专注影像以外的方向');
      await page.getByTestId('dismiss-confirm').click();
      await target.waitFor({ state: 'detached' });
      const dismissed = page
        .getByTestId('dismissed-item')
        .filter({ hasText: title });
      await dismissed.waitFor();
      expect(await dismissed.innerText()).toContain('领域不符');
      expect(await dismissed.innerText()).toContain('我们专注影像以外的方向');

      // Still gone after a reload (it is stored, not hidden in the page).
      await page.reload();
      await page.getByTestId('dismissed-list').waitFor();
      expect(await card(page, title).count()).toBe(0);

      // 恢复: back in the list, gone from the dismissed ones.
      await page
        .getByTestId('dismissed-item')
        .filter({ hasText: title })
        .getByTestId('dismissed-restore')
        .click();
      await card(page, title).waitFor();
      await page
        .getByTestId('dismissed-item')
        .filter({ hasText: title })
        .waitFor({ state: 'detached' });
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'the agency invites the company from 匹配企业; the company gets the notification and sees 已受邀 at the top of its recommendations',
    async ({ page, url, newSession, pageErrors }) => {
      const title = `病理切片智能辅助诊断邀请${randomBytes(3).toString('hex')}`;
      const scenarioId = await publishedImagingScenario(title);
      await scoredForDemoCompany(scenarioId);

      // The agency invites the demo company, with a message.
      await signInAt(page, url('/login'), AGENCY, '/agency/scenarios');
      await page.goto(url(`/scenarios/${scenarioId}`));
      const matches = page.getByTestId('scenario-matches');
      await matches.scrollIntoViewIfNeeded();
      const row = matches
        .getByTestId('match-row')
        .filter({ hasText: DEMO_COMPANY });
      await row.waitFor();
      await row.getByTestId('match-invite').click();
      await page
        .getByTestId('reason-input')
        .fill('贵企业的病理影像产品与本场景高度契合，欢迎申报。');
      await page.getByTestId('reason-confirm').click();
      await row.getByTestId('match-invited').waitFor();
      expect(await row.getByTestId('match-invite').count()).toBe(0);
      expect(
        await matches.getByTestId('matches-invitations').innerText(),
      ).toContain('已邀请 1 家');

      // The company: the notification carries the scenario, and 为我推荐 puts it first as 已受邀.
      const company = await newSession();
      await signInAt(
        company,
        url('/login?returnUrl=%2Fme%2Fnotifications'),
        ENTERPRISE,
        '/me/notifications',
      );
      const note = company
        .getByTestId('notification-row')
        .filter({ hasText: `邀请揭榜：${title}` });
      await note.waitFor();
      expect(await note.getAttribute('data-kind')).toBe('invitation.scenario');
      expect(await note.innerText()).toContain('欢迎申报');

      await company.goto(url('/me/recommendations'));
      const first = company.getByTestId('recommendation-card').first();
      await first.waitFor();
      expect(await first.getByTestId('recommendation-title').innerText()).toBe(
        title,
      );
      const invited = first.getByTestId('recommendation-invited');
      expect(await invited.innerText()).toContain('已受邀');
      expect(await invited.innerText()).toContain('市卫生健康委');
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );
});
