import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { translocoTesting } from './transloco';
import { authInterceptor } from '../app/core/auth/auth.interceptor';
import { AuthStore } from '../app/core/auth/auth.store';
import { PORTAL_ICONS } from '../app/core/icons';
import { tokens, userView } from '../app/testing/fixtures';
import {
  CERTIFICATIONS,
  DEPLOYMENT_MODES,
  PRODUCT_CAPABILITIES,
  PRODUCT_DOMAINS,
} from '../app/testing/product-fixtures';

/** The page every other route leads to in a page's spec. */
@Component({ template: '' })
export class StubPage {}

/** Lets pending promises and zero-delay timers run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface PortalTestBedOptions {
  /** Signs a user of this role in before the page is created. */
  role?: Role;
  /** Sends requests through the auth interceptor (true unless told). */
  interceptor?: boolean;
  /** Routes every path to `StubPage` (true unless told). */
  stubRoutes?: boolean;
}

/**
 * Configures the TestBed for a portal page or form: the component with the Chinese catalogue,
 * a router, the HTTP testing backend and the icons; clears the stored session first. Returns the
 * HTTP mock.
 */
export function configurePortalTestBed(
  component: unknown,
  options: PortalTestBedOptions = {},
): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [component, translocoTesting()],
    providers: [
      provideRouter(
        options.stubRoutes === false
          ? []
          : [{ path: '**', component: StubPage }],
      ),
      options.interceptor === false
        ? provideHttpClient()
        : provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNzIcons(PORTAL_ICONS),
    ],
  });
  const httpMock = TestBed.inject(HttpTestingController);
  if (options.role) {
    TestBed.inject(AuthStore).setSession(
      tokens('access', 'refresh', userView(options.role)),
    );
  }
  return httpMock;
}

/** Answers the four taxonomy lists the product and profile forms load. */
export function flushProductTaxonomy(httpMock: HttpTestingController): void {
  httpMock.expectOne('/api/taxonomy/domains').flush(PRODUCT_DOMAINS);
  httpMock.expectOne('/api/taxonomy/capabilities').flush(PRODUCT_CAPABILITIES);
  httpMock.expectOne('/api/taxonomy/deployment-modes').flush(DEPLOYMENT_MODES);
  httpMock.expectOne('/api/taxonomy/certifications').flush(CERTIFICATIONS);
}

/** Waits for pending timers and for the fixture to be stable. */
export async function respond(
  fixture: ComponentFixture<unknown>,
): Promise<void> {
  await settle();
  await fixture.whenStable();
}

function byTestId<T extends HTMLElement>(
  fixture: ComponentFixture<unknown>,
  testId: string,
): T {
  const found = (fixture.nativeElement as HTMLElement).querySelector<T>(
    `[data-testid="${testId}"]`,
  );
  if (!found) throw new Error(`no ${testId}`);
  return found;
}

/** Types into the input with this data-testid, then leaves it (input and blur events). */
export async function typeInto(
  fixture: ComponentFixture<unknown>,
  testId: string,
  value: string,
): Promise<void> {
  const input = byTestId<HTMLInputElement>(fixture, testId);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

/** Clicks the element with this data-testid and waits for what it started. */
export async function clickTestId(
  fixture: ComponentFixture<unknown>,
  testId: string,
): Promise<void> {
  byTestId(fixture, testId).click();
  await respond(fixture);
}
