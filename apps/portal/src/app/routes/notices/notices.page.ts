import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import {
  ApplicationsApi,
  type NoticeView,
} from '../../core/data-access/applications.api';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';
import {
  formatQuote,
  noticeRemaining,
} from '../../shared/application/application-format';
import { ReasonModalComponent } from '../../shared/reason-modal.component';

type ListState =
  | { state: 'loading' }
  | { state: 'done'; items: NoticeView[] }
  | { state: 'failed'; message: string };

/** 公示: proposed awards in their notice period (and confirmed ones), open to objections. */
@Component({
  selector: 'sm-notices-page',
  imports: [
    DatePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzResultModule,
    NzSkeletonModule,
    NzTagModule,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notices.page.html',
  styleUrl: './notices.page.less',
})
export class NoticesPage {
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  protected readonly t = APPLICATION_TEXTS.notices;
  protected readonly common = TEXTS.common;
  protected readonly formatQuote = formatQuote;
  protected readonly signedIn = this.auth.isSignedIn;

  /** The clock of the countdowns, a minute at a time. */
  private readonly now = signal(new Date());
  protected readonly objecting = signal<NoticeView | null>(null);
  protected readonly busy = signal(false);
  protected readonly objectError = signal<string | null>(null);
  private readonly reload$ = new Subject<void>();

  protected readonly list = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(() => this.load()),
    ),
    { initialValue: { state: 'loading' } as ListState },
  );
  protected readonly items = computed(() => {
    const l = this.list();
    return l.state === 'done' ? l.items : [];
  });

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private load(): Observable<ListState> {
    return this.api.notices().pipe(
      map((page): ListState => ({ state: 'done', items: page.items })),
      catchError((error: unknown) =>
        of<ListState>({ state: 'failed', message: toApiError(error).message }),
      ),
    );
  }

  /** "公示中 · 剩余 2 天 5 小时", or the notice's final state. */
  protected stateOf(notice: NoticeView): {
    label: string;
    color: string;
    open: boolean;
  } {
    if (notice.status === 'confirmed')
      return { label: this.t.confirmed, color: 'success', open: false };
    if (notice.status === 'overturned')
      return { label: this.t.overturned, color: 'error', open: false };
    const left = noticeRemaining(notice.noticeEndsAt, this.now());
    return left
      ? {
          label: `${this.t.inNotice} · ${this.t.remaining(left.days, left.hours)}`,
          color: 'processing',
          open: true,
        }
      : { label: this.t.ended, color: 'default', open: false };
  }

  protected object(notice: NoticeView): void {
    this.objectError.set(null);
    this.objecting.set(notice);
  }

  protected confirmObjection(reason: string): void {
    const notice = this.objecting();
    if (!notice || this.busy()) return;
    this.busy.set(true);
    this.api.object(notice.id, reason).subscribe({
      next: () => {
        this.busy.set(false);
        this.objecting.set(null);
        this.message.success(this.t.objected);
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'reason');
        if (problem) {
          this.objectError.set(problem.message);
          return;
        }
        this.objecting.set(null);
        this.message.error(e.message);
      },
    });
  }

  protected retry(): void {
    this.reload$.next();
  }
}
