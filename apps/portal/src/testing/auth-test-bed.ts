import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type Routes } from '@angular/router';
import { authInterceptor } from '../app/core/auth/auth.interceptor';
import { AuthStore } from '../app/core/auth/auth.store';

/**
 * Sets up TestBed for the session services: no stored session, requests through the auth
 * interceptor to the HTTP mock, a router with `routes`. Returns the mock and the store.
 */
export function configureAuthTestBed(routes: Routes = []): {
  httpMock: HttpTestingController;
  store: AuthStore;
} {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter(routes),
    ],
  });
  return {
    httpMock: TestBed.inject(HttpTestingController),
    store: TestBed.inject(AuthStore),
  };
}
