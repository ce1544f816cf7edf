import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { signIn } from './support/flows';

const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';
const DEMO_COMPANY = '深圳鹏知医疗智能科技有限公司';
const DEMO_AGENCY = '市卫生健康委';

interface Participant {
  id: string;
  organisation: { id: string; name: string };
  checkinCode?: string;
}

/** Confirms the open NG-ZORRO popconfirm with its OK button. */
async function confirmPopover(page: Page, okText: string): Promise<void> {
  await page
    .locator('.ant-popover:visible')
    .getByRole('button', { name: okText })
    .click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/**
 * A session arranged through the API: open for registration, the demo agency and the demo
 * company registered by themselves, a second company registered by the organiser, and the demo
 * company's request to meet the agency.
 */
async function arrangeSession(): Promise<{ id: string; title: string; company: Participant; other: string }> {
  const organiser = await apiToken(ORGANISER);
  const title = `智慧医疗供需对接会${randomBytes(3).toString('hex')}`;
  const session = await apiCall<{ id: string }>('/sessions', {
    method: 'POST',
    token: organiser,
    body: {
      title,
      venue: '区人工智能创新服务中心 3 楼',
      startsAt: `${new Date().getFullYear() + 1}-03-12T09:00:00+08:00`,
      slotMinutes: 20,
      slots: 3,
      tables: 2,
      breaks: [{ afterSlot: 0, minutes: 10 }],
    },
  });
  await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'open_for_registration' } });
  const agency = await apiCall<Participant>(`/sessions/${session.id}/participants`, { method: 'POST', token: await apiToken(AGENCY), body: {} });
  const enterpriseToken = await apiToken(ENTERPRISE);
  const company = await apiCall<Participant>(`/sessions/${session.id}/participants`, { method: 'POST', token: enterpriseToken, body: {} });
  const others = await apiCall<{ items: Array<{ id: string; name: string }> }>('/organisations?type=enterprise&pageSize=10', { token: organiser });
  const other = others.items.find((o) => o.id !== company.organisation.id);
  if (!other) throw new Error('the demo data has no second company');
  await apiCall(`/sessions/${session.id}/participants`, { method: 'POST', token: organiser, body: { organisationId: other.id } });
  await apiCall(`/sessions/${session.id}/meeting-requests`, {
    method: 'POST',
    token: enterpriseToken,
    body: { toOrganisationId: agency.organisation.id, message: '希望介绍影像辅助诊断产品' },
  });
  const staffView = await apiCall<{ items: Participant[] }>(`/sessions/${session.id}/participants?pageSize=50`, { token: organiser });
  const withCode = staffView.items.find((p) => p.id === company.id);
  if (!withCode?.checkinCode) throw new Error('the organiser sees no check-in code');
  return { id: session.id, title, company: withCode, other: other.name };
}

