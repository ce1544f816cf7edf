import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { chooseOption, chooseOptions, signInAt, typeDateTime } from './support/flows';

const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';

/** A date a year from now, as YYYY-MM-DD. */
function nextYear(): string {
  const d = new Date();
  return `${d.getFullYear() + 1}-06-30`;
}

function queueRow(page: Page, title: string) {
  return page.getByTestId('queue-row').filter({ hasText: title });
}

describe('authoring, review and publication of a scenario', () => {
  browserTest(
    'an agency submits a scenario, the organiser publishes it, and a visitor finds it by a two-character word',
    async ({ page, url, newSession, pageErrors }) => {
      const suffix = randomBytes(3).toString('hex');
      const title = `病房夜间巡检机器人${suffix}`;

      // 1. The agency writes the scenario and submits it in one go.
      await signInAt(page, url('/login'), AGENCY, '/agency/scenarios');
      await page.getByTestId('create-scenario').click();
      await page.waitForURL('**/agency/scenarios/new');
      await page.getByTestId('field-title').fill(title);
      await chooseOption(page, 'field-domain', '智慧医疗');
      await chooseOptions(page, 'field-capabilities', [
        '计算机视觉',
        '服务机器人',
      ]);
      // No batch: a published batch is not offered (a scenario joins a batch still collecting).
      await page
        .getByTestId('field-description')
        .fill(
          '住院病区夜间护理人手紧张，需要机器人按路线巡检病房、识别跌倒和异常并及时告警。',
        );
      await page
        .getByTestId('field-pain-points')
        .fill('夜班护士少，巡视间隔长。');
      await page
        .getByTestId('field-expected-outcome')
        .fill('异常发现时间缩短到 5 分钟以内。');
      // The deadline is a point in time (Beijing): the bids open then.
      await typeDateTime(page, 'field-deadline', `${nextYear()} 17:00`);
      await page.getByTestId('field-budget-min').locator('input').fill('50');
      await page.getByTestId('field-budget-max').locator('input').fill('80');
      await page.getByTestId('field-site').fill('市人民医院住院部');
      await page.getByTestId('field-contact-name').fill('李静');
      await page.getByTestId('field-contact-phone').fill('0755-88886666');
      await page.getByTestId('field-contact-email').fill('lijing@example.cn');
      await page.getByTestId('save-submit').click();

      await page.waitForURL(/\/agency\/scenarios$/);
      const mine = page
        .getByTestId('my-scenario-row')
        .filter({ hasText: title });
      await mine.waitFor();
      expect(await mine.getAttribute('data-status')).toBe('submitted');
      expect(await mine.innerText()).toContain('待审核');

      // 2. The organiser finds it in the review queue and publishes it.
      const organiser = await newSession();
      await signInAt(organiser, url('/login'), ORGANISER, '/admin/scenarios');
      const row = queueRow(organiser, title);
      await row.waitFor();
      expect(await row.innerText()).toContain('市卫生健康委');
      await row.getByTestId('queue-publish').click();
      await organiser.getByRole('button', { name: '确认发布' }).click();
      await organiser.getByText('已发布').first().waitFor();
      await row.waitFor({ state: 'detached' });

      // 3. An anonymous visitor searches the two-character word and opens it.
      const visitor = await newSession();
      await visitor.goto(url('/scenarios'));
      await visitor.getByTestId('scenario-search').fill('病房');
      const found = visitor
        .getByTestId('scenario-card')
        .filter({ hasText: title });
      await found.waitFor();
      expect(
        await found
          .getByTestId('scenario-title')
          .locator('mark.sm-hit')
          .allInnerTexts(),
      ).toEqual(['病房']);
      expect(await found.innerText()).toContain('揭榜中');

      await found.getByTestId('scenario-title').click();
      await visitor.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
      await visitor
        .getByTestId('scenario-detail-title')
        .filter({ hasText: title })
        .waitFor();
      const detail = visitor.getByTestId('scenario-detail');
      expect(await detail.getByTestId('detail-agency').innerText()).toBe(
        '市卫生健康委',
      );
      expect(await detail.getByTestId('detail-budget').innerText()).toBe(
        '50–80 万元',
      );
      expect(await detail.getByTestId('detail-deadline').innerText()).toBe(
        `${nextYear()} 17:00`,
      );
      expect(await detail.innerText()).toContain('计算机视觉');
      // Contact details are for signed-in users only.
      await detail.getByTestId('contact-login').waitFor();
      expect(await detail.innerText()).not.toContain('0755-88886666');
      // Lifecycle history is for the unit and staff only.
      expect(await visitor.getByTestId('events').count()).toBe(0);

      // The owning agency sees the contact and the lifecycle on the same page.
      await page.goto(visitor.url());
      await page
        .getByTestId('detail-contact')
        .filter({ hasText: '0755-88886666' })
        .waitFor();
      const events = page.getByTestId('events');
      await events.waitFor();
      expect(await events.innerText()).toContain('待审核 → 揭榜中');

      // 4. After publication an edit becomes a public revision with its changes in Chinese.
      await page.getByTestId('action-edit').click();
      await page.waitForURL(/\/agency\/scenarios\/[0-9a-f-]{36}\/edit$/);
      await page.getByText('本次修改将作为新版本公开留痕').waitFor();
      const budgetMax = page.getByTestId('field-budget-max').locator('input');
      expect(Number(await budgetMax.inputValue())).toBe(80);
      await budgetMax.fill('100');
      await page.getByTestId('save-revision').click();
      await page.waitForURL(/\/agency\/scenarios$/);

      await visitor.reload();
      const change = visitor.getByTestId('revision-change');
      await change.first().waitFor();
      expect(await change.allInnerTexts()).toEqual([
        expect.stringMatching(/预算上限：\s*80 万元\s*→\s*100 万元/),
      ]);
      expect(await visitor.getByTestId('revisions').innerText()).toContain(
        '第 2 版',
      );
      expect(await visitor.getByTestId('detail-budget').innerText()).toBe(
        '50–100 万元',
      );

      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  browserTest(
    'the organiser returns a scenario with a reason and the agency sees it on 我的场景',
    async ({ page, url, newSession }) => {
      const suffix = randomBytes(3).toString('hex');
      const title = `门诊排队时长预测${suffix}`;
      const reason = `请补充场景痛点和预期成效（${suffix}）`;
      const token = await apiToken(AGENCY);
      const created = await apiCall<{ id: string }>('/scenarios', {
        method: 'POST',
        token,
        body: {
          title,
          domain: '智慧医疗',
          description:
            '门诊高峰期排队时间长，希望预测各科室排队时长并引导分流。',
        },
      });
      await apiCall(`/scenarios/${created.id}/submit`, {
        method: 'POST',
        token,
      });

      // The organiser sends it back with a reason.
      await signInAt(page, url('/login'), ORGANISER, '/admin/scenarios');
      const row = queueRow(page, title);
      await row.waitFor();
      await row.getByTestId('queue-return').click();
      // The reason is required.
      await page.getByTestId('reason-confirm').click();
      await page.getByText('请填写原因（2–500 字）').waitFor();
      await page.getByTestId('reason-input').fill(reason);
      await page.getByTestId('reason-confirm').click();
      await row.waitFor({ state: 'detached' });

      // The agency sees the reason on 我的场景 and can open the scenario for rework.
      const agency = await newSession();
      await signInAt(agency, url('/login'), AGENCY, '/agency/scenarios');
      await agency.getByTestId('returned-banner').waitFor();
      const mine = agency
        .getByTestId('my-scenario-row')
        .filter({ hasText: title });
      await mine.waitFor();
      expect(await mine.getAttribute('data-status')).toBe('returned');
      const shown = agency.locator(
        `[data-testid="return-reason-row"][data-id="${created.id}"]`,
      );
      expect(await shown.innerText()).toContain(reason);

      await agency.getByRole('tab', { name: '已退回' }).click();
      await agency.waitForURL('**/agency/scenarios?status=returned');
      await agency
        .locator(`[data-testid="return-reason-row"][data-id="${created.id}"]`)
        .filter({ hasText: reason })
        .waitFor();

      await mine.getByTestId('row-edit').click();
      await agency.waitForURL(`**/agency/scenarios/${created.id}/edit`);
      await agency
        .getByTestId('form-return-reason')
        .filter({ hasText: reason })
        .waitFor();
      expect(await agency.getByTestId('field-title').inputValue()).toBe(title);
    },
    90_000,
  );
});
