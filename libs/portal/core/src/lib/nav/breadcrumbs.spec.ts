import { zh } from '@scenematch/portal/testing/transloco';
import { breadcrumbs as crumbsOf } from './breadcrumbs';

/** Crumbs as the reader sees them (labels and the page's route title are catalogue keys). */
const TITLE_KEYS: Record<string, string> = { 场景详情: 'layout.nav.scenarioDetail', 揭榜申报: 'layout.nav.apply', 对接会: 'layout.nav.adminSessions', 编辑产品: 'layout.nav.productEdit', x: 'layout.nav.home' };
const breadcrumbs = (url: string, title: string) =>
  crumbsOf(url, TITLE_KEYS[title])?.map((c) => ({ ...c, label: zh(c.label) })) ?? null;

describe('breadcrumbs (inner pages)', () => {
  it('leads from home through the list to an inner page', () => {
    expect(breadcrumbs('/scenarios/abc?tab=1', '场景详情')).toEqual([
      { label: '首页', link: '/' },
      { label: '场景清单', link: '/scenarios' },
      { label: '场景详情', link: null },
    ]);
    expect(
      breadcrumbs('/scenarios/abc/apply', '揭榜申报')?.map((c) => c.link),
    ).toEqual(['/', '/scenarios', '/scenarios/abc', null]);
    expect(
      breadcrumbs('/admin/sessions/s1', '对接会')?.map((c) => c.label),
    ).toEqual(['首页', '管理后台', '对接会', '对接会']);
    expect(breadcrumbs('/me/products/p1/edit', '编辑产品')?.[1]).toEqual({
      label: '我的产品',
      link: '/me/products',
    });
  });

  it('leaves menu pages alone', () => {
    for (const url of [
      '/',
      '/scenarios',
      '/products',
      '/me/recommendations',
      '/admin/stats',
      '/me/products',
    ]) {
      expect(breadcrumbs(url, 'x')).toBeNull();
    }
  });
});
