import { FormBuilder } from '@angular/forms';
import { applyServerErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import { createBatchForm, toBatchRequest } from './batch-form';

describe('batch form', () => {
  const form = () => createBatchForm(new FormBuilder());

  it('requires number, name and issuer with the API lengths', () => {
    const f = form();
    expect(f.valid).toBe(false);
    f.patchValue({ number: 3, name: '第三批', issuer: '区AI创新服务中心' });
    expect(f.valid).toBe(true);
    f.patchValue({ name: '三' });
    expect(f.controls.name.errors).toEqual({ length: true });
    f.patchValue({ name: '第三批', number: 0 });
    expect(f.controls.number.errors).toHaveProperty('min');
  });

  it('refuses a window that closes before it opens, also when the start moves', () => {
    const f = form();
    f.patchValue({
      number: 3,
      name: '第三批',
      issuer: '中心',
      opensOn: new Date(2026, 2, 1),
      closesOn: new Date(2026, 3, 1),
    });
    expect(f.controls.closesOn.valid).toBe(true);
    f.controls.opensOn.setValue(new Date(2026, 4, 1));
    expect(f.controls.closesOn.errors).toEqual({ window: true });
  });

  it('sends dates as YYYY-MM-DD and puts a duplicate number on its field', () => {
    const f = form();
    f.patchValue({
      number: 2,
      name: ' 第二批 ',
      issuer: '中心',
      opensOn: new Date(2026, 0, 5),
    });
    expect(toBatchRequest(f.getRawValue())).toEqual({
      number: 2,
      name: '第二批',
      issuer: '中心',
      description: '',
      opensOn: '2026-01-05',
      closesOn: null,
    });
    applyServerErrors(f, [{ field: 'number', message: '第 2 批已存在' }]);
    expect(f.controls.number.errors).toEqual({ server: '第 2 批已存在' });
  });
});
