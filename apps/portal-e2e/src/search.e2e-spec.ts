import type { Page } from 'playwright-core';
import { apiCall, apiToken, publicTotal } from './support/api';
import { browserTest } from './support/browser';

const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';

/** Published through the API: a title hit, a description-only hit and a look-alike for AI and 导游. */
const SCENARIOS = [
  { title: '多语种AI导游导览', domain: '文化旅游', description: '景区多语种讲解与路线推荐，覆盖外籍游客。' },
  { title: '景区客流预测', domain: '文化旅游', description: '用AI预测节假日客流，并为导游排班。' },
  { title: '邮件email归档', domain: '政务服务', description: '按detail字段归类来往邮件，自动建档。' },
  { title: '导航游览路线规划', domain: '文化旅游', description: '为游客规划步行游览路线，避开拥堵。' },
];

function card(page: Page, title: string) {
  return page.getByTestId('scenario-card').filter({
    has: page.getByTestId('scenario-title').filter({ hasText: title }),
  });
}

async function search(page: Page, words: string): Promise<void> {
  await page.getByTestId('scenario-search').fill(words);
  await page.waitForURL((url) => url.searchParams.get('q') === words);
}

async function cardTitles(page: Page): Promise<string[]> {
  return (await page.getByTestId('scenario-title').allInnerTexts()).map((t) =>
    t.trim(),
  );
}

describe('scenario search in mixed scripts', () => {
  beforeAll(async () => {
    const agency = await apiToken(AGENCY);
    const organiser = await apiToken(ORGANISER);
    const deadline = `${new Date().getFullYear() + 1}-06-30`;
    for (const s of SCENARIOS) {
      const created = await apiCall<{ id: string }>('/scenarios', {
        method: 'POST',
        token: agency,
        body: { ...s, deadline },
      });
      await apiCall(`/scenarios/${created.id}/submit`, {
        method: 'POST',
        token: agency,
      });
      await apiCall(`/scenarios/${created.id}/publish`, {
        method: 'POST',
        token: organiser,
      });
    }
  });

  browserTest(
    'finds AI beside Chinese text and 导游 beside Latin letters, title hits first, with the hits marked',
    async ({ page, url, pageErrors }) => {
      await page.goto(url('/scenarios'));
      await page.getByTestId('scenario-card').first().waitFor();

      await search(page, 'AI');
      const total = await publicTotal('q=AI');
      await page
        .getByTestId('result-count')
        .filter({ hasText: `共找到 ${total} 个场景` })
        .waitFor();
      const aiTitle = card(page, '多语种AI导游导览')
        .getByTestId('scenario-title')
        .locator('mark.sm-hit');
      await aiTitle.first().waitFor();
      expect(await aiTitle.allInnerTexts()).toEqual(['AI']);
      // Found in the description only: listed after the title hit, the word marked there.
      const described = card(page, '景区客流预测');
      await described.waitFor();
      expect(
        await described.locator('.description mark.sm-hit').allInnerTexts(),
      ).toEqual(['AI']);
      const titles = await cardTitles(page);
      expect(titles.indexOf('多语种AI导游导览')).toBeLessThan(
        titles.indexOf('景区客流预测'),
      );
      // "email" holds the letters a and i, not the word AI.
      expect(await card(page, '邮件email归档').count()).toBe(0);

      await search(page, '导游');
      // The cards below were in the AI results too: wait until the list is the 导游 one.
      await page
        .getByTestId('result-count')
        .filter({ hasText: '共找到 2 个场景' })
        .waitFor();
      const guide = card(page, '多语种AI导游导览')
        .getByTestId('scenario-title')
        .locator('mark.sm-hit');
      await guide.first().waitFor();
      expect(await guide.allInnerTexts()).toEqual(['导游']);
      await card(page, '景区客流预测').waitFor();
      expect(await cardTitles(page)).toEqual([
        '多语种AI导游导览',
        '景区客流预测',
      ]);
      // 导航游览 holds 导 and 游, not 导游.
      expect(await card(page, '导航游览路线规划').count()).toBe(0);

      expect(pageErrors).toEqual([]);
    },
  );
});
