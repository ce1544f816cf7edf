import {
  HttpContextToken,
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { SKIP_AUTH } from './auth.api';
import { AuthStore } from './auth.store';

/** Set on the one retry after a refresh, so a request is never retried twice. */
const RETRIED_AFTER_REFRESH = new HttpContextToken<boolean>(() => false);

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

function withBearer(
  request: HttpRequest<unknown>,
  token: string | null,
): HttpRequest<unknown> {
  return token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;
}

/**
 * Adds `Authorization: Bearer` to API calls. On a 401 it refreshes once (single-flight, shared
 * with every other request failing at the same time) and retries the request once with the new
 * token. When the refresh fails the session is over: it is cleared and the user is sent to the
 * login page with a returnUrl.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.context.get(SKIP_AUTH) || !isApiRequest(request.url))
    return next(request);
  const store = inject(AuthStore);
  const router = inject(Router);
  const sentWith = store.accessToken();

  return next(withBearer(request, sentWith)).pipe(
    catchError((error: unknown) => {
      const retryable =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !request.context.get(RETRIED_AFTER_REFRESH) &&
        store.hasRefreshToken();
      if (!retryable) return throwError(() => error);

      // Another request may already have refreshed since this one was sent: use its token.
      const current = store.accessToken();
      const token$ =
        current && current !== sentWith
          ? of(current)
          : store.refreshAccessToken();
      return token$.pipe(
        catchError(() => {
          store.clearSession();
          const returnUrl =
            router.url && router.url !== '/' ? router.url : undefined;
          void router.navigate(['/login'], {
            queryParams: returnUrl ? { returnUrl } : {},
          });
          return throwError(() => error);
        }),
        switchMap((token) => {
          request.context.set(RETRIED_AFTER_REFRESH, true);
          return next(withBearer(request, token));
        }),
      );
    }),
  );
};
