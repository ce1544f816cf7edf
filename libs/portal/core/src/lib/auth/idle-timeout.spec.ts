import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import { tokens, userView } from '@scenematch/portal/testing/fixtures';
import { AuthStore } from './auth.store';
import { ACTIVITY_KEY, IdleTimeout } from './idle-timeout';
import { REFRESH_TOKEN_KEY } from './refresh-token.storage';

const MINUTE = 60_000;

describe('IdleTimeout', () => {
  let httpMock: HttpTestingController;
  let store: AuthStore;
  let idle: IdleTimeout;
  let navigate: jest.SpyInstance;

  /** Signs in through the API as the login page does, at the real current time. */
  async function signIn(): Promise<void> {
    const login = store.login({ email: 'a@b.cn', password: 'x' });
    httpMock.expectOne('/api/auth/login').flush({
      ...tokens('access-1', 'refresh-1', userView('organiser')),
      sessionIdleMinutes: 30,
    });
    await login;
  }

  beforeEach(() => {
    httpMock = configurePortalTestBed({ routes: [] });
    store = TestBed.inject(AuthStore);
    idle = TestBed.inject(IdleTimeout);
    navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
  });

  afterEach(() => httpMock.verify());

  it('signs out after 30 minutes without activity and says why on the login page', async () => {
    await signIn();
    const start = Date.now();
    expect(await idle.check(start + 29 * MINUTE)).toBe(false);
    expect(store.isSignedIn()).toBe(true);

    const signedOut = idle.check(start + 30 * MINUTE + 1);
    // The refresh token is revoked on the server on the way out.
    httpMock.expectOne('/api/auth/logout').flush(null);
    expect(await signedOut).toBe(true);
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { reason: 'idle' },
    });
  });

  it('counts keyboard or pointer activity, also from another tab', async () => {
    await signIn();
    const start = Date.now();
    idle.noteActivity(start + 20 * MINUTE);
    // Activity just renewed the tokens (older than five minutes), so the server's idle clock restarts too.
    httpMock
      .expectOne('/api/auth/refresh')
      .flush(tokens('access-2', 'refresh-2', userView('organiser')));
    expect(await idle.check(start + 45 * MINUTE)).toBe(false);

    localStorage.setItem(ACTIVITY_KEY, String(start + 40 * MINUTE));
    expect(await idle.check(start + 65 * MINUTE)).toBe(false);
    const signedOut = idle.check(start + 71 * MINUTE);
    httpMock.expectOne('/api/auth/logout').flush(null);
    expect(await signedOut).toBe(true);
  });

  it('does nothing for an anonymous visitor', async () => {
    expect(await idle.check(Date.now() + 120 * MINUTE)).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });
});
