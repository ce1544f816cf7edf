import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ROLE_LABELS,
  type AuthTokens,
  type LoginRequest,
  type RegisterRequest,
  type Role,
  type UserView,
} from '@scenematch/contracts';
import { firstValueFrom, Observable, throwError } from 'rxjs';
import { finalize, map, shareReplay, tap } from 'rxjs/operators';
import { AuthApi } from './auth.api';
import { RefreshTokenStorage } from './refresh-token.storage';
import { roleHome } from './role-home';

export type SessionStatus = 'restoring' | 'ready';

/**
 * The signed-in session. The access token lives in memory only; the refresh token in
 * localStorage (`sm.refresh`) so that a reload can restore the session.
 *
 * Refreshing is single-flight: however many requests fail with 401 at once, one
 * `POST /api/auth/refresh` runs and all of them wait for its result. Refresh tokens rotate, so two
 * parallel refreshes would present the same token twice and the second would be refused.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly storage = inject(RefreshTokenStorage);

  private readonly _user = signal<UserView | null>(null);
  private readonly _accessToken = signal<string | null>(null);
  private readonly _status = signal<SessionStatus>('ready');
  private refreshInFlight: Observable<AuthTokens> | null = null;
  private ready: Promise<void> = Promise.resolve();

  readonly user = this._user.asReadonly();
  readonly accessToken = this._accessToken.asReadonly();
  readonly status = this._status.asReadonly();
  readonly isSignedIn = computed(
    () => this._user() !== null && this._accessToken() !== null,
  );
  readonly role = computed<Role | null>(() => this._user()?.role ?? null);
  readonly roleLabel = computed(() => {
    const role = this.role();
    return role ? ROLE_LABELS[role] : '';
  });
  readonly homeUrl = computed(() => roleHome(this.role()));

  hasRefreshToken(): boolean {
    return this.storage.get() !== null;
  }

  /** Resolves once the startup restore (if any) has finished; guards wait for it. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /**
   * Restores the session after a reload: refresh (the access token was lost with the page),
   * then `GET /api/me` for the current user. Without a refresh token there is nothing to do.
   */
  restore(): Promise<void> {
    if (!this.hasRefreshToken()) {
      this._status.set('ready');
      return this.ready;
    }
    this._status.set('restoring');
    this.ready = (async () => {
      try {
        await firstValueFrom(this.refreshAccessToken());
        this._user.set(await firstValueFrom(this.api.me()));
      } catch {
        // A rejected refresh token has already cleared the session; if the server was merely
        // unreachable the token is kept for the next attempt, but nobody is signed in meanwhile.
        this._user.set(null);
        this._accessToken.set(null);
      } finally {
        this._status.set('ready');
      }
    })();
    return this.ready;
  }

  login(body: LoginRequest): Promise<UserView> {
    return firstValueFrom(
      this.api.login(body).pipe(map((tokens) => this.setSession(tokens))),
    );
  }

  register(body: RegisterRequest): Promise<UserView> {
    return firstValueFrom(
      this.api.register(body).pipe(map((tokens) => this.setSession(tokens))),
    );
  }

  /** Revokes the refresh token on the server (best effort) and forgets the session locally. */
  async logout(): Promise<void> {
    const refreshToken = this.storage.get();
    this.clearSession();
    if (refreshToken) {
      await firstValueFrom(this.api.logout(refreshToken)).catch(
        () => undefined,
      );
    }
  }

  /**
   * A fresh access token. Concurrent callers share one refresh request. A refresh the server
   * rejects (401/400: expired, revoked or reused token) ends the session.
   */
  refreshAccessToken(): Observable<string> {
    if (!this.refreshInFlight) {
      const refreshToken = this.storage.get();
      if (!refreshToken) return throwError(() => new Error('no refresh token'));
      this.refreshInFlight = this.api.refresh(refreshToken).pipe(
        tap({
          next: (tokens) => this.setSession(tokens),
          error: (error: unknown) => {
            if (
              error instanceof HttpErrorResponse &&
              error.status >= 400 &&
              error.status < 500
            )
              this.clearSession();
          },
        }),
        finalize(() => (this.refreshInFlight = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshInFlight.pipe(map((tokens) => tokens.accessToken));
  }

  setSession(tokens: AuthTokens): UserView {
    this._accessToken.set(tokens.accessToken);
    this._user.set(tokens.user);
    this.storage.set(tokens.refreshToken);
    return tokens.user;
  }

  clearSession(): void {
    this._accessToken.set(null);
    this._user.set(null);
    this.storage.clear();
  }
}
