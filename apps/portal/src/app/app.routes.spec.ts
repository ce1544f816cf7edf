import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@scenematch/contracts';
import { appRoutes } from './app.routes';
import { tokens, userView } from '@scenematch/portal/testing/fixtures';
import { authGuard, roleGuard } from '@scenematch/portal/core/auth/auth.guards';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { REFRESH_TOKEN_KEY } from '@scenematch/portal/core/auth/refresh-token.storage';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';

@Component({ template: 'page' })
class StubPage {}

describe('route guards on the portal routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let store: AuthStore;

  beforeEach(async () => {
    const httpMock = configurePortalTestBed({ routes: appRoutes });
    router = TestBed.inject(Router);
    store = TestBed.inject(AuthStore);
    harness = await RouterTestingHarness.create();
    // The shell's home page and header ask the API for figures; they are not under test here.
    httpMock.match(() => true).forEach((r) => r.flush([]));
  });

  function signInAs(role: Role): void {
    store.setSession(tokens('access', 'refresh', userView(role)));
  }

  it.each([
    ['/me/applications', '/login?returnUrl=%2Fme%2Fapplications'],
    ['/me/recommendations', '/login?returnUrl=%2Fme%2Frecommendations'],
    ['/admin/stats', '/login?returnUrl=%2Fadmin%2Fstats'],
    ['/agency/scenarios', '/login?returnUrl=%2Fagency%2Fscenarios'],
    ['/review', '/login?returnUrl=%2Freview'],
  ])('sends an anonymous visitor of %s to %s', async (url, expected) => {
    await harness.navigateByUrl(url);
    expect(router.url).toBe(expected);
  });

  it.each<[Role, string]>([
    ['enterprise', '/admin/stats'],
    ['enterprise', '/admin'],
    ['enterprise', '/agency/scenarios'],
    ['agency', '/me/applications'],
    ['expert', '/admin/audit'],
    ['organiser', '/review'],
  ])('shows /403 to a signed-in %s visiting %s', async (role, url) => {
    signInAs(role);
    await harness.navigateByUrl(url);
    expect(router.url).toBe('/403');
  });

  it.each<[Role, string, string]>([
    ['enterprise', '/me/applications', '本企业的揭榜申报'],
    ['agency', '/agency/scenarios', '本单位发布的全部场景'],
    ['expert', '/review', '分配给您的揭榜申报'],
    ['organiser', '/admin/audit', '审计日志记录每一次登录'],
    ['admin', '/admin/batches', '发布榜单时'],
  ])('lets a %s open %s', async (role, url, text) => {
    signInAs(role);
    await harness.navigateByUrl(url);
    expect(router.url).toBe(url);
    expect(harness.routeNativeElement?.textContent).toContain(text);
  });

  it('re-checks the role when moving between pages of one area', async () => {
    signInAs('organiser');
    await harness.navigateByUrl('/admin/stats');
    expect(router.url).toBe('/admin/stats');
    signInAs('enterprise');
    await harness.navigateByUrl('/admin/audit');
    expect(router.url).toBe('/403');
  });

  it('keeps public pages open to anonymous visitors and answers unknown paths with 404', async () => {
    await harness.navigateByUrl('/scenarios');
    expect(router.url).toBe('/scenarios');
    await harness.navigateByUrl('/no/such/page');
    expect(router.url).toBe('/no/such/page');
    expect(harness.routeNativeElement?.textContent).toContain('页面不存在');
  });
});

describe('guards wait for the startup session restore', () => {
  it('does not bounce a reload on a protected page to the login while the session is being restored', async () => {
    const httpMock = configurePortalTestBed({
      routes: [
        { path: 'login', component: StubPage },
        { path: '403', component: StubPage },
        {
          path: 'me',
          canActivate: [authGuard, roleGuard(['enterprise'])],
          component: StubPage,
        },
      ],
    });
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    const store = TestBed.inject(AuthStore);
    const router = TestBed.inject(Router);
    const restored = store.restore();
    const navigation = router.navigateByUrl('/me');

    httpMock
      .expectOne('/api/auth/refresh')
      .flush(tokens('access-2', 'refresh-2', userView('enterprise')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    httpMock.expectOne('/api/me').flush(userView('enterprise'));
    await restored;
    await navigation;
    expect(router.url).toBe('/me');
  });
});
