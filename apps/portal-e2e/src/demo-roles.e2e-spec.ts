import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { signInAt } from './support/flows';

/**
 * After a start on an empty database, every demo account has work waiting (the demo story of the
 * seeds): found as a person would, from the page each role lands on.
 */
const ORGANISER = 'organiser@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const EXPERT = 'expert@demo.scenematch.cn';
const ADMIN = 'admin@demo.scenematch.cn';

const UNDER_REVIEW = '门诊电子病历智能质控';
const IN_NOTICE = '检查检验结果互认智能核验';
const SCHEDULED_SESSION = '智慧医疗专场供需对接会';
const DEMO_COMPANY = '深圳鹏知医疗智能科技有限公司';

describe('a demo in which every role has work', () => {
  browserTest(
    'the expert has an application to score and one already scored, and reads the opened bid',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), EXPERT, '/review');
      const tasks = page.getByTestId('review-task').filter({ hasText: UNDER_REVIEW });
      const pending = tasks.filter({ hasText: '深圳韵听智能科技有限公司' });
      const scored = tasks.filter({ hasText: DEMO_COMPANY });
      await pending.waitFor();
      expect(await pending.getAttribute('data-state')).toBe('pending');
      expect(await scored.getAttribute('data-state')).toBe('reviewed');

      await pending.getByTestId('review-open').click();
      await page.waitForURL('**/review/*');
      // The bid was opened at the deadline: its proposal is readable to the assigned expert.
      await page.getByTestId('review-proposal').getByText('韵听语音电子病历系统', { exact: false }).waitFor();

      await page.goto(url('/me/notifications'));
      // One notice per assignment round; the latest, for the bids still to score, is unread.
      await page.locator('[data-testid="notification-row"].unread', { hasText: '新的评审任务：2 份申报' }).first().waitFor();
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'the agency sees the applications to its past-deadline scenario and reads them',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), AGENCY, '/agency/scenarios');
      // Its closed scenarios (other tests may have given the unit many newer ones).
      await page.getByTestId('status-tabs').getByText('已截止', { exact: true }).click();
      await page.waitForURL('**/agency/scenarios?status=closed');
      await page.getByTestId('my-scenario-row').filter({ hasText: UNDER_REVIEW }).getByTestId('my-scenario-title').click();
      await page.waitForURL('**/scenarios/*');
      const section = page.getByTestId('agency-applications');
      const ours = section.getByTestId('agency-application-row').filter({ hasText: DEMO_COMPANY });
      await ours.waitFor();
      expect(await section.getByTestId('agency-applications-sealed').count()).toBe(0);
      expect(await section.getByTestId('agency-application-row').count()).toBe(3);
      expect(await ours.getByTestId('agency-application-quote').innerText()).toContain('128');

      await ours.getByTestId('agency-application-view').click();
      await page.getByTestId('agency-application-proposal').getByText('知识图谱', { exact: false }).waitFor();
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'the organiser sees a notice in 公示 with a pending objection, and a scheduled session with its agenda',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), ORGANISER, '/admin/scenarios');
      await page.goto(url('/notices'));
      const notice = page.getByTestId('notice').filter({ hasText: IN_NOTICE });
      await notice.waitFor();
      expect(await notice.getByTestId('notice-state').innerText()).toContain('公示中');
      expect(await notice.getByTestId('notice-winner').innerText()).toContain('深圳栈维智能软件有限公司');
      const objection = notice.getByTestId('objection').filter({ hasText: DEMO_COMPANY });
      await objection.waitFor();
      expect(await objection.getAttribute('data-status')).toBe('pending');
      expect(await objection.innerText()).toContain('履约能力');

      await page.goto(url('/admin/sessions'));
      const session = page.getByTestId('session-row').filter({ hasText: SCHEDULED_SESSION });
      await session.waitFor();
      expect(await session.getAttribute('data-status')).toBe('scheduled');
      await session.getByTestId('session-title').click();
      await page.waitForURL('**/admin/sessions/*');
      await page.getByTestId('session-tabs').getByText('日程').first().click();
      await page.getByTestId('agenda-meeting').filter({ hasText: DEMO_COMPANY }).first().waitFor();
      // Four meetings with units and one with the demo bank (鹏城银行科技支行).
      expect(await page.getByTestId('agenda-meeting').count()).toBe(5);

      // The seeding left the audit trail's hash chain intact.
      const verify = await apiCall<{ ok: boolean }>('/audit/verify', { token: await apiToken(ADMIN) });
      expect(verify.ok).toBe(true);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'the enterprise sees its applications at each step and its meetings on the published agenda',
    async ({ page, url, pageErrors }) => {
      await signInAt(page, url('/login'), ENTERPRISE, '/me/recommendations');
      await page.goto(url('/me/applications'));
      const reviewed = page.getByTestId('my-application-row').filter({ hasText: UNDER_REVIEW });
      await reviewed.waitFor();
      expect(await reviewed.getAttribute('data-status')).toBe('under_review');
      expect(await page.getByTestId('my-application-row').filter({ hasText: IN_NOTICE }).getAttribute('data-status')).toBe('under_review');

      await page.goto(url('/sessions'));
      await page.getByTestId('session-card').filter({ hasText: SCHEDULED_SESSION }).getByTestId('session-link').click();
      await page.waitForURL('**/sessions/*');
      const meeting = page.getByTestId('my-meeting').filter({ hasText: '市卫生健康委' });
      await meeting.waitFor();
      expect(await meeting.getByTestId('meeting-counterpart').innerText()).toContain('市卫生健康委');
      await page.getByTestId('checkin-code').waitFor();

      // Told when the agenda was published (other tests may have filled the first page of its inbox since).
      const inbox = await apiCall<{ items: Array<{ title: string; readAt: string | null }> }>('/me/notifications?pageSize=100', {
        token: await apiToken(ENTERPRISE),
      });
      expect(inbox.items.filter((n) => n.title === `「${SCHEDULED_SESSION}」日程已发布`)).toEqual([expect.objectContaining({ readAt: null })]);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );
});
