import { TEXTS } from '../i18n/zh-cn';

export interface Crumb {
  label: string;
  /** Null for the page itself. */
  link: string | null;
}

const N = TEXTS.nav;

/**
 * The pages above an inner page, by its address: a list page, and for pages two levels down the
 * page between. Menu pages have none (the menu shows where they are).
 */
const PARENTS: Array<[RegExp, (m: RegExpMatchArray) => Crumb[]]> = [
  [
    /^\/scenarios\/([^/]+)\/apply$/,
    (m) => [
      { label: N.scenarios, link: '/scenarios' },
      { label: N.scenarioDetail, link: `/scenarios/${m[1]}` },
    ],
  ],
  [/^\/scenarios\/[^/]+$/, () => [{ label: N.scenarios, link: '/scenarios' }]],
  [/^\/products\/[^/]+$/, () => [{ label: N.products, link: '/products' }]],
  [/^\/companies\/[^/]+$/, () => [{ label: N.products, link: '/products' }]],
  [/^\/sessions\/[^/]+$/, () => [{ label: N.sessions, link: '/sessions' }]],
  [
    /^\/me\/products\/(new|[^/]+\/edit)$/,
    () => [{ label: N.myProducts, link: '/me/products' }],
  ],
  [
    /^\/me\/applications\/[^/]+\/edit$/,
    () => [{ label: N.myApplications, link: '/me/applications' }],
  ],
  [
    /^\/me\/notifications\/settings$/,
    () => [{ label: N.notifications, link: '/me/notifications' }],
  ],
  [
    /^\/agency\/scenarios\/(new|[^/]+\/edit)$/,
    () => [{ label: N.agencyScenarios, link: '/agency/scenarios' }],
  ],
  [/^\/review\/[^/]+$/, () => [{ label: N.review, link: '/review' }]],
  [
    /^\/admin\/sessions\/[^/]+$/,
    () => [
      { label: N.admin, link: null },
      { label: N.adminSessions, link: '/admin/sessions' },
    ],
  ],
  [
    /^\/admin\/evaluation\/([^/]+)$/,
    (m) => [
      { label: N.scenarios, link: '/scenarios' },
      { label: N.scenarioDetail, link: `/scenarios/${m[1]}` },
    ],
  ],
  [
    /^\/admin\/stats\/batch-health$/,
    () => [
      { label: N.admin, link: null },
      { label: N.adminStats, link: '/admin/stats' },
    ],
  ],
];

/** 首页 › … › this page for an inner page; null for a page the menu names. */
export function breadcrumbs(url: string, title: string): Crumb[] | null {
  const path = url.split(/[?#]/)[0].replace(/\/+$/, '') || '/';
  for (const [pattern, parents] of PARENTS) {
    const m = path.match(pattern);
    if (m)
      return [
        { label: N.home, link: '/' },
        ...parents(m),
        { label: title, link: null },
      ];
  }
  return null;
}
