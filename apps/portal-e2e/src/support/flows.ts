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

/** The signed-in user's name in the header. */
export function headerUserName(page: Page) {
  return page.getByTestId('user-name');
}

/** The path and query of the page's URL. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
