import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@scenematch/contracts';
import type { Page } from 'playwright-core';
// The portal's own menu definition (plain data, no Angular): a page added to a role's menu is
// walked without touching this file.
import {
  accountLinks,
  mainMenu,
  menuPages,
  userLinks,
  type NavItem,
} from '@scenematch/portal/core/nav/menu';
import { apiCall, apiToken } from './support/api';
import { browserTest } from './support/browser';
import { WORKSPACE_ROOT } from './support/e2e-env';
import { signIn } from './support/flows';
import { catalogueKeys, chineseInterfaceText } from './support/interface-text';

/**
 * The page walker: every role (anonymous included) visits every page of its menu, the public
 * pages and the inner pages reachable from a list, on a phone (360 px) and a laptop (1366 px) in
 * 简体中文, then on a phone in English (its longer words overflow a narrow window first; the
 * laptop-wide English header is checked below), and checks the header at 1280, 1366 and 1440 px
 * in both: no page
 * scrolls sideways, the header stays inside the window on one row, every menu entry can be
 * reached, no page logs an error, no page shows a translation key instead of its text, and in
 * English no page shows Chinese interface text (data the users entered, marked data-i18n-skip,
 * stays as entered).
 * WALK_SCREENSHOTS=1 saves a screenshot of every visit to test-results/walk/.
 */

type Walker = Role | 'anonymous';

const ACCOUNTS: Record<Role, string> = {
  enterprise: 'enterprise@demo.scenematch.cn',
  agency: 'agency@demo.scenematch.cn',
  expert: 'expert@demo.scenematch.cn',
  organiser: 'organiser@demo.scenematch.cn',
  admin: 'admin@demo.scenematch.cn',
  financier: 'bank@demo.scenematch.cn',
};

/** Pages no menu names, per role (a menu's own pages come from the portal's menu). */
const EXTRA_PAGES: Record<Walker, string[]> = {
  anonymous: ['/login', '/register'],
  enterprise: ['/me/products/new'],
  agency: ['/agency/scenarios/new'],
  expert: [],
  organiser: [],
  admin: [],
  financier: [],
};

/** An inner page: the first link of a kind on a list page. */
interface InnerPage {
  name: string;
  list: string;
  link: string;
  /** Appended to the found address (e.g. the apply form of a scenario). */
  suffix?: string;
  /** Turns the found address into the page to visit (e.g. a scenario's evaluation board). */
  map?: (href: string) => string;
}

const PUBLIC_INNER: InnerPage[] = [
  { name: 'scenario', list: '/scenarios', link: 'scenario-title' },
  { name: 'product', list: '/products', link: 'product-name' },
  { name: 'company', list: '/products', link: 'product-company' },
  { name: 'session', list: '/sessions', link: 'session-link' },
];

const ROLE_INNER: Record<Walker, InnerPage[]> = {
  anonymous: [],
  enterprise: [
    {
      name: 'apply',
      list: '/scenarios',
      link: 'scenario-title',
      suffix: '/apply',
    },
  ],
  agency: [],
  expert: [],
  organiser: [
    { name: 'session-admin', list: '/admin/sessions', link: 'session-manage' },
    {
      name: 'evaluation',
      list: '/scenarios',
      link: 'scenario-title',
      map: (href) => href.replace('/scenarios/', '/admin/evaluation/'),
    },
  ],
  admin: [
    { name: 'session-admin', list: '/admin/sessions', link: 'session-manage' },
  ],
  financier: [],
};

