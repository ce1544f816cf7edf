import type { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import { signIn } from './support/flows';
import { chineseInterfaceText } from './support/interface-text';

/** English from the first paint: the choice the 🌐 switch stores in this browser. */
async function inEnglish(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.setItem('sm.language', 'en'));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

describe('scenario, matching and open-data pages in English', () => {
  browserTest('the public scenario list and a scenario, open data and the privacy policy', async ({ page, url }) => {
    await inEnglish(page, url('/scenarios'));
    await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
    await page.getByTestId('scenario-card').first().waitFor();
    await page.getByText(/\d+ scenarios found/).waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.getByTestId('scenario-title').first().click();
    await page.getByTestId('scenario-detail').waitFor();
    await page.getByText('Back to scenarios').first().waitFor();
    await page.getByTestId('contact-login').getByText('Sign in to see the contact details').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.goto(url('/open-data'));
    await page.getByRole('heading', { name: 'Open data' }).waitFor();
    await page.getByText('Incremental sync: updatedSince and cursors').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.goto(url('/privacy'));
    await page.getByRole('heading', { name: 'Privacy policy' }).waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
  }, 120_000);

  browserTest('a company’s recommendations and their explanation', async ({ page, url }) => {
    await inEnglish(page, url('/login'));
    await signIn(page, 'enterprise@demo.scenematch.cn');
    await page.getByTestId('user-name').waitFor();
    await page.goto(url('/me/recommendations'));
    await page.getByRole('heading', { name: 'Recommended for you' }).waitFor();
    // The worker computes the demo company's matches shortly after start: until then the empty
    // state shows (English too), then the cards.
    const cards = page.getByTestId('recommendation-card');
    for (let i = 0; i < 20 && !(await cards.count()); i++) {
      await page.locator('[data-testid="recommendation-card"], [data-testid="recommendations-empty"]').first().waitFor();
      expect(await chineseInterfaceText(page)).toEqual([]);
      if (await cards.count()) break;
      await page.waitForTimeout(3000);
      await page.reload();
    }
    await cards.first().waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.getByTestId('recommendation-why').first().click();
    await page.getByTestId('component-row').first().waitFor();
    await page.getByText('Score breakdown').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
  }, 120_000);

  browserTest('the organiser’s review queue, batches, import and matching pages', async ({ page, url }) => {
    await inEnglish(page, url('/login'));
    await signIn(page, 'organiser@demo.scenematch.cn');
    await page.getByTestId('user-name').waitFor();
    for (const [path, heading, ready] of [
      ['/admin/scenarios', 'Scenario review', 'review-queue'],
      ['/admin/batches', 'Batches', 'batch-status'],
      ['/admin/import', 'Import & export', 'export-card'],
      ['/admin/matching', 'Matching', 'rebuilds-table'],
    ] as const) {
      await page.goto(url(path));
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.getByTestId(ready).first().waitFor();
      expect(await chineseInterfaceText(page)).toEqual([]);
    }
  }, 120_000);

  browserTest('an agency’s scenarios and the scenario form', async ({ page, url }) => {
    await inEnglish(page, url('/login'));
    await signIn(page, 'agency@demo.scenematch.cn');
    await page.getByTestId('user-name').waitFor();
    await page.goto(url('/agency/scenarios'));
    await page.getByRole('heading', { name: 'My scenarios' }).waitFor();
    await page.getByTestId('my-scenario-row').first().waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);

    await page.getByTestId('create-scenario').click();
    await page.getByTestId('scenario-form').waitFor();
    // An empty submit: the field messages are English too.
    await page.getByTestId('field-contact-phone').fill('12');
    await page.getByText('Save draft').click();
    await page.getByText('Please enter a title').waitFor();
    await page.getByTestId('error-contact-phone').getByText('Invalid phone number').waitFor();
    expect(await chineseInterfaceText(page)).toEqual([]);
  }, 120_000);
});