describe('matchmaking sessions: the organiser runs the day', () => {
  browserTest(
    'generates the agenda, publishes it, starts the session, checks a company in and records a signing in the report',
    async ({ page, url, pageErrors }) => {
      const session = await arrangeSession();

      await page.goto(url('/login'));
      await signIn(page, ORGANISER);
      await page.waitForURL(/\/admin\//);
      await page.goto(url(`/admin/sessions/${session.id}`));
      await page.getByTestId('session-heading').filter({ hasText: session.title }).waitFor();
      expect(await page.getByTestId('session-status').first().innerText()).toBe('报名中');
      // Only the next states are offered.
      const transitions = page.getByTestId('session-transition');
      expect(await transitions.allInnerTexts()).toEqual(['退回筹备', '发布日程']);
      expect(await page.getByTestId('session-slot-times').locator('span').count()).toBe(3);

      // 日程: generate in the worker, watch the run finish and the grid fill.
      await openTab(page, '日程');
      await page.getByTestId('agenda-slot').nth(2).waitFor();
      expect(await page.getByTestId('agenda-slot').count()).toBe(3);
      await page.getByTestId('agenda-generate').click();
      await confirmPopover(page, '开始生成');
      const run = page.locator('[data-testid="agenda-run"][data-status="completed"]');
      await run.waitFor({ timeout: 30_000 });
      expect(await run.getByTestId('agenda-progress').getAttribute('data-percent')).toBe('100');
      expect(await run.getByTestId('agenda-run-status').innerText()).toBe('已完成');
      expect(Number(await run.getByTestId('run-meetings').innerText())).toBeGreaterThan(0);
      expect(await run.getByTestId('run-quality').innerText()).toMatch(/^(已达最优安排|接近最优（与理论最佳相差 [\d.]+%）)$/);
      expect(await run.getByTestId('run-requests').innerText()).toMatch(/^已安排 (\d+) 个洽谈请求中的 \d+ 个$/);
      const requested = page
        .getByTestId('agenda-meeting')
        .filter({ has: page.getByTestId('meeting-enterprise').getByText(DEMO_COMPANY, { exact: true }) })
        .filter({ has: page.getByTestId('meeting-agency').getByText(DEMO_AGENCY, { exact: true }) });
      await requested.waitFor();
      expect(await requested.getByTestId('meeting-kind').innerText()).toBe('单向');
      const placed = await page.getByTestId('agenda-meeting').count();
      expect(placed).toBeGreaterThan(0);

      // 概况: publish the agenda, then start the session.
      await openTab(page, '概况');
      await transitions.filter({ hasText: '发布日程' }).click();
      await confirmPopover(page, '发布日程');
      await page.getByTestId('session-status').filter({ hasText: '日程已发布' }).waitFor();
      await transitions.filter({ hasText: '开始对接会' }).click();
      await confirmPopover(page, '开始对接会');
      await page.getByTestId('session-status').filter({ hasText: '进行中' }).waitFor();
      expect(await transitions.allInnerTexts()).toEqual(['结束']);

      // 签到台: the scanner types the code and Enter.
      await openTab(page, '签到台');
      const code = page.getByTestId('checkin-code');
      await code.waitFor();
      await page.getByTestId('checkin-count').filter({ hasText: '已签到 0 / 已报名 3' }).waitFor();
      await code.click();
      await code.pressSequentially(session.company.checkinCode!.toLowerCase());
      await code.press('Enter');
      const result = page.locator('[data-testid="checkin-result"][data-ok="true"]');
      await result.waitFor();
      expect(await result.getByTestId('checkin-verdict').innerText()).toBe('签到成功');
      expect(await result.getByTestId('checkin-name').innerText()).toBe(DEMO_COMPANY);
      expect(await result.getByTestId('checkin-kind').innerText()).toBe('企业');
      await page.getByTestId('checkin-count').filter({ hasText: '已签到 1 / 已报名 3' }).waitFor();
      expect(await code.inputValue()).toBe('');

      // 成果与报告: record 签约 for the company's meeting with the agency.
      await openTab(page, '成果与报告');
      const row = page
        .getByTestId('outcome-row')
        .filter({ has: page.getByTestId('outcome-pair').filter({ hasText: DEMO_COMPANY }).filter({ hasText: DEMO_AGENCY }) });
      await row.waitFor();
      await page.getByTestId('report-outcomes').filter({ hasText: '签约 0' }).waitFor();
      // The report's charts above the table are drawn after their data arrives and change the
      // page's height: open the select once the page has stopped moving, so that its dropdown
      // opens where the select is (a dropdown opened mid-reflow was left outside the window).
      await page.waitForFunction(
        () => new Promise<boolean>((done) => {
          const height = document.body.scrollHeight;
          setTimeout(() => done(document.body.scrollHeight === height), 400);
        }),
      );
      await row.getByTestId('outcome-select').click();
      await page.locator('nz-option-item:visible').filter({ hasText: '签约' }).first().click();
      await row.getByTestId('outcome-note').fill('签订影像辅助诊断试点协议');
      await row.getByTestId('outcome-save').click();
      await page.getByText('已保存洽谈成果').waitFor();
      await page.locator('[data-testid="outcome-row"][data-outcome="signed"]').waitFor();
      await page.getByTestId('report-outcomes').filter({ hasText: '签约 1' }).waitFor();
      // A meeting with an outcome counts as held; the charts are drawn.
      expect(await page.getByTestId('report-held').innerText()).toMatch(/[1-9]\d* \/ \d+/);
      await page.getByTestId('report-outcome-chart').locator('canvas').waitFor();
      await page.getByTestId('report-slot-chart').locator('canvas').waitFor();
      expect(pageErrors).toEqual([]);

      // The API agrees.
      const report = await apiCall<{ outcomes: { signed: number }; participants: { checkedIn: number } }>(
        `/sessions/${session.id}/report`,
        { token: await apiToken(ORGANISER) },
      );
      expect(report.outcomes.signed).toBe(1);
      expect(report.participants.checkedIn).toBe(1);
    },
    120_000,
  );
});
