import { translator } from '@scenematch/portal/testing/transloco';
import { FormBuilder } from '@angular/forms';
import type { ScenarioView } from '@scenematch/contracts';
import { applyServerErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import { changedFields } from '@scenematch/portal/shared/ui/forms/load-own-item';
import {
  batchChoices,
  createScenarioForm,
  fromScenarioView,
  submitProblems,
  toScenarioRequest,
} from './scenario-form';

const tomorrow = () => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
};

function validForm() {
  const form = createScenarioForm(new FormBuilder());
  form.patchValue({ title: '病房夜间巡检机器人', domain: '智慧医疗' });
  return form;
}

describe('scenario form rules (as the API checks them)', () => {
  it('needs a title of 2–100 characters and a domain', () => {
    const form = createScenarioForm(new FormBuilder());
    expect(form.controls.title.errors).toEqual({ required: true });
    expect(form.controls.domain.errors).toEqual({ required: true });
    form.patchValue({ title: ' 病 ', domain: '智慧医疗' });
    expect(form.controls.title.errors).toEqual({
      length: { min: 2, max: 100 },
    });
    form.patchValue({ title: '病'.repeat(101) });
    expect(form.controls.title.invalid).toBe(true);
    form.patchValue({ title: '病房巡检' });
    expect(form.valid).toBe(true);
  });

  it('refuses a deadline already past, to the minute, and accepts one still ahead', () => {
    const form = validForm();
    const today = new Date();
    form.controls.deadline.setValue(
      new Date(
        today.getFullYear(),
        today.getMonth(),
        today.getDate() - 1,
        17,
        0,
      ),
    );
    expect(form.controls.deadline.errors).toEqual({ past: true });
    // Wall-clock Beijing time; an hour ahead in UTC+8 is ahead whatever the test machine's zone.
    const beijingNow = new Date(Date.now() + 8 * 3_600_000);
    const ahead = new Date(Date.now() + 8 * 3_600_000 + 3_600_000);
    form.controls.deadline.setValue(
      new Date(
        ahead.getUTCFullYear(),
        ahead.getUTCMonth(),
        ahead.getUTCDate(),
        ahead.getUTCHours(),
        ahead.getUTCMinutes(),
      ),
    );
    expect(form.controls.deadline.valid).toBe(true);
    const behind = new Date(beijingNow.getTime() - 60_000);
    form.controls.deadline.setValue(
      new Date(
        behind.getUTCFullYear(),
        behind.getUTCMonth(),
        behind.getUTCDate(),
        behind.getUTCHours(),
        behind.getUTCMinutes(),
      ),
    );
    expect(form.controls.deadline.errors).toEqual({ past: true });
  });

  it('keeps the budget upper bound at or above the lower one, re-checked when the lower one changes', () => {
    const form = validForm();
    form.patchValue({ budgetMin: 50, budgetMax: 80 });
    expect(form.controls.budgetMax.valid).toBe(true);
    form.controls.budgetMin.setValue(100);
    expect(form.controls.budgetMax.errors).toEqual({ budgetRange: true });
    form.controls.budgetMax.setValue(100);
    expect(form.controls.budgetMax.valid).toBe(true);
    form.controls.budgetMin.setValue(-1);
    expect(form.controls.budgetMin.errors).toHaveProperty('min');
  });

  it('checks phone and email formats but allows them empty', () => {
    const form = validForm();
    form.patchValue({
      contactPhone: '0755-8888 6666',
      contactEmail: 'li@szhealth.gov.cn',
    });
    expect(form.valid).toBe(true);
    form.patchValue({ contactPhone: '打电话', contactEmail: 'li@' });
    expect(form.controls.contactPhone.errors).toEqual({ phone: true });
    expect(form.controls.contactEmail.errors).toEqual({ email: true });
    form.patchValue({ contactPhone: '', contactEmail: '' });
    expect(form.valid).toBe(true);
  });

  it('limits description length and the number of capabilities', () => {
    const form = validForm();
    form.controls.description.setValue('述'.repeat(5001));
    expect(form.controls.description.errors).toHaveProperty('maxlength');
    form.controls.description.setValue('');
    form.controls.capabilities.setValue(
      Array.from({ length: 13 }, (_, i) => `能力${i}`),
    );
    expect(form.controls.capabilities.errors).toHaveProperty('maxlength');
  });

  it('asks for a 10-character description only when submitting', () => {
    const form = validForm();
    form.controls.description.setValue('  太短了  ');
    expect(form.valid).toBe(true);
    expect(submitProblems(form.getRawValue())).toEqual({
      description: { descriptionForSubmit: true },
    });
    form.controls.description.setValue('夜间病房巡视人手不足，需要机器人');
    expect(submitProblems(form.getRawValue())).toEqual({});
  });
});

