import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { publicTotal } from './support/api';
import { browserTest } from './support/browser';

/** The result cards whose title contains `title`. */
function card(page: Page, title: string) {
  return page.getByTestId('scenario-card').filter({
    has: page.getByTestId('scenario-title').filter({ hasText: title }),
  });
}

/** Waits until the list says it found `n` scenarios. */
async function waitForCount(page: Page, n: number): Promise<void> {
  await page
    .getByTestId('result-count')
    .filter({ hasText: `共找到 ${n} 个场景` })
    .waitFor();
}

async function search(page: Page, words: string): Promise<void> {
  await page.getByTestId('scenario-search').fill(words);
  // The URL follows the search box once typing pauses (debounced).
  await page.waitForURL((url) => url.searchParams.get('q') === words);
}

describe('the public scenario list', () => {
  browserTest(
    'finds the first list by two-character Chinese words with the hits marked',
    async ({ page, url, pageErrors }) => {
      const everything = await publicTotal();
      expect(everything).toBeGreaterThanOrEqual(25);
      // The list's widget styles are not part of the initial load: the home page goes without.
      await page.goto(url('/'));
      await page.getByTestId('hero').waitFor();
      const featureStyles = page.locator('style[data-sm-feature-styles]');
      expect(await featureStyles.count()).toBe(0);
      await page.getByTestId('main-menu').getByText('场景清单').click();
      await page.waitForURL('**/scenarios');
      await waitForCount(page, everything);
      expect(await featureStyles.count()).toBe(1);
      expect(await page.title()).toContain('场景清单');

      await search(page, '巡查');
      await waitForCount(page, await publicTotal('q=巡查'));
      for (const title of ['市容巡查', '环境卫生巡查']) {
        const hit = card(page, title)
          .getByTestId('scenario-title')
          .locator('mark.sm-hit');
        await hit.first().waitFor();
        expect(await hit.allInnerTexts()).toEqual(['巡查']);
      }
      expect(await card(page, '医学影像辅助诊断').count()).toBe(0);

      await search(page, '影像');
      const imaging = card(page, '医学影像辅助诊断');
      await imaging.waitFor();
      expect(
        await imaging
          .getByTestId('scenario-title')
          .locator('mark.sm-hit')
          .innerText(),
      ).toBe('影像');
      expect(await card(page, '市容巡查').count()).toBe(0);

      // The search lives in the URL: back returns to the previous search.
      await page.goBack();
      await page.waitForURL((u) => u.searchParams.get('q') === '巡查');
      await card(page, '市容巡查').waitFor();
      expect(await page.getByTestId('scenario-search').inputValue()).toBe(
        '巡查',
      );

      // Nothing found is said in Chinese.
      await search(page, '火星基地');
      await page
        .getByTestId('results-empty')
        .getByText('未找到相关场景')
        .waitFor();

      expect(pageErrors).toEqual([]);
    },
  );

  browserTest(
    'narrows the list to a domain from its counted tag, and the chart is drawn',
    async ({ page, url, pageErrors }) => {
      const everything = await publicTotal();
      const healthcare = await publicTotal('domain=smart-healthcare');
      expect(healthcare).toBeGreaterThan(0);
      expect(healthcare).toBeLessThan(everything);

      await page.goto(url('/scenarios'));
      await waitForCount(page, everything);
      const tag = page.locator(
        '[data-testid="domain-facet"][data-code="smart-healthcare"]',
      );
      expect(await tag.innerText()).toContain(`智慧医疗 ${healthcare}`);
      await page
        .locator('[data-testid="facet-chart"] canvas')
        .first()
        .waitFor();

      await tag.click();
      await page.waitForURL(
        (u) => u.searchParams.get('domain') === 'smart-healthcare',
      );
      await waitForCount(page, healthcare);
      await card(page, '医学影像辅助诊断').waitFor();
      expect(await card(page, '市容巡查').count()).toBe(0);
      const domains = await page
        .getByTestId('scenario-card')
        .locator('.meta nz-tag')
        .allInnerTexts();
      expect(new Set(domains.map((d) => d.trim()))).toEqual(
        new Set(['智慧医疗']),
      );

      // A link to the filtered list reproduces it.
      await page.goto(url('/scenarios?domain=urban-governance&q=巡查'));
      await card(page, '环境卫生巡查').waitFor();
      await waitForCount(
        page,
        await publicTotal('domain=urban-governance&q=巡查'),
      );

      expect(pageErrors).toEqual([]);
    },
  );

  browserTest(
    'pages through the list with the page in the URL, and exports the filtered list',
    async ({ page, url }) => {
      const everything = await publicTotal();
      await page.goto(url('/scenarios'));
      await waitForCount(page, everything);
      const firstTitles = await page
        .getByTestId('scenario-title')
        .allInnerTexts();
      expect(firstTitles).toHaveLength(10);

      await page.locator('[data-testid="pagination"] li[title="2"]').click();
      await page.waitForURL((u) => u.searchParams.get('page') === '2');
      await page
        .getByTestId('scenario-title')
        .filter({ hasText: firstTitles[0] })
        .waitFor({ state: 'detached' });
      const secondTitles = await page
        .getByTestId('scenario-title')
        .allInnerTexts();
      expect(secondTitles.some((t) => firstTitles.includes(t))).toBe(false);
      // A reload shows the same page.
      await page.reload();
      await page
        .getByTestId('scenario-title')
        .filter({ hasText: secondTitles[0] })
        .waitFor();

      // The export carries the current filters (not the page).
      await page.goto(url('/scenarios?q=巡查&page=1'));
      await card(page, '市容巡查').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^场景清单-.*\.csv$/);
      const file = await download.path();
      const csv = readFileSync(file, 'utf8');
      expect(csv).toContain('场景名称');
      expect(csv).toContain('市容巡查');
      expect(csv).toContain('环境卫生巡查');
      expect(csv).not.toContain('医学影像辅助诊断');
    },
  );

  browserTest(
    'answers an unknown scenario with its own not-found page',
    async ({ page, url }) => {
      await page.goto(url(`/scenarios/${randomUUID()}`));
      await page
        .getByTestId('scenario-not-found')
        .getByText('场景不存在或无权查看')
        .waitFor();
    },
  );
});
