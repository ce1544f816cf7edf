import { randomInt } from 'node:crypto';
import { browserTest } from './support/browser';
import { signIn } from './support/flows';

describe('batch management', () => {
  browserTest(
    'the organiser prepares a batch, is told a taken number, releases and closes it',
    async ({ page, url }) => {
      // Numbers from 300 up cannot be mistaken for 第 1 批 or 第 2 批 in other tests.
      const number = randomInt(300, 999);
      const name = `示范区人工智能应用场景清单（第${number}批·测试）`;

      await page.goto(url('/login'));
      await signIn(page, 'organiser@demo.scenematch.cn');
      await page.waitForURL('**/admin/scenarios');
      await page.goto(url('/admin/batches'));
      await page
        .locator('[data-testid="batch-row"][data-number="1"]')
        .waitFor();

      await page.getByTestId('create-batch').click();
      const numberInput = page.getByTestId('batch-number').locator('input');
      await numberInput.fill('2');
      await page.getByTestId('batch-name').fill(name);
      await page.getByTestId('batch-save').click();
      // The API refuses the taken number (409 on `number`): said on the number field.
      await page
        .locator('nz-form-item')
        .filter({ has: page.getByTestId('batch-number') })
        .getByText('第 2 批已存在')
        .waitFor();

      await numberInput.fill(String(number));
      await page.getByTestId('batch-save').click();
      const row = page.locator(
        `[data-testid="batch-row"][data-number="${number}"]`,
      );
      await row.waitFor();
      expect(await row.innerText()).toContain(name);
      expect(await row.getByTestId('batch-status').innerText()).toBe(
        '征集中（未发布）',
      );

      await row.getByTestId('batch-publish').click();
      await page.getByText('将同时发布 0 个已通过的场景').waitFor();
      await page.getByRole('button', { name: '确认发布' }).click();
      await row
        .getByTestId('batch-status')
        .filter({ hasText: '已发布' })
        .waitFor();

      await row.getByTestId('batch-close').click();
      await page.getByRole('button', { name: '确认截止' }).click();
      await row
        .getByTestId('batch-status')
        .filter({ hasText: '已截止' })
        .waitFor();
      expect(await row.getByTestId('batch-edit').count()).toBe(0);
    },
    60_000,
  );
});
