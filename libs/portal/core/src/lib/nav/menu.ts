import type { Role } from '@scenematch/contracts';

export interface NavItem {
  /** A catalogue key (layout.nav.*): templates translate it. */
  label: string;
  link: string;
  icon: string;
  /** Highlight only on an exact URL match (the home page would match everything otherwise). */
  exact?: boolean;
  children?: NavItem[];
}

const PUBLIC_ITEMS: NavItem[] = [
  { label: 'layout.nav.home', link: '/', icon: 'home', exact: true },
  { label: 'layout.nav.scenarios', link: '/scenarios', icon: 'aim' },
  { label: 'layout.nav.products', link: '/products', icon: 'appstore' },
  { label: 'layout.nav.notices', link: '/notices', icon: 'notification' },
  { label: 'layout.nav.sessions', link: '/sessions', icon: 'team' },
];

// One group (我的 ▸ …): four entries of their own would wrap the header on a 1280 px laptop.
const ENTERPRISE_ITEMS: NavItem[] = [
  {
    label: 'layout.nav.mine',
    link: '/me',
    icon: 'user',
    children: [
      { label: 'layout.nav.recommendations', link: '/me/recommendations', icon: 'bulb' },
      { label: 'layout.nav.myApplications', link: '/me/applications', icon: 'file-text' },
      { label: 'layout.nav.myProducts', link: '/me/products', icon: 'rocket' },
      { label: 'layout.nav.companyProfile', link: '/me/profile', icon: 'idcard' },
    ],
  },
];

const AGENCY_ITEMS: NavItem[] = [
  { label: 'layout.nav.agencyScenarios', link: '/agency/scenarios', icon: 'flag' },
];

const EXPERT_ITEMS: NavItem[] = [
  { label: 'layout.nav.review', link: '/review', icon: 'audit' },
];

export const ADMIN_ITEM: NavItem = {
  label: 'layout.nav.admin',
  link: '/admin',
  icon: 'setting',
  children: [
    { label: 'layout.nav.adminScenarios', link: '/admin/scenarios', icon: 'carry-out' },
    { label: 'layout.nav.adminBatches', link: '/admin/batches', icon: 'profile' },
    {
      label: 'layout.nav.adminImportExport',
      link: '/admin/import',
      icon: 'cloud-upload',
    },
    { label: 'layout.nav.adminProducts', link: '/admin/products', icon: 'file-search' },
    {
      label: 'layout.nav.adminLaunchEvents',
      link: '/admin/launch-events',
      icon: 'notification',
    },
    {
      label: 'layout.nav.adminMatching',
      link: '/admin/matching',
      icon: 'deployment-unit',
    },
    { label: 'layout.nav.adminSessions', link: '/admin/sessions', icon: 'team' },
    { label: 'layout.nav.adminStats', link: '/admin/stats', icon: 'bar-chart' },
    {
      label: 'layout.nav.adminBatchHealth',
      link: '/admin/stats/batch-health',
      icon: 'field-time',
    },
    { label: 'layout.nav.adminAudit', link: '/admin/audit', icon: 'safety-certificate' },
  ],
};

/** The admin console's entries: organisers work the verification queue, the admin also the users. */
const ORGANISATIONS_ITEM: NavItem = {
  label: 'layout.nav.adminOrganisations',
  link: '/admin/organisations',
  icon: 'bank',
};
const USERS_ITEM: NavItem = {
  label: 'layout.nav.adminUsers',
  link: '/admin/users',
  icon: 'user',
};

const SSO_REQUESTS_ITEM: NavItem = {
  label: 'layout.nav.adminSsoRequests',
  link: '/admin/sso-requests',
  icon: 'audit',
};

/** 任务监控: jobs that failed for good and stuck outbox rows (the admin only). */
const JOBS_ITEM: NavItem = {
  label: 'layout.nav.adminJobs',
  link: '/admin/jobs',
  icon: 'alert',
};

function adminItemWith(...extra: NavItem[]): NavItem {
  return { ...ADMIN_ITEM, children: [...(ADMIN_ITEM.children ?? []), ...extra] };
}

const ROLE_ITEMS: Record<Role, NavItem[]> = {
  enterprise: ENTERPRISE_ITEMS,
  agency: AGENCY_ITEMS,
  expert: EXPERT_ITEMS,
  organiser: [adminItemWith(ORGANISATIONS_ITEM)],
  admin: [adminItemWith(ORGANISATIONS_ITEM, USERS_ITEM, SSO_REQUESTS_ITEM, JOBS_ITEM)],
  // Banks and investors take part in sessions (对接会, a public menu entry) and nothing else.
  financier: [],
};

/** The main menu for a role; `null` is an anonymous visitor. */
export function mainMenu(role: Role | null): NavItem[] {
  return [...PUBLIC_ITEMS, ...(role ? ROLE_ITEMS[role] : [])];
}

/** Every page a menu leads to, groups opened (their own link is only a heading). */
export function menuPages(items: readonly NavItem[]): NavItem[] {
  return items.flatMap((i) => (i.children ? menuPages(i.children) : [i]));
}

/** The signed-in user's own pages (the user menu; the drawer on a phone). */
export function userLinks(): NavItem[] {
  return [
    { label: 'layout.nav.notifications', link: '/me/notifications', icon: 'bell' },
    {
      label: 'layout.nav.notificationSettings',
      link: '/me/notifications/settings',
      icon: 'setting',
    },
    {
      label: 'layout.nav.security',
      link: '/me/security',
      icon: 'safety-certificate',
    },
  ];
}

/** Links shown to anonymous visitors next to the menu. */
export function accountLinks(role: Role | null): NavItem[] {
  return role
    ? []
    : [
        { label: 'layout.nav.login', link: '/login', icon: 'login' },
        { label: 'layout.nav.register', link: '/register', icon: 'user-add' },
      ];
}
