import {
  HttpClient,
  HttpContext,
  HttpContextToken,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuthTokens,
  LoginRequest,
  RegisterRequest,
  UserView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

/**
 * Marks a request the auth interceptor must leave alone: no bearer token and no refresh on 401
 * (a 401 from /auth/login means wrong credentials, not an expired session).
 */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

const anonymous = () => ({ context: new HttpContext().set(SKIP_AUTH, true) });

/** Typed client for /api/auth/* and /api/me. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<AuthTokens> {
    return this.http.post<AuthTokens>('/api/auth/login', body, anonymous());
  }

  register(body: RegisterRequest): Observable<AuthTokens> {
    return this.http.post<AuthTokens>('/api/auth/register', body, anonymous());
  }

  refresh(refreshToken: string): Observable<AuthTokens> {
    return this.http.post<AuthTokens>(
      '/api/auth/refresh',
      { refreshToken },
      anonymous(),
    );
  }

  logout(refreshToken: string): Observable<void> {
    return this.http.post<void>(
      '/api/auth/logout',
      { refreshToken },
      anonymous(),
    );
  }

  me(): Observable<UserView> {
    return this.http.get<UserView>('/api/me');
  }
}
