import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  isMfaChallenge,
  isMfaEnrolment,
  isSsoPending,
  type AuthTokens,
  type LoginRequest,
  type LoginResponse,
  type MfaSetup,
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

/** Minutes without activity after which the session ends, unless the API says otherwise. */
export const DEFAULT_SESSION_IDLE_MINUTES = 30;

/** What a right password leads to. */
export type LoginOutcome =
  | { kind: 'signedIn'; user: UserView }
  /** The account has a second factor: ask for a code (or a recovery code). */
  | { kind: 'challenge'; challengeToken: string }
  /** A second factor is mandatory and missing: set it up before anything else. */
  | { kind: 'enrol'; user: UserView }
  /** Identity-service sign-in of someone not yet linked: an admin must approve first. */
  | { kind: 'pending'; message: string };

/** A sign-in waiting for the second factor to be set up; the token opens only the set-up. */
export interface PendingEnrolment {
  token: string;
  user: UserView;
}

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
  private readonly _enrolment = signal<PendingEnrolment | null>(null);
  private readonly _idleMinutes = signal(DEFAULT_SESSION_IDLE_MINUTES);
  /** When the user last signed in or the session was restored (ms); 0 when signed out. */
  private _signedInAt = 0;
  /** When tokens were last received (ms): the idle watcher keeps an active session fresh. */
  private _tokensAt = 0;
  private refreshInFlight: Observable<AuthTokens> | null = null;
  private ready: Promise<void> = Promise.resolve();

  readonly user = this._user.asReadonly();
  readonly accessToken = this._accessToken.asReadonly();
  readonly status = this._status.asReadonly();
  readonly enrolment = this._enrolment.asReadonly();
  readonly idleMinutes = this._idleMinutes.asReadonly();
  readonly isSignedIn = computed(
    () => this._user() !== null && this._accessToken() !== null,
  );
  readonly role = computed<Role | null>(() => this._user()?.role ?? null);
  readonly homeUrl = computed(() => roleHome(this.role()));

  get signedInAt(): number {
    return this._signedInAt;
  }

  get tokensAt(): number {
    return this._tokensAt;
  }

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
        this._signedInAt = Date.now();
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

  /** Signs in with email and password; a second factor may be asked for or have to be set up. */
  async login(body: LoginRequest): Promise<LoginOutcome> {
    return this.outcomeOf(await firstValueFrom(this.api.login(body)));
  }

  /**
   * Finishes a sign-in through the unified identity service after the redirect back: the same
   * outcomes as a password sign-in, or waiting for an admin's approval.
   */
  async completeSso(): Promise<LoginOutcome> {
    const response = await firstValueFrom(this.api.ssoExchange());
    if (isSsoPending(response)) {
      return { kind: 'pending', message: response.message };
    }
    return this.outcomeOf(response);
  }

  /** Signs in with a verified mobile number and its SMS code: the same outcomes as a password. */
  async loginWithSms(phone: string, code: string): Promise<LoginOutcome> {
    return this.outcomeOf(await firstValueFrom(this.api.smsLogin({ phone, code })));
  }

  private outcomeOf(response: LoginResponse): LoginOutcome {
    if (isMfaChallenge(response)) {
      return { kind: 'challenge', challengeToken: response.challengeToken };
    }
    if (isMfaEnrolment(response)) {
      this.clearSession();
      this._enrolment.set({
        token: response.enrolmentToken,
        user: response.user,
      });
      return { kind: 'enrol', user: response.user };
    }
    return { kind: 'signedIn', user: this.startSession(response) };
  }

  /** Second step of a sign-in: a code of the authenticator app, or one recovery code. */
  async verifyMfa(
    challengeToken: string,
    factor: { code: string } | { recoveryCode: string },
  ): Promise<UserView> {
    const tokens = await firstValueFrom(
      this.api.verifyMfa({ challengeToken, ...factor }),
    );
    return this.startSession(tokens);
  }

  /** A new secret to scan: for a pending enrolment, or for the signed-in user. */
  setupMfa(): Promise<MfaSetup> {
    return firstValueFrom(this.api.mfaSetup(this._enrolment()?.token));
  }

  /**
   * Confirms the scanned secret with a code. A pending enrolment becomes a session. Returns the
   * recovery codes, which the server shows this once.
   */
  async enableMfa(code: string, password?: string): Promise<string[]> {
    const enrolment = this._enrolment()?.token;
    const result = await firstValueFrom(
      this.api.mfaEnable(code, enrolment, enrolment ? undefined : password),
    );
    if (result.tokens) {
      this._enrolment.set(null);
      this.startSession(result.tokens);
    }
    return result.recoveryCodes;
  }

  register(body: RegisterRequest): Promise<UserView> {
    return firstValueFrom(
      this.api.register(body).pipe(map((tokens) => this.startSession(tokens))),
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
    this._tokensAt = Date.now();
    if (tokens.sessionIdleMinutes)
      this._idleMinutes.set(tokens.sessionIdleMinutes);
    return tokens.user;
  }

  clearSession(): void {
    this._accessToken.set(null);
    this._user.set(null);
    this._enrolment.set(null);
    this._signedInAt = 0;
    this._tokensAt = 0;
    this.storage.clear();
  }

  private startSession(tokens: AuthTokens): UserView {
    this._enrolment.set(null);
    this._signedInAt = Date.now();
    return this.setSession(tokens);
  }
}
