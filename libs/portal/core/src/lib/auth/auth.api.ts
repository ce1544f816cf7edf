import {
  HttpContext,
  HttpContextToken,
  HttpHeaders,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type {
  SmsCodeSent,
  AuthTokens,
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  MfaDisableRequest,
  MfaEnableResult,
  MfaSetup,
  MfaStatus,
  MfaVerifyRequest,
  RegisterRequest,
  SsoConfigView,
  SsoExchangeResponse,
  UserView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../http/api-client';

/**
 * Marks a request the auth interceptor must leave alone: no bearer token and no refresh on 401
 * (a 401 from /auth/login means wrong credentials, not an expired session).
 */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

const anonymous = () => ({ context: new HttpContext().set(SKIP_AUTH, true) });

/**
 * With the enrolment token a sign-in gave (second factor mandatory, not set up): sent as the
 * bearer token by hand, since the interceptor only knows full sessions. Without one, the
 * interceptor adds the signed-in user's access token.
 */
const enrolling = (enrolmentToken?: string) =>
  enrolmentToken
    ? {
        ...anonymous(),
        headers: new HttpHeaders({
          Authorization: `Bearer ${enrolmentToken}`,
        }),
      }
    : {};

/** Typed client for /api/auth/* and /api/me. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly api = inject(ApiClient);

  login(body: LoginRequest): Observable<LoginResponse> {
    return this.api.post('/api/auth/login', body, anonymous());
  }

  /** Second step of a sign-in with a second factor. */
  verifyMfa(body: MfaVerifyRequest): Observable<AuthTokens> {
    return this.api.post('/api/auth/mfa/verify', body, anonymous());
  }

  /** Asks for a sign-in code by SMS (the answer is the same whether or not the number has an account). */
  smsSend(phone: string): Observable<SmsCodeSent> {
    return this.api.post('/api/auth/sms/send', { phone }, anonymous());
  }

  smsLogin(
    body: RequestBody<'/api/auth/sms/login', 'post'>,
  ): Observable<LoginResponse> {
    return this.api.post('/api/auth/sms/login', body, anonymous());
  }

  mfaStatus(): Observable<MfaStatus> {
    return this.api.get('/api/auth/mfa');
  }

  mfaSetup(enrolmentToken?: string): Observable<MfaSetup> {
    return this.api.post('/api/auth/mfa/setup', {}, enrolling(enrolmentToken));
  }

  /** During enrolment the enrolment token proves the password; from a session it is sent again. */
  mfaEnable(
    code: string,
    enrolmentToken?: string,
    password?: string,
  ): Observable<MfaEnableResult> {
    return this.api.post(
      '/api/auth/mfa/enable',
      password === undefined ? { code } : { code, password },
      enrolling(enrolmentToken),
    );
  }

  mfaDisable(body: MfaDisableRequest): Observable<void> {
    return this.api.post('/api/auth/mfa/disable', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.api.post('/api/auth/password', body);
  }

  register(body: RegisterRequest): Observable<AuthTokens> {
    return this.api.post('/api/auth/register', body, anonymous());
  }

  refresh(refreshToken: string): Observable<AuthTokens> {
    return this.api.post('/api/auth/refresh', { refreshToken }, anonymous());
  }

  logout(refreshToken: string): Observable<void> {
    return this.api.post('/api/auth/logout', { refreshToken }, anonymous());
  }

  /** Whether the unified identity service sign-in is offered (and the button's text). */
  ssoConfig(): Observable<SsoConfigView> {
    return this.api.get('/api/auth/sso/config', anonymous());
  }

  /**
   * Redeems this browser's identity-service sign-in once; the flow is identified by an httpOnly
   * cookie the browser sends by itself (same origin), never by anything in the URL.
   */
  ssoExchange(): Observable<SsoExchangeResponse> {
    return this.api.post('/api/auth/sso/exchange', {}, anonymous());
  }

  me(): Observable<UserView> {
    return this.api.get('/api/me');
  }
}
