import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { translocoTesting } from './transloco';
import { PORTAL_ICONS } from '../app/core/icons';

/** A component under test that talks to the API: its fixture, element and the HTTP mock. */
export interface HttpComponent<T> {
  readonly fixture: ComponentFixture<T>;
  readonly element: HTMLElement;
  readonly httpMock: HttpTestingController;
}

/**
 * Sets up TestBed for a component that calls the API (HTTP mock, the portal's icons, the real
 * catalogues in `language`) and creates it. Pair with `endHttpComponent` in afterEach.
 */
export function startHttpComponent<T>(
  component: Type<T>,
  options: {
    providers?: Array<Provider | EnvironmentProviders>;
    language?: 'zh-CN' | 'en';
  } = {},
): HttpComponent<T> {
  TestBed.configureTestingModule({
    imports: [component, translocoTesting(options.language)],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNzIcons(PORTAL_ICONS),
      ...(options.providers ?? []),
    ],
  });
  const httpMock = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  return { fixture, element: fixture.nativeElement, httpMock };
}

/** Checks that no request is left unanswered, and destroys the component. */
export function endHttpComponent(under: HttpComponent<unknown>): void {
  under.httpMock.verify();
  under.fixture.destroy();
}
