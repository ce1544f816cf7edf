import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { addErrors, serverFormError } from './server-errors';

function form() {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('x', {
      nonNullable: true,
      validators: Validators.maxLength(10),
    }),
  });
}

const refused = (body: object, status = 400) =>
  new HttpErrorResponse({ status, error: body });

describe('serverFormError', () => {
  it('puts field errors on their fields and says nothing more when all found one', () => {
    const f = form();
    const said = serverFormError(
      f,
      refused({
        statusCode: 400,
        message: '请检查填写的信息',
        errors: [{ field: 'title', message: '标题已存在' }],
      }),
    );
    expect(f.controls.title.errors).toEqual({ server: '标题已存在' });
    expect(said).toBeNull();
  });

  it('says the API summary too when asked to, or the fallback when there is none', () => {
    const body = {
      statusCode: 400,
      message: '场景信息不完整',
      errors: [{ field: 'title', message: '标题已存在' }],
    };
    expect(serverFormError(form(), refused(body), { always: true })).toBe(
      '场景信息不完整',
    );
    expect(
      serverFormError(form(), refused({ statusCode: 500, message: '' }, 500), {
        fallback: '保存失败',
      }),
    ).toBe('保存失败');
  });

  it('says the messages no field takes, follows aliases and leaves the excepted fields alone', () => {
    const f = form();
    const said = serverFormError(
      f,
      refused({
        statusCode: 400,
        message: '不符合申报条件',
        errors: [
          { field: 'summary', message: '简介不超过 10 字' },
          { field: 'owner', message: '负责人不存在' },
          { field: 'eligibility', message: '需为本市企业' },
        ],
      }),
      { aliases: { summary: 'description' }, except: ['eligibility'] },
    );
    expect(f.controls.description.errors).toEqual({
      server: '简介不超过 10 字',
    });
    expect(said).toBe('负责人不存在');
  });
});

describe('addErrors', () => {
  it('adds submit-time errors beside the ones a field has and shows them', () => {
    const f = form();
    f.controls.description.setValue('x'.repeat(11));
    expect(addErrors(f, { description: { descriptionForSubmit: true } })).toBe(
      true,
    );
    expect(Object.keys(f.controls.description.errors ?? {})).toEqual([
      'maxlength',
      'descriptionForSubmit',
    ]);
    expect(f.controls.description.dirty).toBe(true);
    expect(addErrors(f, {})).toBe(false);
  });
});
