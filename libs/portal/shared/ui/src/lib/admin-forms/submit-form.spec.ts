import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { SERVER_ERROR } from '../forms/server-errors';
import { submitForm } from './submit-form';

function setup() {
  const form = new FormGroup({
    title: new FormControl('会', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });
  const state = { saving: signal(false), error: signal<string | null>(null) };
  return { form, state };
}

function failure(body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status: 400, error: body });
}

describe('submitForm', () => {
  it('sends a valid form with saving set, and resolves to the answer', async () => {
    const { form, state } = setup();
    let during = false;
    const result = await submitForm(form, state, async () => {
      during = state.saving();
      return 42;
    });
    expect([result, during, state.saving(), state.error()]).toEqual([
      42,
      true,
      false,
      null,
    ]);
  });

  it('does not send an invalid form, nor while a save is under way', async () => {
    const { form, state } = setup();
    const send = jest.fn(async () => 1);
    form.controls.title.setValue('');
    expect(await submitForm(form, state, send)).toBeUndefined();
    expect(form.controls.title.touched).toBe(true);
    form.controls.title.setValue('会');
    state.saving.set(true);
    expect(await submitForm(form, state, send)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('puts field errors on their controls and the rest above the buttons', async () => {
    const { form, state } = setup();
    await submitForm(
      form,
      state,
      () =>
        Promise.reject(
          failure({
            message: '有误',
            errors: [
              { field: 'title', message: '名称已存在' },
              { field: 'other', message: '其他' },
              { field: 'more', message: '更多' },
            ],
          }),
        ),
      { separator: ' / ' },
    );
    expect(form.controls.title.errors?.[SERVER_ERROR]).toBe('名称已存在');
    expect(state.error()).toBe('其他 / 更多');
    expect(state.saving()).toBe(false);
  });

  it('names the fields of the messages above the buttons, and says the fallback when the API said nothing', async () => {
    const { form, state } = setup();
    const refused = (body: { message: string; errors?: { field: string; message: string }[] }) =>
      submitForm(form, state, () => Promise.reject(failure(body)), {
        named: true,
        fallback: '保存失败',
      });
    await refused({ message: '有误', errors: [{ field: 'other', message: '其他' }] });
    expect(state.error()).toBe('other：其他');
    await refused({ message: '' });
    expect(state.error()).toBe('保存失败');
  });
});
