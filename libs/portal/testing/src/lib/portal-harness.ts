import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import {
  Component,
  type EnvironmentProviders,
  type ModuleWithProviders,
  type Provider,
  type Type,
} from '@angular/core';
import {
  type ComponentFixture,
  type DeferBlockBehavior,
  TestBed,
} from '@angular/core/testing';
import {
  provideRouter,
  type Routes,
  withComponentInputBinding,
} from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { translocoTesting } from './transloco';
import { authInterceptor } from '@scenematch/portal/core/auth/auth.interceptor';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { PORTAL_ICONS } from '@scenematch/portal/core/icons';
import { tokens, userView } from './fixtures';
import {
  CERTIFICATIONS,
  DEPLOYMENT_MODES,
  PRODUCT_CAPABILITIES,
  PRODUCT_DOMAINS,
} from './product-fixtures';

/** The page every other route leads to in a page's spec. */
@Component({ template: '' })
export class StubPage {}

/** Lets pending promises and zero-delay timers run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface PortalTestBedOptions {
  /** Standalone components (the one under test, a host) or modules the test needs. */
  imports?: Array<Type<unknown> | ModuleWithProviders<unknown>>;
  /** More providers, after (and so over) the portal's. */
  providers?: Array<Provider | EnvironmentProviders>;
  /** The router's routes; every path leads to `StubPage` unless told. */
  routes?: Routes;
  /** Sends requests through the auth interceptor (true unless told). */
  interceptor?: boolean;
  /** The active language of the real catalogues (zh-CN unless told). */
  language?: 'zh-CN' | 'en';
  /** Signs a user of this role in once the TestBed is configured. */
  role?: Role;
  /** How `@defer` blocks render (as in the app unless told). */
  deferBlockBehavior?: DeferBlockBehavior;
}

/**
 * Configures the TestBed as the portal runs: the real catalogues, a router binding route
 * parameters to inputs, HttpClient with the auth interceptor against the HTTP testing backend, and the portal's icons; clears the stored
 * session first. Returns the HTTP mock.
 */
export function configurePortalTestBed(
  options: PortalTestBedOptions = {},
): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [...(options.imports ?? []), translocoTesting(options.language)],
    providers: [
      provideRouter(
        options.routes ?? [{ path: '**', component: StubPage }],
        withComponentInputBinding(),
      ),
      options.interceptor === false
        ? provideHttpClient()
        : provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNzIcons(PORTAL_ICONS),
      ...(options.providers ?? []),
    ],
    deferBlockBehavior: options.deferBlockBehavior,
  });
  const httpMock = TestBed.inject(HttpTestingController);
  if (options.role) {
    TestBed.inject(AuthStore).setSession(
      tokens('access', 'refresh', userView(options.role)),
    );
  }
  return httpMock;
}

/** A component under test: its fixture, element and the HTTP mock. */
export interface PortalComponent<T> {
  readonly fixture: ComponentFixture<T>;
  readonly element: HTMLElement;
  readonly httpMock: HttpTestingController;
}

/**
 * Configures the TestBed (see `configurePortalTestBed`) with `component` and creates it. Pair
 * with `endPortalComponent` in afterEach.
 */
export function startPortalComponent<T>(
  component: Type<T>,
  options: Omit<PortalTestBedOptions, 'imports'> = {},
): PortalComponent<T> {
  const httpMock = configurePortalTestBed({
    ...options,
    imports: [component],
  });
  const fixture = TestBed.createComponent(component);
  return { fixture, element: fixture.nativeElement, httpMock };
}

/** Checks that no request is left unanswered, and destroys the component. */
export function endPortalComponent(under: PortalComponent<unknown>): void {
  under.httpMock.verify();
  under.fixture.destroy();
}

/** A component created afresh for each test, with lookups by data-testid in what it draws. */
export interface PortalComponentUnderTest<T> extends PortalComponent<T> {
  /** The element with this data-testid in the component (or below `root`), or null. */
  byTestId<E extends HTMLElement = HTMLElement>(
    testId: string,
    root?: ParentNode,
  ): E | null;
  /** The trimmed text of the element with this data-testid. */
  text(testId: string): string | undefined;
  /** The trimmed texts of every element with this data-testid. */
  texts(testId: string): Array<string | undefined>;
}

/**
 * Creates `component` before each test of the enclosing describe (see `startPortalComponent`)
 * and ends it after each one; with `fakeTimers`, jest's fake timers run around it. The returned
 * object always speaks of the current test's component.
 */
export function usePortalComponent<T>(
  component: Type<T>,
  options: Omit<PortalTestBedOptions, 'imports'> & {
    fakeTimers?: boolean;
  } = {},
): PortalComponentUnderTest<T> {
  const { fakeTimers, ...testBed } = options;
  let under: PortalComponent<T> | null = null;
  const current = (): PortalComponent<T> => {
    if (!under) throw new Error('no component outside a test');
    return under;
  };
  beforeEach(() => {
    if (fakeTimers) jest.useFakeTimers();
    under = startPortalComponent(component, testBed);
  });
  afterEach(() => {
    endPortalComponent(current());
    under = null;
    if (fakeTimers) jest.useRealTimers();
  });
  return {
    get fixture() {
      return current().fixture;
    },
    get element() {
      return current().element;
    },
    get httpMock() {
      return current().httpMock;
    },
    byTestId: <E extends HTMLElement = HTMLElement>(
      testId: string,
      root?: ParentNode,
    ) => byTestId<E>(root ?? current().element, testId),
    text: (testId) => byTestId(current().element, testId)?.textContent?.trim(),
    texts: (testId) =>
      [...current().element.querySelectorAll(`[data-testid="${testId}"]`)].map(
        (e) => e.textContent?.trim(),
      ),
  };
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

/** The element below `root` with this data-testid, or null. */
export function byTestId<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  testId: string,
): T | null {
  return root.querySelector<T>(`[data-testid="${testId}"]`);
}

function requireTestId<T extends HTMLElement>(
  fixture: ComponentFixture<unknown>,
  testId: string,
): T {
  const found = byTestId<T>(fixture.nativeElement as HTMLElement, testId);
  if (!found) throw new Error(`no ${testId}`);
  return found;
}

/** Types into the input with this data-testid, then leaves it (input and blur events). */
export async function typeInto(
  fixture: ComponentFixture<unknown>,
  testId: string,
  value: string,
): Promise<void> {
  const input = requireTestId<HTMLInputElement>(fixture, testId);
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
  requireTestId(fixture, testId).click();
  await respond(fixture);
}
