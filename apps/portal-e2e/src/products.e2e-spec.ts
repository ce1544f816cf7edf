import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import {
  chooseOption,
  signInAt,
  signOut,
  typeDate,
} from './support/flows';

const ENTERPRISE = 'enterprise@demo.scenematch.cn';
const ORGANISER = 'organiser@demo.scenematch.cn';
const AGENCY = 'agency@demo.scenematch.cn';
/** The demo enterprise user's company. */
const COMPANY = '深圳鹏知医疗智能科技有限公司';
const COMPANY_PHONE = '0755-86127301';

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small valid PNG (the API checks the content, not the name): a blue 8×6 RGB image. */
function tinyPng(width = 8, height = 6): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([22, 119, 255]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

let tempDir: string;
let pngPath: string;

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'sm-products-e2e-'));
  pngPath = join(tempDir, '巡检截图.png');
  writeFileSync(pngPath, tinyPng());
});

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** Opens a page of the 管理后台 through the menu, as an organiser would. */
async function openAdmin(page: Page, label: string, path: string) {
  await page.getByTestId('nav-admin').hover();
  await page.getByRole('link', { name: label }).click();
  await page.waitForURL(`**${path}`);
}

/**
 * Picks options of an NG-ZORRO select by typing each into its search box first: the option list
 * is virtually scrolled, so an option far down the taxonomy is not in the page until searched.
 */
async function searchAndPick(page: Page, testId: string, options: readonly string[]) {
  const select = page.getByTestId(testId);
  await select.click();
  for (const option of options) {
    await select.locator('input.ant-select-selection-search-input').fill(option);
    await page.locator('nz-option-item:visible').filter({ hasText: option }).first().click();
    await page
      .locator('nz-option-item.ant-select-item-option-selected:visible')
      .filter({ hasText: option })
      .waitFor();
  }
  await page.keyboard.press('Escape');
}

function card(page: Page, name: string) {
  return page.getByTestId('product-card').filter({ hasText: name });
}

/** Waits until the catalogue has loaded (after a full page load). */
async function settled(page: Page) {
  await page.locator('[data-testid="results"][data-loading="false"]').waitFor();
}

/** Waits until the catalogue shows exactly `n` cards (the previous result may still be on screen). */
async function cardCount(page: Page, n: number) {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="results"][data-loading="false"]') &&
      document.querySelectorAll('[data-testid="product-card"]').length === expected,
    n,
  );
}

/** Waits until every card on screen carries the capability (the filtered result has arrived). */
async function everyCardHas(page: Page, capability: string) {
  await page.waitForFunction((name) => {
    const cards = [...document.querySelectorAll('[data-testid="product-card"]')];
    return (
      cards.length > 0 &&
      cards.every((c) =>
        [...c.querySelectorAll('[data-testid="product-capability"]')].some(
          (t) => t.textContent?.trim() === name,
        ),
      )
    );
  }, capability);
}

