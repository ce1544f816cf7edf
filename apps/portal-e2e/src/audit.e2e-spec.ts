import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { apiCall } from './support/api';
import { browserTest } from './support/browser';
import { readState } from './support/e2e-env';
import { chooseOption, signIn } from './support/flows';

const ORGANISER = 'organiser@demo.scenematch.cn';
const ADMIN = 'admin@demo.scenematch.cn';

/** The e2e API's database, for what only someone with direct database access could do. */
async function withDatabase<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const state = readState();
  const url = new URL(state.adminDatabaseUrl);
  url.pathname = `/${state.databaseName}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('审计日志 (/admin/audit)', () => {
  browserTest(
    'the organiser filters the trail, checks its integrity (and sees a tampered record), and exports it',
    async ({ page, url, pageErrors }) => {
      // A failed sign-in with an address of its own, to find again.
      const stranger = `audit-e2e-${randomBytes(4).toString('hex')}@example.cn`;
      await apiCall('/auth/login', { method: 'POST', body: { email: stranger, password: 'Wrong#Passw0rd' } }).catch(() => undefined);

      await page.goto(url('/login'));
      await signIn(page, ORGANISER);
      await page.waitForURL('**/admin/scenarios');
      await page.goto(url('/admin/audit'));
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      await page.getByTestId('audit-row').first().waitFor();

      // Sign-in failures only.
      await page.getByTestId('audit-filter-action').click();
      await page.locator('nz-option-item:visible').filter({ hasText: /^\s*登录\s*$/ }).click();
      await chooseOption(page, 'audit-filter-outcome', '失败');
      await page.getByTestId('audit-search').click();
      const failed = page.getByTestId('audit-row').filter({ hasText: '未登录' }).first();
      await failed.waitFor();
      const rows = page.getByTestId('audit-row');
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('[data-testid="audit-row"]')).every(
          (r) => r.getAttribute('data-action') === 'auth.login' && r.getAttribute('data-outcome') === 'failure',
        ),
      );
      expect(await rows.count()).toBeGreaterThan(0);
      // The record's details name the address that was tried.
      await page.locator('[data-testid="audit-row"] td.ant-table-row-expand-icon-cell button, [data-testid="audit-row"] .ant-table-row-expand-icon').first().click();
      await page.getByText(stranger).first().waitFor();

      // By user: the organiser's own sign-in.
      await page.getByTestId('audit-reset').click();
      await page.getByTestId('audit-filter-actor').fill(ORGANISER);
      await page.getByTestId('audit-search').click();
      await page.waitForFunction(
        (email) => {
          const actors = Array.from(document.querySelectorAll('[data-testid="audit-actor"]'));
          return actors.length > 0 && actors.every((a) => a.textContent?.includes(email));
        },
        ORGANISER,
      );

      // Integrity: intact, then a record altered in the database is reported, then restored.
      await page.getByTestId('audit-verify').click();
      const result = page.getByTestId('audit-verify-result');
      await result.waitFor();
      expect(await result.getAttribute('data-ok')).toBe('true');
      expect(await result.innerText()).toContain('完整性校验通过');

      const victim = await withDatabase(async (db) => (await db.query<{ id: string; ip: string | null }>(`SELECT id, ip FROM audit_log ORDER BY id LIMIT 1`)).rows[0]);
      const alter = (ip: string | null) =>
        withDatabase((db) => db.query(`BEGIN; SET LOCAL scenematch.audit_maintenance = 'on'; UPDATE audit_log SET ip = ${ip === null ? 'NULL' : `'${ip.replace(/'/g, "''")}'`} WHERE id = ${Number(victim.id)}; COMMIT;`));
      await alter('203.0.113.66');
      try {
        await page.getByTestId('audit-verify').click();
        await page.waitForFunction(() => document.querySelector('[data-testid="audit-verify-result"]')?.getAttribute('data-ok') === 'false');
        expect(await result.innerText()).toContain('完整性校验未通过');
        expect(await page.getByTestId('audit-verify-problems').innerText()).toContain(`记录 #${victim.id}`);
        expect(await page.getByTestId('audit-verify-problems').innerText()).toContain('篡改');
      } finally {
        await alter(victim.ip);
      }
      await page.getByTestId('audit-verify').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="audit-verify-result"]')?.getAttribute('data-ok') === 'true');

      // Export of the current filters.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/^审计日志-.*\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain('操作');
      expect(csv).toContain(ORGANISER);
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-xlsx').click()]);
      expect(xlsx.suggestedFilename()).toMatch(/^审计日志-.*\.xlsx$/);

      expect(pageErrors).toEqual([]);
    },
    90_000,
  );

  browserTest('the admin pages through the trail', async ({ page, url }) => {
    await page.goto(url('/login'));
    await signIn(page, ADMIN);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(url('/admin/audit'));
    await page.getByTestId('audit-row').first().waitFor();
    const total = await page.locator('.ant-pagination-total-text').innerText();
    expect(total).toMatch(/共 \d+ 条记录/);
    const firstPage = await page.getByTestId('audit-row').first().innerText();
    if (Number(/共 (\d+)/.exec(total)?.[1]) > 20) {
      // Read the first row before paging: page 2 may render before a read after the click.
      const before = await page.getByTestId('audit-row').first().textContent();
      await page.locator('.ant-pagination-next').click();
      await page.waitForFunction((text) => document.querySelector('[data-testid="audit-row"]')?.textContent !== text, before);
      expect(await page.getByTestId('audit-row').first().innerText()).not.toBe(firstPage);
    }
  });

  browserTest('an enterprise user cannot open the audit page', async ({ page, url }) => {
    await page.goto(url('/login'));
    await signIn(page, 'enterprise@demo.scenematch.cn');
    await page.waitForURL('**/me/recommendations');
    await page.goto(url('/admin/audit'));
    await page.waitForURL('**/403');
  });
});
