import { FormBuilder } from '@angular/forms';
import type { ProductView } from '@scenematch/contracts';
import { productView } from '@scenematch/portal/testing/product-fixtures';
import {
  applyServerErrors,
  SERVER_ERROR,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import { changedFields } from '@scenematch/portal/shared/ui/forms/load-own-item';
import {
  addCase,
  createProductForm,
  fileProblem,
  fillProductForm,
  fromProductView,
  PRODUCT_RULES,
  toProductRequest,
  type ProductFormValue,
} from './product-form';

const fb = new FormBuilder();

const valid: ProductFormValue = {
  name: '鹏知影像智能辅助诊断平台',
  description: '基于深度学习的医学影像辅助诊断平台，支持多病种自动检出。',
  capabilities: ['计算机视觉'],
  domains: ['智慧医疗'],
  maturity: 'scaled',
  deploymentModes: ['on-premise'],
  cases: ['在某三甲医院放射科部署'],
};

function filled(value: ProductFormValue = valid) {
  const form = createProductForm(fb);
  fillProductForm(form, fb, value);
  return form;
}

const product: ProductView = productView({
  id: 'p1',
  name: '鹏知影像智能辅助诊断平台',
  description: '基于深度学习的医学影像辅助诊断平台，支持多病种自动检出。',
  capabilities: [{ code: 'cv', name: '计算机视觉' }],
  domains: [{ code: 'healthcare', name: '智慧医疗' }],
  maturity: 'scaled',
  deploymentModes: [{ code: 'on-premise', name: '本地化部署' }],
  cases: ['在某三甲医院放射科部署', '为某区医共体提供远程影像筛查'],
});

describe('product form rules (as the API checks them)', () => {
  it('accepts a complete product', () => {
    expect(filled().valid).toBe(true);
  });

  it('wants a name of 2–100 characters, not counting surrounding spaces', () => {
    const form = filled();
    const name = form.controls.name;
    name.setValue('   ');
    expect(name.errors).toEqual({ required: true });
    name.setValue(' 甲 ');
    expect(name.errors?.['length']).toBeTruthy();
    name.setValue('x'.repeat(101));
    expect(name.errors?.['length']).toBeTruthy();
    name.setValue(' 巡检 ');
    expect(name.valid).toBe(true);
  });

  it('wants a description of 10–5000 characters', () => {
    const form = filled();
    form.controls.description.setValue('太短的介绍');
    expect(form.controls.description.errors?.['length']).toBeTruthy();
    form.controls.description.setValue(
      'x'.repeat(PRODUCT_RULES.descriptionMax + 1),
    );
    expect(form.controls.description.invalid).toBe(true);
  });

  it('wants 1–12 capabilities, 1–10 domains, a maturity and at most 6 deployment modes', () => {
    const form = filled();
    form.controls.capabilities.setValue([]);
    form.controls.domains.setValue(
      Array.from({ length: 11 }, (_, i) => `d${i}`),
    );
    form.controls.maturity.setValue(null);
    form.controls.deploymentModes.setValue(
      Array.from({ length: 7 }, (_, i) => `m${i}`),
    );
    expect(form.controls.capabilities.errors?.['count']).toEqual({
      min: 1,
      max: 12,
      actual: 0,
    });
    expect(form.controls.domains.errors?.['count']).toBeTruthy();
    expect(form.controls.maturity.errors).toEqual({ required: true });
    expect(form.controls.deploymentModes.errors?.['count']).toBeTruthy();
  });

  it('holds at most 10 cases of at most 500 characters each', () => {
    const form = filled({ ...valid, cases: [] });
    for (let i = 0; i < PRODUCT_RULES.casesMax; i++)
      expect(addCase(form, fb)).toBe(true);
    expect(addCase(form, fb)).toBe(false);
    expect(form.controls.cases.length).toBe(10);
    form.controls.cases.at(3).setValue('长'.repeat(501));
    expect(form.controls.cases.at(3).errors?.['maxlength']).toBeTruthy();
    expect(form.invalid).toBe(true);
  });
});

describe('product form values', () => {
  it('round-trips an existing product: taxonomy names, deployment mode codes', () => {
    const value = fromProductView(product);
    expect(value).toEqual({
      name: product.name,
      description: product.description,
      capabilities: ['计算机视觉'],
      domains: ['智慧医疗'],
      maturity: 'scaled',
      deploymentModes: ['on-premise'],
      cases: product.cases,
    });
    const form = filled(value);
    expect(form.controls.cases.length).toBe(2);
    expect(form.getRawValue()).toEqual(value);
  });

  it('sends trimmed texts and leaves out empty cases', () => {
    expect(
      toProductRequest({
        ...valid,
        name: '  巡检机器人 ',
        cases: [' 案例一 ', '  ', ''],
      }),
    ).toEqual({ ...valid, name: '巡检机器人', cases: ['案例一'] });
  });

  it('sends only what changed', () => {
    const before = toProductRequest(valid);
    const after = toProductRequest({
      ...valid,
      maturity: 'pilot',
      cases: [...valid.cases, '新案例'],
    });
    expect(changedFields(before, after)).toEqual({
      maturity: 'pilot',
      cases: ['在某三甲医院放射科部署', '新案例'],
    });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('server errors on the product form', () => {
  it('lands each field error on its control, a duplicate name on the name', () => {
    const form = filled();
    const unmatched = applyServerErrors(form, [
      { field: 'name', message: '本企业已有同名产品' },
      { field: 'capabilities', message: '未知的能力标签：读心术' },
      { field: 'cases.1', message: '每条案例不超过 500 字' },
      { field: 'somethingElse', message: '?' },
    ]);
    expect(form.controls.name.errors?.[SERVER_ERROR]).toBe(
      '本企业已有同名产品',
    );
    expect(form.controls.capabilities.errors?.[SERVER_ERROR]).toBe(
      '未知的能力标签：读心术',
    );
    expect(unmatched.map((e) => e.field)).toEqual(['cases.1', 'somethingElse']);
    // Editing the field clears the server's message.
    form.controls.name.setValue('另一个名称');
    expect(form.controls.name.errors).toBeNull();
  });
});

describe('files before upload', () => {
  const MB = 1024 * 1024;
  it('takes PNG, JPEG and WebP screenshots up to 5 MB and PDFs up to 20 MB', () => {
    expect(
      fileProblem({ name: 'shot.png', type: 'image/png', size: MB }),
    ).toBeNull();
    expect(fileProblem({ name: 'a.webp', type: '', size: MB })).toBeNull();
    expect(
      fileProblem({ name: '手册.pdf', type: 'application/pdf', size: 19 * MB }),
    ).toBeNull();
    expect(
      fileProblem({ name: 'big.jpg', type: 'image/jpeg', size: 6 * MB }),
    ).toEqual({
      kind: 'size',
      maxMb: 5,
    });
    expect(
      fileProblem({ name: 'huge.pdf', type: 'application/pdf', size: 21 * MB }),
    ).toEqual({
      kind: 'size',
      maxMb: 20,
    });
    expect(
      fileProblem({ name: 'movie.gif', type: 'image/gif', size: 10 }),
    ).toEqual({ kind: 'type' });
    expect(
      fileProblem({
        name: 'run.exe',
        type: 'application/octet-stream',
        size: 10,
      }),
    ).toEqual({
      kind: 'type',
    });
  });
});
