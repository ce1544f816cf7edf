import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';
import { ItemActions } from './item-actions';

function refusal(field: string) {
  return throwError(
    () =>
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          message: '请求有误',
          errors: [{ field, message: `${field} 有误` }],
        },
      }),
  );
}

describe('ItemActions', () => {
  it('runs one action at a time and closes the reason dialog on success', () => {
    const actions = new ItemActions<'submit' | 'reject', 'reject'>();
    const done = jest.fn();
    actions.ask('reject');
    actions.run('reject', of('ok'), { done, failed: jest.fn() });
    expect(done).toHaveBeenCalledWith('ok');
    expect(actions.busy()).toBeNull();
    expect(actions.reasonFor()).toBeNull();
  });

  it('keeps a complaint about the reason in the dialog, and hands on any other', () => {
    const actions = new ItemActions<'submit' | 'reject', 'reject'>();
    const failed = jest.fn();
    actions.ask('reject');
    actions.run('reject', refusal('reason'), { done: jest.fn(), failed });
    expect(actions.reasonError()).toBe('reason 有误');
    expect(actions.reasonFor()).toBe('reject');
    expect(failed).not.toHaveBeenCalled();

    actions.run('reject', refusal('title'), { done: jest.fn(), failed });
    expect(actions.reasonFor()).toBeNull();
    expect(failed).toHaveBeenCalledWith(
      expect.objectContaining({ message: '请求有误' }),
    );
  });
});
