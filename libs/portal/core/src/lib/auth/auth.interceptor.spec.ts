import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  configurePortalTestBed,
  StubPage,
} from '@scenematch/portal/testing/portal-harness';
import { tokens, userView } from '@scenematch/portal/testing/fixtures';
import { AuthStore } from './auth.store';
import { REFRESH_TOKEN_KEY } from './refresh-token.storage';

const unauthorised = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let httpMock: HttpTestingController;
  let store: AuthStore;
  let router: Router;

  beforeEach(() => {
    httpMock = configurePortalTestBed({
      routes: [
        { path: 'somewhere', component: StubPage },
        { path: 'login', component: StubPage },
      ],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    store.setSession(tokens('access-1', 'refresh-1'));
  });

  afterEach(() => httpMock.verify());

  it('adds the bearer token to API calls only', () => {
    http.get('/api/me').subscribe();
    http.get('/assets/config.json').subscribe();
    expect(
      httpMock.expectOne('/api/me').request.headers.get('Authorization'),
    ).toBe('Bearer access-1');
    expect(
      httpMock
        .expectOne('/assets/config.json')
        .request.headers.has('Authorization'),
    ).toBe(false);
  });

  it('refreshes once for two concurrent 401s and retries both with the new token', async () => {
    const first = firstValueFrom(http.get<{ n: number }>('/api/things/1'));
    const second = firstValueFrom(http.get<{ n: number }>('/api/things/2'));

    httpMock.expectOne('/api/things/1').flush(null, unauthorised);
    httpMock.expectOne('/api/things/2').flush(null, unauthorised);

    const refreshes = httpMock.match('/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refreshes[0].request.headers.has('Authorization')).toBe(false);
    refreshes[0].flush(tokens('access-2', 'refresh-2'));

    const retry1 = httpMock.expectOne('/api/things/1');
    const retry2 = httpMock.expectOne('/api/things/2');
    expect(retry1.request.headers.get('Authorization')).toBe('Bearer access-2');
    expect(retry2.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry1.flush({ n: 1 });
    retry2.flush({ n: 2 });

    await expect(first).resolves.toEqual({ n: 1 });
    await expect(second).resolves.toEqual({ n: 2 });
    expect(store.accessToken()).toBe('access-2');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
    httpMock.expectNone('/api/auth/refresh');
  });

  it('retries with the already refreshed token when a 401 arrives after another refresh finished', async () => {
    const late = firstValueFrom(http.get('/api/things/late'));
    const early = firstValueFrom(http.get('/api/things/early'));
    const lateRequest = httpMock.expectOne('/api/things/late');

    httpMock.expectOne('/api/things/early').flush(null, unauthorised);
    httpMock
      .expectOne('/api/auth/refresh')
      .flush(tokens('access-2', 'refresh-2'));
    httpMock.expectOne('/api/things/early').flush('ok');
    await early;

    // Sent with access-1 before the refresh; its 401 must not trigger a second refresh.
    lateRequest.flush(null, unauthorised);
    httpMock.expectNone('/api/auth/refresh');
    const retry = httpMock.expectOne('/api/things/late');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush('ok');
    await expect(late).resolves.toBe('ok');
  });

  it('ends the session and sends the user to the login page when the refresh fails', async () => {
    await router.navigateByUrl('/somewhere?x=1');
    const navigate = jest.spyOn(router, 'navigate');
    const first = firstValueFrom(http.get('/api/things/1'));
    const second = firstValueFrom(http.get('/api/things/2'));
    httpMock.expectOne('/api/things/1').flush(null, unauthorised);
    httpMock.expectOne('/api/things/2').flush(null, unauthorised);

    const refreshes = httpMock.match('/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    refreshes[0].flush(
      { statusCode: 401, message: '登录已过期，请重新登录' },
      unauthorised,
    );

    await expect(first).rejects.toBeInstanceOf(HttpErrorResponse);
    await expect(second).rejects.toMatchObject({ status: 401 });
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/somewhere?x=1' },
    });
    httpMock.expectNone('/api/things/1');
  });

  it('does not retry a second time when the retried request is refused again', async () => {
    const result = firstValueFrom(http.get('/api/things/1'));
    httpMock.expectOne('/api/things/1').flush(null, unauthorised);
    httpMock
      .expectOne('/api/auth/refresh')
      .flush(tokens('access-2', 'refresh-2'));
    httpMock.expectOne('/api/things/1').flush(null, unauthorised);
    await expect(result).rejects.toMatchObject({ status: 401 });
    httpMock.expectNone('/api/auth/refresh');
  });

  it('leaves a wrong-password 401 from the login endpoint alone', async () => {
    const login = store.login({ email: 'a@b.cn', password: 'wrong' });
    const request = httpMock.expectOne('/api/auth/login');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ statusCode: 401, message: '邮箱或密码错误' }, unauthorised);
    await expect(login).rejects.toMatchObject({ status: 401 });
    httpMock.expectNone('/api/auth/refresh');
    // The existing session is untouched by a failed login attempt.
    expect(store.user()).toEqual(userView());
  });
});
