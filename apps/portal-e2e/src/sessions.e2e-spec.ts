import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { chooseOptions, signIn } from './support/flows';

const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';
const DEMO_COMPANY = '深圳鹏知医疗智能科技有限公司';
const HEALTH = '市卫生健康委';
const BANK = 'bank@demo.scenematch.cn';
const BANK_NAME = '鹏城银行科技支行';

interface Created {
  id: string;
}
interface Run {
  id: string;
  status: string;
}

async function signInThenOpen(page: Page, url: (p: string) => string, email: string, path: string): Promise<void> {
  await page.goto(url('/login'));
  await signIn(page, email);
  await page.getByTestId('user-name').waitFor();
  await page.goto(url(path));
  await page.getByTestId('session-title').waitFor();
}

async function openTab(page: Page, title: string): Promise<void> {
  await page.locator('.ant-tabs-tab').filter({ hasText: title }).click();
}

/** Tomorrow at 09:00 Beijing time. */
function tomorrowMorning(): string {
  const day = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  return `${day}T09:00:00+08:00`;
}

describe('matchmaking sessions (供需对接会)', () => {
  browserTest(
    'an agency and a company register and agree to meet, the agenda is generated, each sees only its own meetings and records the outcome',
    async ({ page, url, pageErrors, newSession }) => {
      const organiser = await apiToken(ORGANISER);
      const title = `智慧医疗供需对接会 ${randomBytes(3).toString('hex')}`;
      const session = await apiCall<Created>('/sessions', {
        method: 'POST',
        token: organiser,
        body: { title, venue: '人工智能创新服务中心', startsAt: tomorrowMorning(), slotMinutes: 20, slots: 4, tables: 3, breaks: [{ afterSlot: 1, minutes: 10 }] },
      });
      await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'open_for_registration' } });

      // The public list shows it.
      await page.goto(url('/sessions'));
      await page.getByTestId('session-link').filter({ hasText: title }).click();
      await page.getByTestId('session-title').waitFor();
      expect(await page.getByTestId('session-status').innerText()).toBe('报名中');

      // The agency registers with one of its published scenarios.
      await signInThenOpen(page, url, AGENCY, `/sessions/${session.id}`);
      await chooseOptions(page, 'register-scenarios', ['医学影像辅助诊断']);
      await chooseOptions(page, 'register-unavailable', ['时段 4']);
      await page.getByTestId('register-submit').click();
      await page.getByTestId('agenda-not-published').waitFor();

      // The company registers, finds the agency among its suggestions and asks to meet.
      const company = await newSession();
      await signInThenOpen(company, url, ENTERPRISE, `/sessions/${session.id}`);
      await company.getByTestId('register-submit').click();
      await company.getByTestId('agenda-not-published').waitFor();
      await openTab(company, '洽谈请求');
      const suggestion = company.getByTestId('suggestion').filter({ hasText: HEALTH });
      await suggestion.waitFor();
      expect(await suggestion.innerText()).toMatch(/匹配度 \d+/);
      await company.getByTestId('other-participant').filter({ hasText: HEALTH }).getByTestId('ask').click();
      await company.getByTestId('request-message').fill('希望演示影像辅助诊断平台');
      await company.locator('.ant-modal-footer button.ant-btn-primary').click();
      await company.getByTestId('outgoing-request').filter({ hasText: HEALTH }).filter({ hasText: '待回复' }).waitFor();

      // The agency accepts: the request becomes mutual.
      await page.reload();
      await openTab(page, '洽谈请求');
      const incoming = page.getByTestId('incoming-request').filter({ hasText: DEMO_COMPANY });
      await incoming.getByTestId('accept').click();
      await incoming.filter({ hasText: '已接受' }).waitFor();
      expect(await incoming.innerText()).toContain('双向');

      // The organiser generates and publishes the agenda, then starts the session.
      const run = await apiCall<Run>(`/sessions/${session.id}/agenda`, { method: 'POST', token: organiser });
      for (let i = 0; i < 100; i++) {
        const r = await apiCall<Run>(`/sessions/${session.id}/agenda/runs/${run.id}`, { token: organiser });
        if (r.status === 'completed') break;
        if (r.status === 'failed') throw new Error('the agenda run failed');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'scheduled' } });

      // The company sees its own meeting: time, table and the agency, with its check-in QR code.
      await company.reload();
      const meeting = company.getByTestId('my-meeting').filter({ hasText: HEALTH });
      await meeting.waitFor();
      expect(await company.getByTestId('checkin-qr').isVisible()).toBe(true);
      expect(await company.getByTestId('checkin-code').innerText()).toMatch(/^[A-Z2-9]{10}$/);
      const companyRows = await company.getByTestId('meeting-counterpart').allInnerTexts();
      expect(companyRows.every((name) => !name.includes(DEMO_COMPANY))).toBe(true);

      // The agency sees only its meetings: every counterpart is a company, the demo company among them,
      // and none in slot 4, which it cannot attend.
      await page.reload();
      await page.getByTestId('my-meeting').first().waitFor();
      const agencyRows = await page.getByTestId('meeting-counterpart').allInnerTexts();
      expect(agencyRows).toContain(DEMO_COMPANY);
      const agendaText = await page.getByTestId('my-agenda').innerText();
      expect(agendaText).not.toContain('10:10–10:30'); // slot 4, after the 10-minute break

      // On the day the company records what came of the meeting; the organiser's report counts it.
      await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'running' } });
      await company.reload();
      const row = company.getByTestId('my-meeting').filter({ hasText: HEALTH });
      await row.waitFor();
      await row.getByTestId('outcome-select').click();
      await company.locator('nz-option-item:visible').filter({ hasText: '意向合作' }).first().click();
      await row.getByTestId('outcome-save').click();
      await company.locator('.ant-message').filter({ hasText: '成果已记录' }).waitFor();
      const report = await apiCall<{ outcomes: Record<string, number> }>(`/sessions/${session.id}/report`, { token: organiser });
      expect(report.outcomes['intent']).toBe(1);

      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'a bank registers with a loan product, a company asks to meet it from the directory, the agenda places the meeting',
    async ({ page, url, pageErrors, newSession }) => {
      const organiser = await apiToken(ORGANISER);
      const title = `科技金融银企对接会 ${randomBytes(3).toString('hex')}`;
      const session = await apiCall<Created>('/sessions', {
        method: 'POST',
        token: organiser,
        body: { title, startsAt: tomorrowMorning(), slotMinutes: 20, slots: 3, tables: 2, sessionType: 'bank_enterprise' },
      });
      await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'open_for_registration' } });

      // The bank brings a loan product; a reversed amount range is refused on its field first.
      await signInThenOpen(page, url, BANK, `/sessions/${session.id}`);
      expect(await page.getByTestId('session-type').innerText()).toContain('银企对接会');
      await page.getByTestId('need-name').fill('科创贷（信用贷款）');
      await page.locator('[data-testid=need-amount-min] input').fill('500');
      await page.locator('[data-testid=need-amount-max] input').fill('100');
      await page.getByTestId('register-phone').fill('0755-8888 6601');
      await page.getByTestId('register-submit').click();
      await page.getByTestId('needs-form').getByText('最高金额不能低于最低金额').waitFor();
      await page.locator('[data-testid=need-amount-max] input').fill('1000');
      await page.getByTestId('register-submit').click();
      await page.getByTestId('agenda-not-published').waitFor();

      // The company registers, finds the bank in the directory with its contact and asks to meet.
      const company = await newSession();
      await signInThenOpen(company, url, ENTERPRISE, `/sessions/${session.id}`);
      const before = company.getByTestId('directory-entry').filter({ hasText: BANK_NAME });
      await before.waitFor();
      expect(await before.getByTestId('directory-contact').count()).toBe(0);
      await company.getByTestId('register-submit').click();
      await company.getByTestId('agenda-not-published').waitFor();
      await openTab(company, '参会名录');
      await company.getByTestId('directory-kind-finance').click();
      const entry = company.getByTestId('directory-entry').filter({ hasText: BANK_NAME });
      await entry.getByTestId('directory-contact').filter({ hasText: '0755-8888 6601' }).waitFor();
      expect(await entry.getByTestId('directory-need').innerText()).toContain('500–1000 万元');
      await entry.getByTestId('directory-ask').click();
      await company.getByTestId('request-message').fill('希望了解科创贷');
      await company.locator('.ant-modal-footer button.ant-btn-primary').click();
      await entry.filter({ hasText: '已约见' }).waitFor();

      // The organiser runs the agenda: the bank meets the company.
      const run = await apiCall<Run>(`/sessions/${session.id}/agenda`, { method: 'POST', token: organiser });
      for (let i = 0; i < 100; i++) {
        const r = await apiCall<Run>(`/sessions/${session.id}/agenda/runs/${run.id}`, { token: organiser });
        if (r.status === 'completed') break;
        if (r.status === 'failed') throw new Error('the agenda run failed');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await apiCall(`/sessions/${session.id}/status`, { method: 'POST', token: organiser, body: { status: 'scheduled' } });
      await page.reload();
      await page.getByTestId('my-meeting').filter({ hasText: DEMO_COMPANY }).waitFor();
      await company.reload();
      await company.getByTestId('my-meeting').filter({ hasText: BANK_NAME }).waitFor();

      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'a company sees its online meeting link, downloads its calendar, subscribes and answers the follow-up of a held session',
    async ({ page, url, pageErrors }) => {
      const company = await apiToken(ENTERPRISE);
      const sessions = await apiCall<{ items: Array<{ id: string; title: string }> }>('/sessions?pageSize=50', { token: company });
      const scheduled = sessions.items.find((x) => x.title === '智慧医疗专场供需对接会');
      const held = sessions.items.find((x) => x.title === '人工智能赋能公共服务供需对接会（首场）');
      if (!scheduled || !held) throw new Error('the demo sessions are missing');

      // Its first meeting of the demo's hybrid session is online: the link is on its own agenda.
      await signInThenOpen(page, url, ENTERPRISE, `/sessions/${scheduled.id}`);
      const online = page.getByTestId('my-meeting').filter({ hasText: HEALTH }).first();
      await online.waitFor();
      expect(await online.getByTestId('meeting-link').getAttribute('href')).toBe('https://meeting.tencent.com/dm/demo-pengzhi-cdss');

      // 下载日历: an .ics with its meetings in Beijing time.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-ics').click()]);
      const { readFile } = await import('node:fs/promises');
      const ics = await readFile((await download.path()) as string, 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:');
      expect(ics).toContain('meeting.tencent.com/dm/demo-pengzhi-cdss');
      expect(download.suggestedFilename()).toMatch(/\.ics$/);

      // 日历订阅: the private URL, shown once, serves the same meetings without signing in.
      await page.getByTestId('calendar-feed-create').click();
      const feedUrl = await page.getByTestId('calendar-feed-url').inputValue();
      expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const feed = await fetch(feedUrl);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('demo-pengzhi-cdss');

      // The held session asks what came of its meeting with 市卫生健康委.
      await page.goto(url(`/sessions/${held.id}`));
      const question = page.getByTestId('follow-up').filter({ hasText: HEALTH });
      await question.waitFor();
      await question.locator('label').filter({ hasText: '试点' }).click();
      await question.locator('textarea').fill('已在市第二人民医院放射科试点');
      await question.getByTestId('follow-up-submit').click();
      await question.getByTestId('follow-up-answered').filter({ hasText: '试点' }).waitFor();

      expect(pageErrors).toEqual([]);
    },
    90_000,
  );
});