const WALK_WIDTHS = [360, 1366] as const;
/** The widths each language's pages are walked at (the header is checked at HEADER_WIDTHS in both). */
const WIDTHS_BY_LANGUAGE = { 'zh-CN': WALK_WIDTHS, en: [360] } as const;
const LANGUAGES = ['zh-CN', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * Pages whose interface is not in English yet (path prefixes): their Chinese is listed in the
 * test's output rather than failing it. Empty when the whole portal is translated.
 */
const NOT_YET_ENGLISH: string[] = [];
const HEADER_WIDTHS = [1280, 1366, 1440] as const;
const SCREENSHOTS = process.env['WALK_SCREENSHOTS'] === '1';
const SHOT_DIR = join(WORKSPACE_ROOT, 'test-results/walk');

function roleOf(walker: Walker): Role | null {
  return walker === 'anonymous' ? null : walker;
}

/** Where the menu's items lead, groups opened. */
function menuLinks(walker: Walker): string[] {
  return menuPages(mainMenu(roleOf(walker))).map((i) => i.link);
}

function ownLinks(walker: Walker): NavItem[] {
  const role = roleOf(walker);
  return role ? userLinks() : accountLinks(null);
}

/** Requests in flight per page: a page has settled when none has been for a moment. */
const inFlight = new WeakMap<Page, { count: number; last: number }>();

function trackRequests(page: Page): void {
  const state = { count: 0, last: Date.now() };
  inFlight.set(page, state);
  const done = () => {
    state.count = Math.max(0, state.count - 1);
    state.last = Date.now();
  };
  page.on('request', () => {
    state.count++;
    state.last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

async function settle(page: Page): Promise<void> {
  const state = inFlight.get(page);
  const deadline = Date.now() + 8_000;
  await page.waitForLoadState('load');
  while (state && Date.now() < deadline) {
    if (state.count === 0 && Date.now() - state.last > 250) break;
    await page.waitForTimeout(50);
  }
  // The next frame: what the answers changed is laid out.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(null))),
  );
}

/**
 * Moves to a page inside the running portal (the router handles popstate like the back button):
 * no reload, so one sign-in serves the whole walk and the walk stays fast.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await settle(page);
}

async function findInner(page: Page, inner: InnerPage): Promise<string> {
  await open(page, inner.list);
  const link = page.getByTestId(inner.link).first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no ${inner.name} link on ${inner.list}`);
  return (inner.map ?? ((h: string) => h))(href) + (inner.suffix ?? '');
}

/** The page is no wider than the window. */
/**
 * A table shown as cards on a phone whose cards do not fill its frame: squeezed into a narrow strip
 * at the left (a table left as a table gave each card its first column's width, 85 of 336 px).
 * Null when every card fills it.
 */
async function squeezedCards(page: Page): Promise<string | null> {
  const narrow = await page.evaluate(() =>
    Array.from(document.querySelectorAll('sm-data-table.cards tbody tr'))
      .map((card) => {
        const frame = (card.closest('sm-data-table') as HTMLElement).getBoundingClientRect().width;
        const width = card.getBoundingClientRect().width;
        return frame > 0 && width > 0 && width < frame * 0.9 ? `${Math.round(width)} of ${Math.round(frame)} px` : null;
      })
      .filter((x): x is string => x !== null)
      .slice(0, 3),
  );
  return narrow.length ? `cards squeezed into ${narrow.join(', ')}` : null;
}

async function sideways(page: Page): Promise<string | null> {
  const [scroll, inner] = await page.evaluate(() => [
    document.scrollingElement?.scrollWidth ?? 0,
    window.innerWidth,
  ]);
  if (scroll <= inner) return null;
  // Name the widest culprits: what a fix has to look at.
  const culprits = await page.evaluate((width) => {
    const out: string[] = [];
    const scrolls = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (
          ['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)
        )
          return true;
      }
      return false;
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.width > 0 && !scrolls(el)) {
        const cls = typeof el.className === 'string' ? el.className : '';
        out.push(
          `${el.tagName.toLowerCase()}.${cls.split(' ').slice(0, 2).join('.')} (${Math.round(r.right)})`,
        );
      }
      if (out.length >= 5) break;
    }
    return out;
  }, inner);
  return `${scroll} px wide in a ${inner} px window: ${culprits.join(', ')}`;
}

/**
 * The header on a laptop: inside the window, the menu on one row, and (with `reach`) every entry
 * reachable. Reaching every entry hovers each group in turn: done at the narrowest laptop width,
 * where an entry is likeliest to be pushed out, not again at the wider ones.
 */
async function headerProblems(page: Page, walker: Walker, reach: boolean): Promise<string[]> {
  const problems: string[] = [];
  const geometry = await page.evaluate(() => {
    const header = document.querySelector('.shell-header') as HTMLElement;
    const menu = header.querySelector(
      '[data-testid="main-menu"]',
    ) as HTMLElement;
    const items = Array.from(menu.children).filter(
      (li) => (li as HTMLElement).offsetWidth > 0,
    ) as HTMLElement[];
    const outside = Array.from(header.querySelectorAll('*'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.width > 0 &&
          (r.right > window.innerWidth + 1 || r.left < -1 || r.top < -1),
      )
      .map(({ el }) => (el.textContent ?? el.tagName).trim().slice(0, 20));
    return {
      headerHeight: header.getBoundingClientRect().height,
      tops: [
        ...new Set(
          items.map((li) => Math.round(li.getBoundingClientRect().top)),
        ),
      ],
      overflowItems: items.filter((li) =>
        li.classList.contains('ant-menu-overflow-item-rest'),
      ).length,
      outside,
    };
  });
  if (geometry.headerHeight > 64)
    problems.push(`header ${geometry.headerHeight} px high`);
  if (geometry.tops.length > 1)
    problems.push(`menu on ${geometry.tops.length} rows`);
  if (geometry.outside.length)
    problems.push(
      `outside the window: ${geometry.outside.slice(0, 3).join(' | ')}`,
    );

  // Every entry: a top-level one is visible; a group's pages appear on hovering the group.
  for (const item of reach ? mainMenu(roleOf(walker)) : []) {
    if (!item.children) {
      if (
        !(await page
          .locator(`[data-testid="main-menu"] a[data-nav="${item.link}"]`)
          .isVisible())
      )
        problems.push(`menu entry ${item.label} not visible`);
      continue;
    }
    await page.getByTestId(`nav-${item.link.slice(1)}`).hover();
    for (const child of item.children) {
      const link = page.locator(
        `.ant-menu-submenu-popup a[data-nav="${child.link}"]`,
      );
      try {
        await link.waitFor({ state: 'visible', timeout: 3_000 });
      } catch {
        problems.push(
          `menu entry ${item.label} ▸ ${child.label} not reachable`,
        );
      }
    }
    await page.mouse.move(1, 400);
    await page
      .locator('.ant-menu-submenu-popup')
      .first()
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
  }
  return problems;
}

/** On a phone: the menu button opens the drawer holding the whole menu and the account's links. */
async function drawerProblems(page: Page, walker: Walker): Promise<string[]> {
  const problems: string[] = [];
  if (await page.getByTestId('main-menu').isVisible())
    problems.push('header menu shown on a phone');
  await page.getByTestId('menu-button').click();
  const drawer = page.getByTestId('nav-drawer');
  await drawer.waitFor();
  const wanted = [...menuLinks(walker), ...ownLinks(walker).map((l) => l.link)];
  for (const link of wanted) {
    const entry = drawer.locator(`a[href="${link}"]`).first();
    if (!(await entry.isVisible())) problems.push(`drawer lacks ${link}`);
  }
  // Closed drawers stay in the page, moved off-screen: "open" is NG-ZORRO's class.
  const open = page.locator('.ant-drawer-open').filter({ has: drawer });
  await open.locator('.ant-drawer-close').click();
  await open.waitFor({ state: 'detached' });
  return problems;
}

async function screenshot(
  page: Page,
  walker: Walker,
  width: number,
  path: string,
  language: Language,
): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOT_DIR, { recursive: true });
  const name = `${walker}-${language}-${width}${path.replace(/[^a-z0-9]+/gi, '_')}`.slice(
    0,
    120,
  );
  await page.screenshot({
    path: join(SHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}

let sessionEnsured = false;

/** Switches the portal's language the way a returning visitor's choice does (kept in the browser). */
async function useLanguage(page: Page, language: Language): Promise<void> {
  await page.evaluate((lang) => localStorage.setItem('sm.language', lang), language);
  await page.reload();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await settle(page);
}

/** The walk needs one session in the public list (its inner page); the demo may have none yet. */
async function ensureSession(): Promise<void> {
  if (sessionEnsured) return;
  sessionEnsured = true;
  const list = await apiCall<{ total: number }>('/sessions?pageSize=1');
  if (list.total > 0) return;
  const organiser = await apiToken(ACCOUNTS.organiser);
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const session = await apiCall<{ id: string }>('/sessions', {
    method: 'POST',
    token: organiser,
    body: {
      title: '人工智能场景供需对接会（巡检）',
      venue: '区人工智能创新服务中心 3 楼报告厅',
      startsAt: `${day}T09:00:00+08:00`,
      slotMinutes: 20,
      slots: 4,
      tables: 3,
    },
  });
  await apiCall(`/sessions/${session.id}/status`, {
    method: 'POST',
    token: organiser,
    body: { status: 'open_for_registration' },
  });
}

const WALKERS: Walker[] = [
  'anonymous',
  'enterprise',
  'agency',
  'expert',
  'organiser',
  'admin',
];

describe('the page walker: every page of every role on a phone and a laptop, in both languages', () => {
  beforeAll(ensureSession);

  for (const walker of WALKERS) {
    browserTest(
      `${walker}: no page scrolls sideways, the header fits, every menu entry is reachable, no errors`,
      async ({ page, url, pageErrors }) => {
        const role = roleOf(walker);
        trackRequests(page);
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.goto(url(role ? '/login' : '/'));
        if (role) {
          await signIn(page, ACCOUNTS[role]);
          await page.getByTestId('user-name').waitFor();
        }

        const inner: string[] = [];
        for (const i of [...PUBLIC_INNER, ...ROLE_INNER[walker]]) {
          inner.push(await findInner(page, i));
        }
        const pages = [
          ...new Set([
            ...menuLinks(walker),
            ...(role ? userLinks().map((l) => l.link) : []),
            ...EXTRA_PAGES[walker],
            ...inner,
          ]),
        ];

        const problems: string[] = [];
        const untranslated = new Map<string, string[]>();
        for (const language of LANGUAGES) {
          if (language !== 'zh-CN') await useLanguage(page, language);
          const where = language === 'zh-CN' ? '' : `${language} `;
          for (const width of HEADER_WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await open(page, '/');
            for (const p of await headerProblems(page, walker, width === HEADER_WIDTHS[0]))
              problems.push(`${where}${width} px header: ${p}`);
          }

          for (const width of WIDTHS_BY_LANGUAGE[language]) {
            await page.setViewportSize({
              width,
              height: width < 992 ? 780 : 900,
            });
            // Charts redraw for the new width after a short debounce.
            await page.waitForTimeout(400);
            for (const path of pages) {
              const before = pageErrors.length;
              await open(page, path);
              if (new URL(page.url()).pathname === '/login' && path !== '/login')
                problems.push(`${where}${width} px ${path}: sent to the sign-in page`);
              // A page mid-animation (a drawer sliding, a chart resizing) may be wide for a moment:
              // what counts is the page once it has come to rest.
              const wide =
                (await sideways(page)) &&
                (await page.waitForTimeout(600), await sideways(page));
              if (wide) problems.push(`${where}${width} px ${path}: ${wide}`);
              const squeezed = width < 768 ? await squeezedCards(page) : null;
              if (squeezed) problems.push(`${where}${width} px ${path}: ${squeezed}`);
              if (pageErrors.length > before)
                problems.push(
                  `${where}${width} px ${path}: ${pageErrors.slice(before).join(' | ')}`,
                );
              const keys = await catalogueKeys(page);
              if (keys.length) problems.push(`${where}${width} px ${path}: catalogue keys instead of text ${keys.slice(0, 5).join(' | ')}`);
              if (language !== 'zh-CN') {
                const chinese = await chineseInterfaceText(page);
                if (chinese.length && NOT_YET_ENGLISH.some((prefix) => path.startsWith(prefix)))
                  untranslated.set(path, chinese);
                else if (chinese.length)
                  problems.push(`${where}${width} px ${path}: Chinese interface text ${chinese.slice(0, 5).join(' | ')}`);
              }
              await screenshot(page, walker, width, path, language);
            }
            if (width < 992) {
              await open(page, '/');
              for (const p of await drawerProblems(page, walker))
                problems.push(`${where}${width} px drawer: ${p}`);
            }
          }
        }
        if (untranslated.size)
          console.log(`${walker}: pages not in English yet: ${[...untranslated].map(([p, t]) => `${p} (${t.length}: ${t.slice(0, 3).join(' | ')})`).join('; ')}`);

        expect(problems).toEqual([]);
        // Not a handful by accident: the walk went through the whole menu and the inner pages.
        expect(pages.length).toBeGreaterThanOrEqual(
          menuLinks(walker).length + PUBLIC_INNER.length,
        );
      },
      480_000,
    );
  }
});