describe('form values ↔ API body', () => {
  it('trims texts, sends budgets in 元 and the deadline as Beijing date and time', () => {
    const form = validForm();
    const deadline = tomorrow();
    form.patchValue({
      title: ' 病房夜间巡检机器人 ',
      capabilities: ['计算机视觉', '服务机器人'],
      deadline,
      budgetMin: 50,
      budgetMax: 80.5,
      contactPhone: ' 0755-88886666 ',
      batchId: 'b-1',
    });
    const body = toScenarioRequest(form.getRawValue());
    expect(body).toMatchObject({
      title: '病房夜间巡检机器人',
      domain: '智慧医疗',
      capabilities: ['计算机视觉', '服务机器人'],
      budgetMin: 500000,
      budgetMax: 805000,
      contactPhone: '0755-88886666',
      batchId: 'b-1',
    });
    expect(body.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
    expect(
      toScenarioRequest({
        ...form.getRawValue(),
        budgetMin: null,
        deadline: null,
        batchId: null,
      }),
    ).toMatchObject({
      budgetMin: null,
      deadline: null,
      batchId: null,
    });
  });

  it('fills the form from a scenario and sends back the same body', () => {
    const view = {
      id: 's1',
      title: '病房夜间巡检机器人',
      domain: { code: 'smart-healthcare', name: '智慧医疗' },
      capabilities: [{ code: 'computer-vision', name: '计算机视觉' }],
      description: '夜间病房巡视',
      painPoints: '',
      expectedOutcome: '',
      deadline: '2099-12-31T17:00:00+08:00',
      budgetMin: 500000,
      budgetMax: 1234567,
      site: '住院部',
      contact: { name: '李静', phone: '0755-1234567', email: 'li@example.cn' },
      batch: { id: 'b-1', number: 1, name: '第一批' },
    } as unknown as ScenarioView;
    const value = fromScenarioView(view);
    expect(value.budgetMax).toBe(123.4567);
    expect(value.deadline?.getFullYear()).toBe(2099);
    expect(toScenarioRequest(value)).toEqual({
      title: '病房夜间巡检机器人',
      domain: '智慧医疗',
      description: '夜间病房巡视',
      painPoints: '',
      expectedOutcome: '',
      capabilities: ['计算机视觉'],
      deadline: '2099-12-31T17:00:00+08:00',
      budgetMin: 500000,
      budgetMax: 1234567,
      site: '住院部',
      contactName: '李静',
      contactPhone: '0755-1234567',
      contactEmail: 'li@example.cn',
      batchId: 'b-1',
    });
  });

  it('sends only what changed', () => {
    const form = validForm();
    const before = toScenarioRequest(form.getRawValue());
    form.patchValue({ site: '住院部', capabilities: ['大模型'] });
    expect(
      changedFields(before, toScenarioRequest(form.getRawValue())),
    ).toEqual({
      site: '住院部',
      capabilities: ['大模型'],
    });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('server field errors on the form', () => {
  it('land on the controls named by the API fields; unknown fields are returned', () => {
    const form = validForm();
    const unmatched = applyServerErrors(form, [
      { field: 'title', message: '本单位在该榜单中已有同名场景' },
      { field: 'budgetMax', message: '预算上限不能低于下限' },
      {
        field: 'deadline',
        message: '截止日期不能晚于榜单截止日（2026-12-31）',
      },
      { field: 'somethingElse', message: '其他问题' },
    ]);
    expect(form.controls.title.errors).toEqual({
      server: '本单位在该榜单中已有同名场景',
    });
    expect(form.controls.budgetMax.errors).toEqual({
      server: '预算上限不能低于下限',
    });
    expect(form.controls.deadline.errors).toEqual({
      server: '截止日期不能晚于榜单截止日（2026-12-31）',
    });
    expect(unmatched).toEqual([
      { field: 'somethingElse', message: '其他问题' },
    ]);
    // Editing the field clears the server's message.
    form.controls.title.setValue('病房夜间巡检机器人（二期）');
    expect(form.controls.title.errors).toBeNull();
  });
});

describe('batchChoices (the batch selector)', () => {
  const batch = (
    id: string,
    n: number,
    name: string,
    status: 'draft' | 'published' | 'closed',
  ) => ({ id, number: n, name, status }) as never;
  const batches = [
    batch('b1', 1, '城市+AI 应用场景清单（第一批）', 'published'),
    batch('b2', 2, '示范区人工智能应用场景清单（第二批·征集中）', 'draft'),
    batch('b0', 0, '试点清单', 'closed'),
  ];

  it('offers only batches still collecting, each named once', () => {
    const choices = batchChoices(batches, null, translator('zh-CN'));
    expect(choices).toEqual([
      {
        id: 'b2',
        label: '第 2 批 · 示范区人工智能应用场景清单（第二批·征集中）',
      },
    ]);
    expect(choices[0].label).not.toContain('（征集中（未发布））');
  });

  it('keeps the batch a scenario is already in, with its state', () => {
    expect(batchChoices(batches, 'b1', translator('zh-CN')).map((c) => c.label)).toEqual([
      '第 1 批 · 城市+AI 应用场景清单（第一批） · 已发布',
      '第 2 批 · 示范区人工智能应用场景清单（第二批·征集中）',
    ]);
  });
});
