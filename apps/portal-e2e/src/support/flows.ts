import { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './e2e-env';

/** Signs in through the login form, as a user would. */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
}

/** Opens `url` (a page behind the login), signs in and waits for the landing page. */
export async function signInAt(
  page: Page,
  url: string,
  email: string,
  landing: string | RegExp,
): Promise<void> {
  await page.goto(url);
  await signIn(page, email);
  await page.waitForURL(typeof landing === 'string' ? `**${landing}` : landing);
}

/** The signed-in user's name in the header. */
export function headerUserName(page: Page) {
  return page.getByTestId('user-name');
}

/** The path and query of the page's URL. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/**
 * Picks an option of an NG-ZORRO select: opens it, then clicks the visible option whose text
 * contains `option` (the dropdown is rendered in an overlay outside the select).
 */
export async function chooseOption(
  page: Page,
  testId: string,
  option: string,
): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .locator('nz-option-item:visible')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Picks several options of an NG-ZORRO multiple select (it stays open between picks), then closes it. */
export async function chooseOptions(
  page: Page,
  testId: string,
  options: readonly string[],
): Promise<void> {
  await page.getByTestId(testId).click();
  for (const option of options) {
    const item = page
      .locator('nz-option-item:visible')
      .filter({ hasText: option })
      .first();
    await item.click();
    await page
      .locator('nz-option-item.ant-select-item-option-selected:visible')
      .filter({ hasText: option })
      .waitFor();
  }
  await page.keyboard.press('Escape');
}

/** Types a date into an NG-ZORRO date picker and confirms it with Enter. */
export async function typeDate(
  page: Page,
  testId: string,
  isoDate: string,
): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.click();
  // Typing before the picker's panel exists makes NG-ZORRO throw (it forwards input to the panel).
  await page.locator('.ant-picker-dropdown:visible').first().waitFor();
  await input.fill(isoDate);
  await input.press('Enter');
}

/**
 * Types a date and time (`YYYY-MM-DD HH:mm`) into an NG-ZORRO date picker that shows time: the
 * typed value is taken with Enter, or with the panel's 确定 where the picker still waits for it.
 */
export async function typeDateTime(page: Page, testId: string, dateTime: string): Promise<void> {
  await typeDate(page, testId, dateTime);
  const panel = page.locator('.ant-picker-dropdown:visible');
  const closed = await panel.waitFor({ state: 'hidden', timeout: 2000 }).then(() => true, () => false);
  if (!closed) {
    await panel.locator('.ant-picker-ok button').click();
    await panel.waitFor({ state: 'hidden' });
  }
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  // The menu opens with an animation; a click while it is still moving can miss. Try again then.
  for (let attempt = 0; ; attempt++) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    try {
      await page.getByTestId('account-login').waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
