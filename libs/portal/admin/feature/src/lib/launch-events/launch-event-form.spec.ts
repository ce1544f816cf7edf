import { FormBuilder } from '@angular/forms';
import { applyServerErrors, SERVER_ERROR } from '@scenematch/portal/shared/ui/forms/server-errors';
import { createLaunchEventForm, toLaunchEventRequest } from './launch-event-form';

describe('launch event form', () => {
  const fb = new FormBuilder();

  it('wants a title of 2–100 characters and a date', () => {
    const form = createLaunchEventForm(fb);
    expect(form.controls.title.errors).toEqual({ required: true });
    expect(form.controls.heldOn.errors).toEqual({ required: true });
    form.controls.title.setValue(' 会 ');
    expect(form.controls.title.errors?.['length']).toBeTruthy();
    form.patchValue({ title: '人工智能产品发布会（第一场）', heldOn: new Date(2026, 11, 18) });
    expect(form.valid).toBe(true);
  });

  it('sends the date as YYYY-MM-DD and leaves out empty optional texts', () => {
    const form = createLaunchEventForm(fb);
    form.setValue({
      title: '  人工智能产品发布会 ',
      heldOn: new Date(2026, 11, 18),
      venue: '  ',
      description: '首批入库产品集中发布',
    });
    expect(toLaunchEventRequest(form.getRawValue())).toEqual({
      title: '人工智能产品发布会',
      heldOn: '2026-12-18',
      venue: undefined,
      description: '首批入库产品集中发布',
    });
  });

  it('shows the API’s message on the field it concerns', () => {
    const form = createLaunchEventForm(fb);
    applyServerErrors(form, [{ field: 'heldOn', message: '日期应为 YYYY-MM-DD' }]);
    expect(form.controls.heldOn.errors?.[SERVER_ERROR]).toBe('日期应为 YYYY-MM-DD');
  });
});
