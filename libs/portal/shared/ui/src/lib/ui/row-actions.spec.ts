import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, Subject, throwError } from 'rxjs';
import { RowActions } from './row-actions';

interface Row {
  id: string;
  name: string;
}

const ROW: Row = { id: 'r-1', name: '智慧园区' };

function badRequest(field: string, message: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 400,
    error: { statusCode: 400, message: '参数校验失败', errors: [{ field, message }] },
  });
}

describe('RowActions', () => {
  let message: { success: jest.Mock; error: jest.Mock };
  let reloads: number;
  let actions: RowActions<Row>;

  beforeEach(() => {
    message = { success: jest.fn(), error: jest.fn() };
    reloads = 0;
    TestBed.configureTestingModule({
      providers: [{ provide: NzMessageService, useValue: message }],
    });
    actions = TestBed.runInInjectionContext(
      () => new RowActions<Row>(() => reloads++),
    );
  });

  it('runs one action at a time, then says so and reloads', () => {
    const answer = new Subject<void>();
    actions.run(ROW.id, answer, '已认证');
    expect(actions.busy()).toBe('r-1');
    const second = jest.fn(() => of(undefined));
    actions.run('r-2', second(), '已认证');
    expect(actions.busy()).toBe('r-1');

    answer.next();
    answer.complete();
    expect(actions.busy()).toBeNull();
    expect(message.success).toHaveBeenCalledWith('已认证');
    expect(reloads).toBe(1);
  });

  it('shows the API message of a failed action and reloads', () => {
    actions.run(
      ROW.id,
      throwError(() => new HttpErrorResponse({ status: 409, error: { statusCode: 409, message: '状态已变化' } })),
      '已认证',
    );
    expect(actions.busy()).toBeNull();
    expect(message.error).toHaveBeenCalledWith('状态已变化');
    expect(reloads).toBe(1);
  });

  it('keeps the reason dialog open with the API complaint about the reason', () => {
    actions.ask(ROW);
    expect(actions.asking()).toBe(ROW);
    const send = jest.fn(() => throwError(() => badRequest('reason', '请填写原因')));
    actions.confirm(send, ' ', '已驳回');
    expect(send).toHaveBeenCalledWith(ROW, ' ');
    expect(actions.asking()).toBe(ROW);
    expect(actions.reasonError()).toBe('请填写原因');
    expect(actions.busy()).toBeNull();
    expect(reloads).toBe(0);

    actions.confirm(() => of(undefined), '材料不全', '已驳回');
    expect(actions.asking()).toBeNull();
    expect(message.success).toHaveBeenCalledWith('已驳回');
    expect(reloads).toBe(1);

    // Opening the dialog again starts without the old complaint.
    actions.ask(ROW);
    expect(actions.reasonError()).toBeNull();
  });

  it('closes the dialog on any other failure', () => {
    actions.ask(ROW);
    actions.confirm(
      () => throwError(() => badRequest('status', '状态已变化')),
      '材料不全',
      '已驳回',
    );
    expect(actions.asking()).toBeNull();
    expect(message.error).toHaveBeenCalledWith('参数校验失败');
    expect(reloads).toBe(1);
  });
});
