import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import { tokens, userView } from '@scenematch/portal/testing/fixtures';
import { AuthStore } from './auth.store';
import { REFRESH_TOKEN_KEY } from './refresh-token.storage';

/** Lets pending promise callbacks (async restore steps) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AuthStore', () => {
  let httpMock: HttpTestingController;
  let store: AuthStore;

  beforeEach(() => {
    httpMock = configurePortalTestBed({ routes: [] });
    store = TestBed.inject(AuthStore);
  });

  afterEach(() => httpMock.verify());

  it('keeps the access token in memory and only the refresh token in localStorage', () => {
    store.setSession(tokens('access-1', 'refresh-1'));
    expect(store.accessToken()).toBe('access-1');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(JSON.stringify(localStorage)).not.toContain('access-1');
  });

  it('restores a session on startup: refresh first, then GET /api/me', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    const restored = store.restore();
    expect(store.status()).toBe('restoring');

    const refresh = httpMock.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(tokens('access-2', 'refresh-2', userView('organiser')));
    await settle();

    const me = httpMock.expectOne('/api/me');
    expect(me.request.headers.get('Authorization')).toBe('Bearer access-2');
    me.flush(userView('organiser', { displayName: '王敏' }));
    await restored;

    expect(store.status()).toBe('ready');
    expect(store.user()?.displayName).toBe('王敏');
    expect(store.homeUrl()).toBe('/admin');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('does not call the API on startup without a refresh token', async () => {
    await store.restore();
    httpMock.expectNone(() => true);
    expect(store.isSignedIn()).toBe(false);
  });

  it('forgets a refresh token the server rejects', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'revoked');
    const restored = store.restore();
    httpMock
      .expectOne('/api/auth/refresh')
      .flush(
        { statusCode: 401, message: '登录已过期' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await restored;
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('signs out: revokes the refresh token on the server and clears the session', async () => {
    store.setSession(tokens('access-1', 'refresh-1'));
    const done = store.logout();
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    const request = httpMock.expectOne('/api/auth/logout');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-1' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await done;
  });
});
