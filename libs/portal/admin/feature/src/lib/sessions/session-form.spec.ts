import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { sessionView } from '@scenematch/portal/testing/session-fixtures';
import {
  createSessionForm,
  fillSessionForm,
  sessionChanges,
} from './session-form';

describe('sessionChanges', () => {
  function filled() {
    const fb = TestBed.inject(FormBuilder);
    const form = createSessionForm(fb);
    const session = sessionView({ maxCompanies: 40 });
    fillSessionForm(form, fb, session);
    return { form, session };
  }

  it('sends nothing for an untouched form (a published agenda refuses even unchanged shape fields)', () => {
    const { form, session } = filled();
    expect(form.valid).toBe(true);
    expect(sessionChanges(session, form.getRawValue())).toEqual({});
  });

  it('sends only what changed, a cleared limit as null', () => {
    const { form, session } = filled();
    form.patchValue({ title: ' 智慧医疗供需对接会（第二场） ', maxCompanies: null, tables: 4 });
    form.controls.breaks.at(0).controls.minutes.setValue(20);
    expect(sessionChanges(session, form.getRawValue())).toEqual({
      title: '智慧医疗供需对接会（第二场）',
      tables: 4,
      breaks: [{ afterSlot: 0, minutes: 20 }],
      maxCompanies: null,
    });
  });
});
