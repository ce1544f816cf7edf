import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Subject, throwError } from 'rxjs';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import { ApiActions, apiErrorText } from './api-actions';

describe('ApiActions', () => {
  beforeEach(() => configurePortalTestBed());

  const actions = () =>
    TestBed.runInInjectionContext(() => new ApiActions<'submit' | 'cancel'>());
  const refusal = () =>
    new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        message: '无法提交',
        errors: [
          { field: 'title', message: '标题必填' },
          { field: 'domain', message: '请选择领域' },
        ],
      },
    });

  it('runs one call at a time, then tells the success and settles', () => {
    const success = jest.spyOn(TestBed.inject(NzMessageService), 'success');
    const under = actions();
    const submit = new Subject<{ id: string }>();
    const cancel = new Subject<unknown>();
    const seen: string[] = [];
    under.run('submit', submit, {
      then: (result) => seen.push(`then ${result.id}`),
      done: (result) => `已提交 ${result.id}`,
      settled: () => seen.push('settled'),
    });
    under.run('cancel', cancel);
    expect(under.busy()).toBe('submit');
    expect(cancel.observed).toBe(false);

    submit.next({ id: 's1' });
    expect(under.busy()).toBeNull();
    expect(seen).toEqual(['then s1', 'settled']);
    expect(success).toHaveBeenCalledWith('已提交 s1');
  });

  it('tells a failure in the API’s words with its field messages, unless told otherwise', () => {
    const error = jest.spyOn(TestBed.inject(NzMessageService), 'error');
    const under = actions();
    const settled = jest.fn();
    under.run('submit', throwError(refusal), { settled });
    expect(error).toHaveBeenLastCalledWith('无法提交：标题必填；请选择领域');
    expect(settled).toHaveBeenCalledTimes(1);
    expect(under.busy()).toBeNull();

    under.run('cancel', throwError(refusal), { failed: (e) => `撤销失败：${e.message}` });
    expect(error).toHaveBeenLastCalledWith('撤销失败：无法提交');
  });

  it('keeps the failure message up for as long as told', () => {
    const error = jest.spyOn(TestBed.inject(NzMessageService), 'error');
    actions().run('submit', throwError(refusal), { failed: (e) => e.message, failedFor: 8000 });
    expect(error).toHaveBeenCalledWith('无法提交', { nzDuration: 8000 });
  });

  it('words an error without field messages as the API did', () => {
    expect(apiErrorText({ statusCode: 409, message: '状态已变化' })).toBe('状态已变化');
  });
});
