import { FormBuilder } from '@angular/forms';
import type { ApplicationView } from '@scenematch/contracts';
import {
  changedApplicationFields,
  createApplicationForm,
  fromApplicationView,
  toApplicationRequest,
} from './application-form';

const PROPOSAL =
  '  基于深度学习的肺结节 CT 影像辅助诊断方案，含院内私有化部署与医生复核流程。  ';

describe('application form', () => {
  it('maps the form to the API body: trimmed, whole days, quote in 元 to the fen', () => {
    const request = toApplicationRequest({
      proposal: PROPOSAL,
      quote: 1_200_000.126,
      durationDays: 90,
      team: ' 项目负责人：张三 ',
      productIds: ['p1'],
      memberIds: ['m1'],
      truthful: true,
    });
    expect(request).toEqual({
      proposal: PROPOSAL.trim(),
      quote: 1_200_000.13,
      durationDays: 90,
      team: '项目负责人：张三',
      productIds: ['p1'],
      memberIds: ['m1'],
      declarations: { truthful: true },
    });
  });

  it('validates the proposal length, quote and duration as the API does', () => {
    const form = createApplicationForm(new FormBuilder());
    form.patchValue({ proposal: '太短', quote: -1, durationDays: 0 });
    expect(form.controls.proposal.errors).toEqual({ length: true });
    expect(form.controls.quote.errors?.['min']).toBeTruthy();
    expect(form.controls.durationDays.errors?.['min']).toBeTruthy();
    form.patchValue({ proposal: PROPOSAL, quote: 0, durationDays: 30 });
    expect(form.valid).toBe(true);
  });

  it('allows at most four consortium members', () => {
    const form = createApplicationForm(new FormBuilder());
    form.patchValue({ memberIds: ['a', 'b', 'c', 'd'] });
    expect(form.controls.memberIds.errors).toBeNull();
    form.patchValue({ memberIds: ['a', 'b', 'c', 'd', 'e'] });
    expect(form.controls.memberIds.errors).toEqual({ maxMembers: true });
  });

  it('reads an application back and sends only the changes', () => {
    const view = {
      proposal: PROPOSAL.trim(),
      quote: 500_000,
      durationDays: 60,
      team: '',
      products: [{ id: 'p1', name: '影像平台' }],
      declarations: { truthful: true },
    } as unknown as ApplicationView;
    const value = fromApplicationView(view);
    expect(value).toEqual({
      proposal: PROPOSAL.trim(),
      quote: 500_000,
      durationDays: 60,
      team: '',
      productIds: ['p1'],
      memberIds: [],
      truthful: true,
    });
    const before = toApplicationRequest(value);
    const after = toApplicationRequest({
      ...value,
      quote: 450_000,
      productIds: [],
    });
    expect(changedApplicationFields(before, after)).toEqual({
      quote: 450_000,
      productIds: [],
    });
  });
});
