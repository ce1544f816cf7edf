import { ROLES } from '@scenematch/contracts';
import { PORTAL_ICONS } from '../icons';
import {
  accountLinks,
  mainMenu,
  menuPages,
  userLinks,
  type NavItem,
} from './menu';
import { zh } from '@scenematch/portal/testing/transloco';

// Labels are catalogue keys; the reader sees their zh-CN text.
const labels = (role: Parameters<typeof mainMenu>[0]) =>
  mainMenu(role).map((i) => zh(i.label));

describe('mainMenu', () => {
  it('shows anonymous visitors the public pages plus 登录 and 注册', () => {
    expect(labels(null)).toEqual([
      '首页',
      '场景清单',
      '能力清单',
      '公示',
      '对接会',
    ]);
    expect(accountLinks(null).map((l) => l.link)).toEqual([
      '/login',
      '/register',
    ]);
  });

  it('adds each role its own entries', () => {
    // The company's four pages are one group (我的 ▸ …): the header stays on one row at 1280 px.
    expect(labels('enterprise')).toEqual([
      '首页',
      '场景清单',
      '能力清单',
      '公示',
      '对接会',
      '我的',
    ]);
    expect(menuPages(mainMenu('enterprise')).map((i) => i.link)).toEqual([
      '/',
      '/scenarios',
      '/products',
      '/notices',
      '/sessions',
      '/me/recommendations',
      '/me/applications',
      '/me/products',
      '/me/profile',
    ]);
    expect(labels('agency')).toContain('我的场景');
    expect(labels('expert')).toContain('评审任务');
    expect(accountLinks('enterprise')).toEqual([]);
  });

  it('gives organisers and admins the 管理后台: the verification queue for both, 用户管理, 统一认证审核 and 任务监控 for the admin only', () => {
    const sections = (role: 'organiser' | 'admin') =>
      mainMenu(role)
        .find((i) => i.link === '/admin')
        ?.children?.map((c) => zh(c.label));
    const shared = [
      '场景审核',
      '榜单批次',
      '导入导出',
      '产品审核',
      '产品发布会',
      '智能匹配',
      '对接会',
      '数据统计',
      '批次健康',
      '审计日志',
    ];
    expect(sections('organiser')).toEqual([...shared, '机构认证']);
    expect(sections('admin')).toEqual([...shared, '机构认证', '用户管理', '统一认证审核', '任务监控']);
    expect(mainMenu('enterprise').some((i) => i.link === '/admin')).toBe(false);
  });
});

describe('menu icons', () => {
  it('are all bundled statically, so none is fetched at runtime', () => {
    const registered = new Set(
      PORTAL_ICONS.filter((i) => i.theme === 'outline').map((i) => i.name),
    );
    const flatten = (items: NavItem[]): NavItem[] =>
      items.flatMap((i) => [i, ...flatten(i.children ?? [])]);
    const used = [null, ...ROLES]
      .flatMap((role) => [
        ...flatten(mainMenu(role)),
        ...accountLinks(role),
        ...userLinks(),
      ])
      .map((i) => i.icon);
    expect(used.filter((icon) => !registered.has(icon))).toEqual([]);
  });
});
