import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ApplicationView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '../../../core/auth/auth.store';
import { ApplicationsApi } from '../../../core/data-access/applications.api';
import { toApiError } from '../../../core/http/api-error';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { APPLICATION_TEXTS } from '../../../core/i18n/zh-cn.applications';
import {
  applicationActions,
  formatQuote,
  type ApplicationUiAction,
} from '../../../shared/application/application-format';
import { ApplicationStatusTagComponent } from '../../../shared/application/application-status-tag.component';

type ListState =
  | { state: 'loading'; previous: ApplicationView[] | null }
  | { state: 'done'; items: ApplicationView[] }
  | { state: 'failed'; message: string };

/** 我的申报: the company's applications with their state, and 修改 / 提交 / 撤回 before the deadline. */
@Component({
  selector: 'sm-my-applications-page',
  imports: [
    DatePipe,
    RouterLink,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    ApplicationStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-applications.page.html',
  styleUrl: '../me-page.less',
})
export class MyApplicationsPage {
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  protected readonly t = APPLICATION_TEXTS.mine;
  protected readonly common = TEXTS.common;
  protected readonly formatQuote = formatQuote;

  protected readonly busy = signal<string | null>(null);
  private readonly reload$ = new Subject<void>();
  private last: ApplicationView[] | null = null;

  protected readonly list = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(() => this.load()),
    ),
    { initialValue: { state: 'loading', previous: null } as ListState },
  );
  protected readonly items = computed(() => {
    const l = this.list();
    return l.state === 'done'
      ? l.items
      : l.state === 'loading'
        ? (l.previous ?? [])
        : [];
  });
  protected readonly loading = computed(() => this.list().state === 'loading');
  protected readonly failure = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : null;
  });

  private load(): Observable<ListState> {
    return this.api.mine().pipe(
      map((page): ListState => {
        this.last = page.items;
        return { state: 'done', items: page.items };
      }),
      catchError((error: unknown) =>
        of<ListState>({ state: 'failed', message: toApiError(error).message }),
      ),
      startWith<ListState>({ state: 'loading', previous: this.last }),
    );
  }

  protected can(row: ApplicationView, action: ApplicationUiAction): boolean {
    return applicationActions(row, this.auth.user()?.organisation?.id).includes(
      action,
    );
  }

  protected isMember(row: ApplicationView): boolean {
    return row.company.id !== this.auth.user()?.organisation?.id;
  }

  protected submit(row: ApplicationView): void {
    this.run(row, this.api.submit(row.id), this.t.done.submit);
  }

  protected withdraw(row: ApplicationView): void {
    this.run(row, this.api.withdraw(row.id), this.t.done.withdraw);
  }

  private run(
    row: ApplicationView,
    call: Observable<ApplicationView>,
    done: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(row.id);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(done);
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        this.reload$.next();
      },
    });
  }

  protected retry(): void {
    this.reload$.next();
  }
}
