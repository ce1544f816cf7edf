import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { DEMO_PASSWORD as PASSWORD } from './support/e2e-env';
import { chooseOptions, signInAt } from './support/flows';
import { randomUscc } from './support/test-data';

const MEMBER = 'enterprise@demo.scenematch.cn';
/** The demo company: it lists products, so the apply form offers it as a member. */
const MEMBER_NAME = '深圳鹏知医疗智能科技有限公司';

/** Confirms the open NG-ZORRO popconfirm with its OK button. */
async function confirmPopover(page: Page, okText: string): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: okText }).click();
}

/** A one-page PDF that runs JavaScript when opened, its catalog compressed into an object stream. */
async function pdfWithOpenActionScript(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const action = doc.context.register(doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
  doc.catalog.set(PDFName.of('OpenAction'), action);
  return Buffer.from(await doc.save());
}

describe('consortia (联合体)', () => {
  browserTest(
    'a lead names a member, the member accepts on 我的申报, the bid is submitted, and the member may not then bid alone (§37)',
    async ({ page, url, newSession, pageErrors }) => {
      const suffix = randomBytes(3).toString('hex');
      const [agency, organiser] = await Promise.all([apiToken('agency@demo.scenematch.cn'), apiToken('organiser@demo.scenematch.cn')]);
      const title = `联合体申报测试${suffix}：院内物流机器人`;
      const scenario = await apiCall<{ id: string }>('/scenarios', {
        method: 'POST',
        token: agency,
        body: { title, domain: '智慧医疗', description: '在区属医院试点院内物流配送机器人。', deadline: `${new Date().getFullYear() + 1}-12-31` },
      });
      await apiCall(`/scenarios/${scenario.id}/submit`, { method: 'POST', token: agency });
      await apiCall(`/scenarios/${scenario.id}/publish`, { method: 'POST', token: organiser });
      const leadEmail = `e2e-lead-${suffix}@example.cn`;
      const leadName = `深圳联合牵头科技${suffix}有限公司`;
      await apiCall('/auth/register', {
        method: 'POST',
        body: { email: leadEmail, password: PASSWORD, displayName: '牵头联系人', organisation: { type: 'enterprise', name: leadName, uscc: randomUscc() }, privacyConsent: true },
      });

      // The lead drafts the bid and names the demo company as a member.
      await signInAt(page, url('/login'), leadEmail, '/me/recommendations');
      await page.goto(url(`/scenarios/${scenario.id}/apply`));
      await page.getByTestId('field-proposal').fill('联合体方案：牵头单位负责调度平台，成员单位负责机器人本体与现场部署，六个月完成试点。');
      await page.getByTestId('field-quote').locator('input').fill('900000');
      await page.getByTestId('field-duration').locator('input').fill('180');
      await chooseOptions(page, 'field-members', [MEMBER_NAME]);
      await page.getByTestId('field-truthful').click();
      await page.getByTestId('apply-save').click();
      await page.waitForURL('**/me/applications/*/edit');
      const state = page.getByTestId('member-state').filter({ hasText: MEMBER_NAME });
      await state.waitFor();
      expect(await state.getAttribute('data-state')).toBe('invited');
      expect(await state.innerText()).toContain('待答复');

      // A scripted PDF is refused, and the reason is shown.
      await page.getByTestId('apply-file-input').setInputFiles({ name: '技术方案.pdf', mimeType: 'application/pdf', buffer: await pdfWithOpenActionScript() });
      const fileError = page.getByTestId('apply-file-error');
      await fileError.waitFor();
      expect(await fileError.innerText()).toMatch(/JavaScript.*OpenAction|OpenAction.*JavaScript/);

      // Submitting before the member has accepted is refused, naming the member.
      await page.getByTestId('apply-submit').click();
      await confirmPopover(page, '确认提交');
      await page.getByText(`${MEMBER_NAME}：尚未接受邀请`).waitFor();

      // The member sees the invitation on 我的申报 and accepts it.
      const member = await newSession();
      await signInAt(member, url('/login'), MEMBER, '/me/recommendations');
      await member.goto(url('/me/applications'));
      const invitation = member.getByTestId('consortium-invitation').filter({ hasText: title });
      await invitation.waitFor();
      expect(await invitation.getAttribute('data-state')).toBe('invited');
      expect(await invitation.innerText()).toContain(leadName);
      await invitation.getByTestId('invitation-accept').click();
      await confirmPopover(member, '确定');
      await member.locator(`[data-testid="consortium-invitation"][data-state="accepted"]`).filter({ hasText: title }).waitFor();

      // Now the lead submits.
      await page.reload();
      await page.locator('[data-testid="member-state"][data-state="accepted"]').filter({ hasText: MEMBER_NAME }).waitFor();
      await page.getByTestId('apply-submit').click();
      await confirmPopover(page, '确认提交');
      await page.waitForURL('**/me/applications');
      const row = page.getByTestId('my-application-row').filter({ hasText: title });
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('submitted');

      // §37: the member may not bid alone on the same scenario; the reason is shown.
      await member.goto(url(`/scenarios/${scenario.id}/apply`));
      await member.getByTestId('field-proposal').fill('本单位单独申报方案：机器人本体与调度平台一体化交付，三个月完成试点部署。');
      await member.getByTestId('field-quote').locator('input').fill('700000');
      await member.getByTestId('field-duration').locator('input').fill('90');
      await member.getByTestId('field-truthful').click();
      await member.getByTestId('apply-save').click();
      const refusal = member.getByTestId('apply-error');
      await refusal.waitFor();
      const text = await refusal.innerText();
      expect(text).toContain(`已加入「${leadName}」牵头的联合体`);
      expect(text).toContain('第三十七条');
      expect(pageErrors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
    },
    180_000,
  );
});
