import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserTest } from './support/browser';
import { chooseOption, signIn } from './support/flows';

describe('importing a scenario list', () => {
  browserTest(
    'the organiser previews a CSV with a bad row, confirms, and one scenario is created in batch 2',
    async ({ page, url }) => {
      const suffix = randomBytes(3).toString('hex');
      const good = `社区医院智能导诊${suffix}`;
      const newUnit = `市第${suffix}人民医院`;
      const dir = mkdtempSync(join(tmpdir(), 'sm-import-'));
      const file = join(dir, '第二批场景.csv');
      writeFileSync(
        file,
        '\uFEFF序号,应用领域,场景名称,责任单位,场景描述\r\n' +
          `901,智慧医疗,${good},${newUnit},患者在社区医院不知道挂哪个科室\r\n` +
          `902,不存在的领域,,市卫生健康委,\r\n`,
      );

      try {
        await page.goto(url('/login'));
        await signIn(page, 'organiser@demo.scenematch.cn');
        await page.waitForURL('**/admin/scenarios');
        await page.goto(url('/admin/import'));
        await chooseOption(page, 'import-batch', '第 2 批');
        await page
          .getByTestId('import-upload')
          .locator('input[type="file"]')
          .setInputFiles(file);
        await page.getByText('第二批场景.csv').waitFor();
        await page.getByTestId('import-preview').click();

        // The preview: nothing saved yet, each row with its outcome and problems.
        const counts = page.getByTestId('import-counts');
        await counts.waitFor();
        expect(await counts.innerText()).toContain(
          '共 2 行：可导入 1 行，重复 0 行，错误 1 行',
        );
        const rows = page.getByTestId('import-row');
        expect(await rows.count()).toBe(2);
        const goodRow = page.locator(
          '[data-testid="import-row"][data-outcome="created"]',
        );
        expect(await goodRow.innerText()).toContain(good);
        const badRow = page.locator(
          '[data-testid="import-row"][data-outcome="error"]',
        );
        const problems = await badRow
          .getByTestId('import-row-errors')
          .innerText();
        expect(problems).toContain('场景名称为空');
        expect(problems).toContain('未知的应用领域');
        expect(
          await page.getByTestId('import-new-units').innerText(),
        ).toContain(newUnit);

        await page.getByTestId('import-confirm').click();
        await page
          .getByTestId('import-done')
          .getByText('已导入 1 个场景')
          .waitFor();

        // Batch 2 is not released: the imported scenario waits in the queue as approved.
        await page.goto(url('/admin/scenarios'));
        const row = page.getByTestId('queue-row').filter({ hasText: good });
        await row.waitFor();
        expect(await row.innerText()).toContain('已通过待发布');
        expect(await row.innerText()).toContain(newUnit);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
