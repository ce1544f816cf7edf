import {
  clickTestId,
  flushProductTaxonomy,
  respond as settleFixture,
  usePortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { companyView } from '@scenematch/portal/testing/product-fixtures';
import { ProfilePage } from './profile.page';

describe('ProfilePage', () => {
  const under = usePortalComponent(ProfilePage, { role: 'enterprise' });

  const respond = () => settleFixture(under.fixture);
  const click = (testId: string) => clickTestId(under.fixture, testId);

  beforeEach(async () => {
    under.fixture.detectChanges();
    flushProductTaxonomy(under.httpMock);
    under.httpMock.expectOne('/api/me/profile').flush(companyView());
    await respond();
  });

  it('shows the profile with one row per certificate and case', () => {
    expect(
      under.element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(1);
    expect(
      under.element.querySelectorAll('[data-testid="case-row"]'),
    ).toHaveLength(1);
    expect(
      under.element.querySelector<HTMLInputElement>(
        '[data-testid="cert-number"]',
      )?.value,
    ).toBe('DEMO-1');
  });

  it('adds and removes rows of the dynamic lists', async () => {
    await click('add-certification');
    await click('add-case');
    expect(
      under.element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(2);
    expect(
      under.fixture.componentInstance.form.controls.cases.at(1).controls.year
        .value,
    ).toBe(new Date().getFullYear());
    await click('remove-certification');
    expect(
      under.element.querySelectorAll('[data-testid="certification-row"]'),
    ).toHaveLength(1);
  });

  it('puts the API’s errors on the nested controls they name', async () => {
    await click('save-profile');
    const request = under.httpMock.expectOne('/api/me/profile');
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
    const form = under.fixture.componentInstance.form;
    expect(
      form.controls.certifications.at(0).controls.number.errors?.['server'],
    ).toBe('证书编号已被其他企业使用');
    expect(form.controls.cases.at(0).controls.year.errors?.['server']).toBe(
      '年份过早',
    );
    const row = under.element.querySelector(
      '[data-testid="certification-row"]',
    );
    expect(row?.textContent).toContain('证书编号已被其他企业使用');
    expect(
      under.element.querySelector('[data-testid="form-error"]'),
    ).toBeNull();
  });

  it('shows an error of a path it does not know above the form', async () => {
    await click('save-profile');
    under.httpMock.expectOne('/api/me/profile').flush(
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
      under.element.querySelector('[data-testid="form-error"]')?.textContent,
    ).toContain('案例简介应为 5–1000 字');
  });
});
