import type { Role } from '@scenematch/contracts';
import { TEXTS } from '../i18n/zh-cn';
import { ACCOUNT_TEXTS } from '../i18n/zh-cn.accounts';
import { SSO_TEXTS } from '../i18n/zh-cn.sso';
import { JOB_TEXTS } from '../i18n/zh-cn.jobs';
import { SECURITY_TEXTS } from '../i18n/zh-cn.security';

export interface NavItem {
  label: string;
  link: string;
  icon: string;
  /** Highlight only on an exact URL match (the home page would match everything otherwise). */
  exact?: boolean;
  children?: NavItem[];
}

const N = TEXTS.nav;

const PUBLIC_ITEMS: NavItem[] = [
  { label: N.home, link: '/', icon: 'home', exact: true },
  { label: N.scenarios, link: '/scenarios', icon: 'aim' },
  { label: N.products, link: '/products', icon: 'appstore' },
  { label: N.notices, link: '/notices', icon: 'notification' },
  { label: N.sessions, link: '/sessions', icon: 'team' },
];

// One group (我的 ▸ …): four entries of their own would wrap the header on a 1280 px laptop.
const ENTERPRISE_ITEMS: NavItem[] = [
  {
    label: N.mine,
    link: '/me',
    icon: 'user',
    children: [
      { label: N.recommendations, link: '/me/recommendations', icon: 'bulb' },
      { label: N.myApplications, link: '/me/applications', icon: 'file-text' },
      { label: N.myProducts, link: '/me/products', icon: 'rocket' },
      { label: N.companyProfile, link: '/me/profile', icon: 'idcard' },
    ],
  },
];

const AGENCY_ITEMS: NavItem[] = [
  { label: N.agencyScenarios, link: '/agency/scenarios', icon: 'flag' },
];

const EXPERT_ITEMS: NavItem[] = [
  { label: N.review, link: '/review', icon: 'audit' },
];

export const ADMIN_ITEM: NavItem = {
  label: N.admin,
  link: '/admin',
  icon: 'setting',
  children: [
    { label: N.adminScenarios, link: '/admin/scenarios', icon: 'carry-out' },
    { label: N.adminBatches, link: '/admin/batches', icon: 'profile' },
    {
      label: N.adminImportExport,
      link: '/admin/import',
      icon: 'cloud-upload',
    },
    { label: N.adminProducts, link: '/admin/products', icon: 'file-search' },
    {
      label: N.adminLaunchEvents,
      link: '/admin/launch-events',
      icon: 'notification',
    },
    {
      label: N.adminMatching,
      link: '/admin/matching',
      icon: 'deployment-unit',
    },
    { label: N.adminSessions, link: '/admin/sessions', icon: 'team' },
    { label: N.adminStats, link: '/admin/stats', icon: 'bar-chart' },
    {
      label: N.adminBatchHealth,
      link: '/admin/stats/batch-health',
      icon: 'field-time',
    },
    { label: N.adminAudit, link: '/admin/audit', icon: 'safety-certificate' },
  ],
};

/** The admin console's entries: organisers work the verification queue, the admin also the users. */
const ORGANISATIONS_ITEM: NavItem = {
  label: ACCOUNT_TEXTS.nav.organisations,
  link: '/admin/organisations',
  icon: 'bank',
};
const USERS_ITEM: NavItem = {
  label: ACCOUNT_TEXTS.nav.users,
  link: '/admin/users',
  icon: 'user',
};

const SSO_REQUESTS_ITEM: NavItem = {
  label: SSO_TEXTS.nav.requests,
  link: '/admin/sso-requests',
  icon: 'audit',
};

/** 任务监控: jobs that failed for good and stuck outbox rows (the admin only). */
const JOBS_ITEM: NavItem = {
  label: JOB_TEXTS.nav.jobs,
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
    { label: N.notifications, link: '/me/notifications', icon: 'bell' },
    {
      label: N.notificationSettings,
      link: '/me/notifications/settings',
      icon: 'setting',
    },
    {
      label: SECURITY_TEXTS.nav.security,
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
        { label: N.login, link: '/login', icon: 'login' },
        { label: N.register, link: '/register', icon: 'user-add' },
      ];
}
