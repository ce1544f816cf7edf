import { Location } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  clickTestId,
  configurePortalTestBed,
  flushProductTaxonomy,
  respond as settleFixture,
} from '@scenematch/portal/testing/portal-harness';
import { productView } from '@scenematch/portal/testing/product-fixtures';
import { ProductFormPage } from './product-form.page';

describe('ProductFormPage', () => {
  let fixture: ComponentFixture<ProductFormPage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  async function create(id?: string): Promise<void> {
    fixture = TestBed.createComponent(ProductFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    element = fixture.nativeElement;
    fixture.detectChanges();
    flushProductTaxonomy(httpMock);
    await respond();
  }

  const respond = () => settleFixture(fixture);
  const click = (testId: string) => clickTestId(fixture, testId);

  function fillValid(): void {
    fixture.componentInstance.form.patchValue({
      name: '翡翠视觉巡检平台',
      description: '面向产线的工业视觉缺陷检测平台，支持实时识别与告警。',
      capabilities: ['工业视觉检测'],
      domains: ['智能制造'],
      maturity: 'pilot',
      deploymentModes: ['edge'],
    });
  }

  beforeEach(() => {
    httpMock = configurePortalTestBed({
      imports: [ProductFormPage],
      role: 'enterprise',
    });
  });

  afterEach(() => httpMock.verify());

  it('does not send a product that breaks the rules and says why', async () => {
    await create();
    fixture.componentInstance.form.patchValue({
      name: '翡',
      description: '太短',
    });
    await click('save');
    httpMock.expectNone('/api/products');
    expect(element.textContent).toContain('产品名称应为 2–100 个字符');
    expect(element.textContent).toContain('产品介绍应为 10–5000 字');
    expect(element.textContent).toContain('请选择 1–12 个能力标签');
    expect(element.textContent).toContain('请选择成熟度');
  });

  it('puts a duplicate name refused by the API under the name field', async () => {
    await create();
    fillValid();
    await click('save');
    const request = httpMock.expectOne('/api/products');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: '翡翠视觉巡检平台',
      description: '面向产线的工业视觉缺陷检测平台，支持实时识别与告警。',
      capabilities: ['工业视觉检测'],
      domains: ['智能制造'],
      maturity: 'pilot',
      deploymentModes: ['edge'],
      cases: [],
    });
    request.flush(
      {
        statusCode: 409,
        message: '本企业已有同名产品',
        errors: [{ field: 'name', message: '本企业已有同名产品' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await respond();
    const name = fixture.componentInstance.form.controls.name;
    expect(name.errors?.['server']).toBe('本企业已有同名产品');
    expect(element.querySelector('[data-testid="form-error"]')).toBeNull();
    expect(element.textContent).toContain('本企业已有同名产品');
  });

  it('saves a draft, then edits it in place with the upload area open', async () => {
    await create();
    expect(
      element.querySelector('[data-testid="files-need-save"]'),
    ).not.toBeNull();
    fillValid();
    await click('save');
    httpMock.expectOne('/api/products').flush(productView());
    await respond();
    expect(TestBed.inject(Location).path()).toBe('/me/products/product-1/edit');
    expect(element.querySelector('[data-testid="file-upload"]')).not.toBeNull();
    expect(
      element.querySelector('[data-testid="product-status"]')?.textContent,
    ).toContain('草稿');

    // Only what changed goes out on the next save.
    fixture.componentInstance.form.controls.maturity.setValue('scaled');
    await click('save');
    const patch = httpMock.expectOne('/api/products/product-1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ maturity: 'scaled' });
    patch.flush(productView({ maturity: 'scaled' }));
    await respond();
  });

  it('shows the reason of a rejection and locks a product under review', async () => {
    await create('product-1');
    httpMock
      .expectOne('/api/products/product-1')
      .flush(
        productView({ status: 'rejected', rejectReason: '请补充技术指标' }),
      );
    await respond();
    expect(
      element.querySelector('[data-testid="form-reject-reason"]')?.textContent,
    ).toContain('请补充技术指标');
    expect(element.querySelector('[data-testid="save-submit"]')).not.toBeNull();
  });

  it('offers nothing to change on a submitted product', async () => {
    await create('product-1');
    httpMock
      .expectOne('/api/products/product-1')
      .flush(productView({ status: 'submitted' }));
    await respond();
    expect(element.querySelector('[data-testid="form-locked"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="save"]')).toBeNull();
    expect(element.querySelector('[data-testid="file-upload"]')).toBeNull();
    expect(fixture.componentInstance.form.disabled).toBe(true);
  });
});
