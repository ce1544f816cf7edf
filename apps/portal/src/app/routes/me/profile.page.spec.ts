import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import {
  clickTestId,
  flushProductTaxonomy,
  respond as settleFixture,
  startPortalComponent,
} from '../../../testing/portal-harness';
import { companyView } from '../../testing/product-fixtures';
import { ProfilePage } from './profile.page';

describe('ProfilePage', () => {
  let fixture: ComponentFixture<ProfilePage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  const respond = () => settleFixture(fixture);
  const click = (testId: string) => clickTestId(fixture, testId);

  beforeEach(async () => {
    ({ fixture, element, httpMock } = startPortalComponent(ProfilePage, {
      role: 'enterprise',
    }));
    fixture.detectChanges();
    flushProductTaxonomy(httpMock);
    httpMock.expectOne('/api/me/profile').flush(companyView());
    await respond();
  });

  afterEach(() => httpMock.verify());

  it('shows the profile with one row per certificate and case', () => {
    expect(
      element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(1);
    expect(element.querySelectorAll('[data-testid="case-row"]')).toHaveLength(
      1,
    );
    expect(
      element.querySelector<HTMLInputElement>('[data-testid="cert-number"]')
        ?.value,
    ).toBe('DEMO-1');
  });

  it('adds and removes rows of the dynamic lists', async () => {
    await click('add-certification');
    await click('add-case');
    expect(
      element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(2);
    expect(
      fixture.componentInstance.form.controls.cases.at(1).controls.year.value,
    ).toBe(new Date().getFullYear());
    await click('remove-certification');
    expect(
      element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(1);
  });

  it('puts the API’s errors on the nested controls they name', async () => {
    await click('save-profile');
    const request = httpMock.expectOne('/api/me/profile');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.certifications).toEqual([
      { kind: 'ISO 13485', number: 'DEMO-1', validUntil: '2028-12-31' },
    ]);
    request.flush(
      {
        statusCode: 400,
        message: '提交的数据有误',
        errors: [
          {
            field: 'certifications.0.number',
            message: '证书编号已被其他企业使用',
          },
          { field: 'cases.0.year', message: '年份过早' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await respond();
    const form = fixture.componentInstance.form;
    expect(
      form.controls.certifications.at(0).controls.number.errors?.['server'],
    ).toBe('证书编号已被其他企业使用');
    expect(form.controls.cases.at(0).controls.year.errors?.['server']).toBe(
      '年份过早',
    );
    const row = element.querySelector('[data-testid="certification-row"]');
    expect(row?.textContent).toContain('证书编号已被其他企业使用');
    expect(element.querySelector('[data-testid="form-error"]')).toBeNull();
  });

  it('shows an error of a path it does not know above the form', async () => {
    await click('save-profile');
    httpMock.expectOne('/api/me/profile').flush(
      {
        statusCode: 400,
        message: '提交的数据有误',
        errors: [
          { field: 'cases.9.summary', message: '案例简介应为 5–1000 字' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await respond();
    expect(
      element.querySelector('[data-testid="form-error"]')?.textContent,
    ).toContain('案例简介应为 5–1000 字');
  });
});
