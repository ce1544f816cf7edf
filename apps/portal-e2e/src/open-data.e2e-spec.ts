import { browserTest } from './support/browser';
import { baseUrl } from './support/e2e-env';

describe('开放数据', () => {
  browserTest(
    'is reached from the footer without signing in, and its latest file downloads as a CSV Excel reads',
    async ({ page, url, pageErrors }) => {
      await page.goto(url('/'));
      await page
        .getByTestId('footer-links')
        .getByRole('link', { name: '开放数据' })
        .click();
      await page
        .getByRole('heading', { name: '开放数据', exact: true })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/open-data');

      // The worker writes the first dump when it first starts: the page lists it.
      const link = page.locator(
        '[data-testid="open-data-files"] a[data-file="scenarios.csv"]',
      );
      await link.waitFor({ timeout: 30_000 });
      const href = (await link.getAttribute('href')) as string;
      const file = await fetch(new URL(href, baseUrl()));
      expect(file.status).toBe(200);
      const body = Buffer.from(await file.arrayBuffer());
      expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(body.toString('utf8')).toContain('场景名称 title');

      // The feed the page documents answers as documented.
      const feed = (await (
        await fetch(`${baseUrl()}/api/open-data/scenarios?limit=2`)
      ).json()) as { items: unknown[]; hasMore: boolean };
      expect(feed.items).toHaveLength(2);
      expect(feed.hasMore).toBe(true);
      expect(pageErrors).toEqual([]);
    },
    60_000,
  );
});