describe('the capability list (能力清单)', () => {
  browserTest(
    'a company adds a product with a screenshot, the organiser lists it, and a visitor finds it',
    async ({ page, url, pageErrors }) => {
      const suffix = randomBytes(2).toString('hex');
      // 翡翠 appears nowhere in the demo data: the two-character search finds this product only.
      const name = `翡翠视觉巡检平台 ${suffix}`;

      // 1. The company adds the product on 我的产品 and saves a draft.
      await signInAt(page, url('/login'), ENTERPRISE, '/me/recommendations');
      await page.getByTestId('nav-me').hover();
      await page.getByRole('link', { name: '我的产品' }).click();
      await page.waitForURL('**/me/products');
      await page.getByTestId('create-product').click();
      await page.waitForURL('**/me/products/new');
      await page.getByTestId('files-need-save').waitFor();
      await page.getByTestId('field-name').fill(name);
      await page
        .getByTestId('field-description')
        .fill('面向产线的工业视觉缺陷检测平台，支持表面划痕、漏装和错装的实时识别与告警。');
      await searchAndPick(page, 'field-capabilities', ['工业视觉检测', '计算机视觉']);
      await searchAndPick(page, 'field-domains', ['智能制造']);
      await page.getByTestId('field-maturity').getByText('试点应用').click();
      await page.getByTestId('field-deployment-modes').getByText('边缘端').click();
      await page.getByTestId('field-case-0').fill('在某电子厂 SMT 产线部署，漏检率降至 0.1% 以下');
      await page.getByTestId('save').click();
      await page.waitForURL(/\/me\/products\/[0-9a-f-]{36}\/edit$/);
      const productId = /products\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1];
      expect(productId).toBeTruthy();

      // 2. A screenshot goes up and shows as a preview (fetched with the token: not public yet).
      await page
        .getByTestId('file-upload')
        .locator('input[type="file"]')
        .setInputFiles(pngPath);
      const preview = page.getByTestId('file-image-img');
      await preview.waitFor();
      await page.waitForFunction(
        () => {
          const img = document.querySelector<HTMLImageElement>('[data-testid="file-image-img"]');
          return !!img && img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:');
        },
      );

      // 3. … and the product is submitted for review.
      await page.getByTestId('save-submit').click();
      await page.waitForURL('**/me/products');
      const row = page.getByTestId('my-product-row').filter({ hasText: name });
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('submitted');

      // 4. The organiser lists it from 产品审核.
      await signOut(page);
      await signInAt(page, url('/login'), ORGANISER, '/admin/scenarios');
      await openAdmin(page, '产品审核', '/admin/products');
      const queued = page.getByTestId('queue-row').filter({ hasText: name });
      await queued.waitFor();
      await queued.getByTestId('queue-list').click();
      await page.getByRole('button', { name: '确认入库' }).click();
      await queued.waitFor({ state: 'detached' });

      // 5. A visitor finds it by the two-character word, with the word marked …
      await signOut(page);
      await page.goto(url('/products'));
      await page.getByTestId('product-search').fill('翡翠');
      await page.waitForURL(/\/products\?q=/);
      await cardCount(page, 1);
      const found = card(page, name);
      await found.waitFor();
      expect(await found.locator('mark.sm-hit').first().innerText()).toBe('翡翠');

      // … and by a capability filter.
      await page.getByTestId('filter-reset').click();
      await page.waitForURL((u) => u.pathname === '/products' && !u.search);
      await searchAndPick(page, 'filter-capability', ['工业视觉检测']);
      await page.waitForURL(/capability=/);
      await everyCardHas(page, '工业视觉检测');
      // The newest listed product comes first.
      expect(await page.getByTestId('product-name').first().innerText()).toBe(name);

      // 6. Its page shows what it does and the screenshot, which is public now.
      await card(page, name).getByTestId('product-name').click();
      await page.waitForURL(`**/products/${productId}`);
      expect(await page.getByTestId('product-title').innerText()).toBe(name);
      expect(await page.getByTestId('product-maturity').innerText()).toBe('试点应用');
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="file-image-img"]');
        return !!img && img.complete && img.naturalWidth > 0 && img.src.includes('/api/products/');
      });
      expect(await page.getByTestId('product-actions').innerText()).toBe('');

      // 7. … and leads to the company's page, which lists it.
      await page.getByTestId('company-link').click();
      await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
      expect(await page.getByTestId('company-name').innerText()).toContain(COMPANY);
      await page
        .getByTestId('company-products')
        .getByTestId('product-card')
        .filter({ hasText: name })
        .waitFor();
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  browserTest(
    'the organiser releases a launch event and its product carries the event in the catalogue',
    async ({ page, url, pageErrors }) => {
      const suffix = randomBytes(2).toString('hex');
      const productName = `琥珀语音导览机器人 ${suffix}`;
      const title = `人工智能产品发布会（第 ${suffix} 场）`;

      // Set-up: the company has submitted a product (through the API; not what this test is about).
      const token = await apiToken(ENTERPRISE);
      const product = await apiCall<{ id: string }>('/products', {
        method: 'POST',
        token,
        body: {
          name: productName,
          description: '面向文博场馆的语音导览服务机器人，支持多语种讲解与问答。',
          capabilities: ['语音识别与合成', '服务机器人'],
          domains: ['文化旅游'],
          maturity: 'pilot',
          deploymentModes: ['on-premise'],
          cases: [],
        },
      });
      await apiCall(`/products/${product.id}/submit`, { method: 'POST', token });

      // 1. The organiser creates the event; its drawer opens.
      await signInAt(page, url('/login'), ORGANISER, '/admin/scenarios');
      await openAdmin(page, '产品发布会', '/admin/launch-events');
      await page.getByTestId('create-event').click();
      await page.getByTestId('event-field-title').fill(title);
      await typeDate(page, 'event-field-held-on', `${new Date().getFullYear() + 1}-03-18`);
      await page.getByTestId('event-field-venue').fill('区人工智能创新服务中心 路演厅');
      await page.getByTestId('event-save').click();
      const drawer = page.getByTestId('event-drawer');
      await drawer.waitFor();
      await drawer.getByTestId('assign-select').waitFor();

      // 2. … puts the submitted product on it …
      await chooseOption(page, 'assign-select', productName);
      await drawer.getByTestId('assign-button').click();
      await drawer.locator(`[data-testid="assigned-row"][data-id="${product.id}"]`).waitFor();

      // 3. … and releases it: the confirmation says how many products get listed.
      await drawer.getByTestId('drawer-release').click();
      await page.getByText('将同时入库 1 个产品').waitFor();
      await page.getByRole('button', { name: '确认发布' }).click();
      const eventRow = page.getByTestId('event-row').filter({ hasText: title });
      await page
        .locator('[data-testid="event-row"][data-status="released"]')
        .filter({ hasText: title })
        .waitFor();
      const eventId = await eventRow.getAttribute('data-id');
      await page.locator('.ant-drawer-close').click();
      await drawer.waitFor({ state: 'hidden' });

      // 4. A visitor sees the product in the catalogue with the event's badge, also by the event filter.
      await signOut(page);
      await page.goto(url(`/products?launchEvent=${eventId}`));
      await settled(page);
      await cardCount(page, 1);
      const badge = card(page, productName).getByTestId('launch-badge');
      expect(await badge.innerText()).toContain(title);
      await page.goto(url('/products?q=琥珀'));
      await settled(page);
      expect(await card(page, productName).getByTestId('launch-badge').innerText()).toContain(title);
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  browserTest(
    'a company page shows contact details to agencies, not to anonymous visitors',
    async ({ page, url, newSession }) => {
      await page.goto(url('/products?q=鹏知影像'));
      await settled(page);
      await page.getByTestId('product-company').filter({ hasText: COMPANY }).first().click();
      await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
      const companyUrl = page.url();
      expect(await page.getByTestId('company-name').innerText()).toContain(COMPANY);
      await page.getByTestId('company-certifications').waitFor();
      await page.getByTestId('company-contact-hidden').waitFor();
      expect(await page.getByTestId('company-contact').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toContain(COMPANY_PHONE);

      // A unit that publishes scenarios may contact the company.
      const agency = await newSession();
      await signInAt(agency, url('/login'), AGENCY, '/agency/scenarios');
      await agency.goto(companyUrl);
      const contact = agency.getByTestId('company-contact');
      await contact.waitFor();
      expect(await contact.innerText()).toContain(COMPANY_PHONE);
    },
  );
});
