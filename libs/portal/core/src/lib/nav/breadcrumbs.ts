
export interface Crumb {
  /** A catalogue key (layout.nav.*; the page itself: its route title, also a key). */
  label: string;
  /** Null for the page itself. */
  link: string | null;
}

/**
 * The pages above an inner page, by its address: a list page, and for pages two levels down the
 * page between. Menu pages have none (the menu shows where they are).
 */
const PARENTS: Array<[RegExp, (m: RegExpMatchArray) => Crumb[]]> = [
  [
    /^\/scenarios\/([^/]+)\/apply$/,
    (m) => [
      { label: 'layout.nav.scenarios', link: '/scenarios' },
      { label: 'layout.nav.scenarioDetail', link: `/scenarios/${m[1]}` },
    ],
  ],
  [/^\/scenarios\/[^/]+$/, () => [{ label: 'layout.nav.scenarios', link: '/scenarios' }]],
  [/^\/products\/[^/]+$/, () => [{ label: 'layout.nav.products', link: '/products' }]],
  [/^\/companies\/[^/]+$/, () => [{ label: 'layout.nav.products', link: '/products' }]],
  [/^\/sessions\/[^/]+$/, () => [{ label: 'layout.nav.sessions', link: '/sessions' }]],
  [
    /^\/me\/products\/(new|[^/]+\/edit)$/,
    () => [{ label: 'layout.nav.myProducts', link: '/me/products' }],
  ],
  [
    /^\/me\/applications\/[^/]+\/edit$/,
    () => [{ label: 'layout.nav.myApplications', link: '/me/applications' }],
  ],
  [
    /^\/me\/notifications\/settings$/,
    () => [{ label: 'layout.nav.notifications', link: '/me/notifications' }],
  ],
  [
    /^\/agency\/scenarios\/(new|[^/]+\/edit)$/,
    () => [{ label: 'layout.nav.agencyScenarios', link: '/agency/scenarios' }],
  ],
  [/^\/review\/[^/]+$/, () => [{ label: 'layout.nav.review', link: '/review' }]],
  [
    /^\/admin\/sessions\/[^/]+$/,
    () => [
      { label: 'layout.nav.admin', link: null },
      { label: 'layout.nav.adminSessions', link: '/admin/sessions' },
    ],
  ],
  [
    /^\/admin\/evaluation\/([^/]+)$/,
    (m) => [
      { label: 'layout.nav.scenarios', link: '/scenarios' },
      { label: 'layout.nav.scenarioDetail', link: `/scenarios/${m[1]}` },
    ],
  ],
  [
    /^\/admin\/stats\/batch-health$/,
    () => [
      { label: 'layout.nav.admin', link: null },
      { label: 'layout.nav.adminStats', link: '/admin/stats' },
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
        { label: 'layout.nav.home', link: '/' },
        ...parents(m),
        { label: title, link: null },
      ];
  }
  return null;
}
