import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { baseUrl, WORKSPACE_ROOT } from './e2e-env';

export const FAILURE_DIR = join(WORKSPACE_ROOT, 'test-results/e2e');

let browser: Browser | null = null;

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = null;
});

export interface BrowserTestContext {
  page: Page;
  context: BrowserContext;
  /** Absolute URL of a portal path. */
  url: (path: string) => string;
  /** Uncaught page errors and console errors seen so far (of every page of the test). */
  pageErrors: string[];
  /**
   * A page in another fresh browser context: a second user (own localStorage, own session) next
   * to the first. Closed with the test.
   */
  newSession: () => Promise<Page>;
}

function fileName(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 120) || 'test'
  );
}

/**
 * A test in a fresh browser context (its own localStorage, so its own session). When the test
 * fails, a full-page screenshot is saved to test-results/e2e/<test title>.png.
 */
export function browserTest(
  title: string,
  body: (t: BrowserTestContext) => Promise<void>,
  timeout?: number,
): void {
  test(
    title,
    async () => {
      const browser = await sharedBrowser();
      const contexts: BrowserContext[] = [];
      const pageErrors: string[] = [];
      const openPage = async (): Promise<Page> => {
        const context = await browser.newContext({
          locale: 'zh-CN',
          viewport: { width: 1280, height: 900 },
        });
        contexts.push(context);
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(message.text());
        });
        return page;
      };
      const page = await openPage();
      const context = contexts[0];
      const url = (path: string) => new URL(path, baseUrl()).toString();
      try {
        await body({ page, context, url, pageErrors, newSession: openPage });
      } catch (error) {
        mkdirSync(FAILURE_DIR, { recursive: true });
        const file = join(
          FAILURE_DIR,
          `${fileName(expect.getState().currentTestName ?? title)}.png`,
        );
        // Every open page of the test: the failing step may be in a second user's session.
        for (const [i, ctx] of contexts.entries()) {
          for (const [j, open] of ctx.pages().entries()) {
            const suffix = i || j ? `-${i}-${j}` : '';
            await open
              .screenshot({
                path: file.replace(/\.png$/, `${suffix}.png`),
                fullPage: true,
              })
              .catch(() => undefined);
          }
        }
        console.error(
          `[portal-e2e] failure screenshot: ${file}\n  url: ${page.url()}\n  page errors: ${pageErrors.join(' | ') || 'none'}`,
        );
        throw error;
      } finally {
        for (const c of contexts) await c.close();
      }
    },
    timeout,
  );
}
