import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { FailedJobView, StuckOutboxView } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, throwError } from 'rxjs';
import { JobsApi } from '@scenematch/portal/admin/data-access/jobs.api';
import { translocoTesting } from '@scenematch/portal/testing/transloco';
import { JobsPage } from './jobs.page';

/** The page's actions, through the class (its template needs the charts). */
interface Actions {
  actions: {
    busy(): string | null;
    asking(): FailedJobView | null;
    reasonError(): string | null;
    ask(job: FailedJobView): void;
  };
  retry(job: FailedJobView): void;
  retryKind(): void;
  confirmDiscard(reason: string): void;
  resend(row: StuckOutboxView): void;
  setKind(kind: string | null): void;
  refresh(): void;
}

describe('JobsPage actions', () => {
  const job = { id: 'j1', job: 'mail.send' } as FailedJobView;
  const page = { items: [], total: 0, page: 1, pageSize: 20 };
  let api: Record<string, jest.Mock>;
  let message: { success: jest.Mock; error: jest.Mock };
  let under: Actions;

  beforeEach(() => {
    api = {
      overview: jest.fn(() => of({ queues: [], stuckOutbox: 0 })),
      failed: jest.fn(() => of(page)),
      stuck: jest.fn(() => of(page)),
      retry: jest.fn(() => of(job)),
      retryKind: jest.fn(() => of({ retried: 3 })),
      discard: jest.fn(() => of(job)),
      resend: jest.fn(() => of({})),
    };
    message = { success: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      imports: [JobsPage, translocoTesting()],
      providers: [
        { provide: JobsApi, useValue: api },
        { provide: NzMessageService, useValue: message },
      ],
    });
    TestBed.overrideComponent(JobsPage, {
      set: { template: '', imports: [], styleUrl: undefined, styles: [] },
    });
    under = TestBed.createComponent(JobsPage)
      .componentInstance as unknown as Actions;
  });

  it('retries a job, says so and reloads the lists', () => {
    const refresh = jest.spyOn(under, 'refresh');
    under.retry(job);
    expect(api['retry']).toHaveBeenCalledWith(job);
    expect(message.success).toHaveBeenCalledTimes(1);
    expect(under.actions.busy()).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries a whole kind and tells how many', () => {
    under.retryKind();
    expect(api['retryKind']).not.toHaveBeenCalled();
    under.setKind('mail.send');
    under.retryKind();
    expect(api['retryKind']).toHaveBeenCalledWith('mail.send');
    expect(message.success).toHaveBeenCalledTimes(1);
    expect(under.actions.busy()).toBeNull();
  });

  it('keeps the discard dialog open on a complaint about the reason', () => {
    api['discard'].mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              statusCode: 400,
              message: 'bad',
              errors: [{ field: 'reason', message: '太短' }],
            },
          }),
      ),
    );
    under.actions.ask(job);
    under.confirmDiscard('x');
    expect(api['discard']).toHaveBeenCalledWith(job, 'x');
    expect(under.actions.asking()).toBe(job);
    expect(under.actions.busy()).toBeNull();
    under.confirmDiscard('a long enough reason');
    expect(under.actions.asking()).toBeNull();
    expect(message.success).toHaveBeenCalledTimes(1);
  });

  it('shows the API message when resending fails', () => {
    api['resend'].mockReturnValueOnce(
      throwError(() => new HttpErrorResponse({ status: 500 })),
    );
    under.resend({ id: 'o1' } as StuckOutboxView);
    expect(message.error).toHaveBeenCalledTimes(1);
    expect(under.actions.busy()).toBeNull();
  });
});
