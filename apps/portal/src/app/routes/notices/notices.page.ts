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
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { forkJoin, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import {
  ApplicationsApi,
  type NoticeView,
  type ObjectionView,
} from '../../core/data-access/applications.api';
import { toApiError } from '../../core/http/api-error';
import {
  formatQuote,
  noticeRemaining,
} from '../../shared/application/application-format';
import { ReasonModalComponent } from '../../shared/reason-modal.component';
import { BeijingTimePipe } from '../../shared/text/beijing-time';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

type ListState =
  | { state: 'loading' }
  | {
      state: 'done';
      items: NoticeView[];
      /** Objections by notice id (staff only). */
      objections: ReadonlyMap<string, ObjectionView[]>;
    }
  | { state: 'failed'; message: string };

type Decision = 'upheld' | 'dismissed';

/**
 * 公示: proposed awards in their notice period (and confirmed ones), open to objections. Staff
 * (organiser, admin) also see each notice's objections, decide them (成立 / 不成立 with a
 * response) and confirm the award once the notice is over (确认揭榜).
 */
@Component({
  selector: 'sm-notices-page',
  imports: [
    TranslocoPipe,
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
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
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  protected formatQuote(yuan: number): string {
    return formatQuote(yuan, (key, params) => this.i18n.t(key, params));
  }
  protected readonly signedIn = this.auth.isSignedIn;
  protected readonly staff = computed(() => {
    const role = this.auth.role();
    return role === 'organiser' || role === 'admin';
  });

  /** The clock of the countdowns, a minute at a time. */
  private readonly now = signal(new Date());
  protected readonly objecting = signal<NoticeView | null>(null);
  protected readonly busy = signal(false);
  protected readonly objectError = signal<string | null>(null);
  protected readonly deciding = signal<{
    objection: ObjectionView;
    decision: Decision;
  } | null>(null);
  protected readonly decideError = signal<string | null>(null);
  protected readonly decideTitle = computed(() => {
    const d = this.deciding();
    if (!d) return '';
    const org = d.objection.organisation;
    return d.decision === 'upheld'
      ? this.i18n.t('applications.notices.decideUpheldTitle', { org })
      : this.i18n.t('applications.notices.decideDismissedTitle', { org });
  });
  /** The notice being confirmed or the objection being decided. */
  protected readonly working = signal<string | null>(null);
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
  private readonly objectionMap = computed(() => {
    const l = this.list();
    return l.state === 'done'
      ? l.objections
      : new Map<string, ObjectionView[]>();
  });

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private load(): Observable<ListState> {
    return this.api.notices().pipe(
      switchMap((page) => {
        const items = page.items;
        if (!this.staff() || !items.length)
          return of<ListState>({ state: 'done', items, objections: new Map() });
        return forkJoin(
          items.map((n) =>
            this.api
              .objections(n.id)
              .pipe(catchError(() => of([] as ObjectionView[]))),
          ),
        ).pipe(
          map(
            (lists): ListState => ({
              state: 'done',
              items,
              objections: new Map(items.map((n, i) => [n.id, lists[i]])),
            }),
          ),
        );
      }),
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
      return {
        label: this.i18n.t('applications.notices.confirmed'),
        color: 'success',
        open: false,
      };
    if (notice.status === 'overturned')
      return {
        label: this.i18n.t('applications.notices.overturned'),
        color: 'error',
        open: false,
      };
    const left = noticeRemaining(notice.noticeEndsAt, this.now());
    return left
      ? {
          label: `${this.i18n.t('applications.notices.inNotice')} · ${
            left.days > 0
              ? this.i18n.t('applications.notices.remaining', left)
              : this.i18n.t('applications.notices.remainingHours', left)
          }`,
          color: 'processing',
          open: true,
        }
      : {
          label: this.i18n.t('applications.notices.ended'),
          color: 'default',
          open: false,
        };
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
        this.message.success(this.i18n.t('applications.notices.objected'));
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

  protected objectionsOf(notice: NoticeView): ObjectionView[] {
    return this.objectionMap().get(notice.id) ?? [];
  }

  protected objectionStatus(o: ObjectionView): {
    label: string;
    color: string;
  } {
    if (o.status === 'upheld')
      return {
        label: this.i18n.t('applications.notices.objectionStatus.upheld'),
        color: 'error',
      };
    if (o.status === 'dismissed')
      return {
        label: this.i18n.t('applications.notices.objectionStatus.dismissed'),
        color: 'default',
      };
    return {
      label: this.i18n.t('applications.notices.objectionStatus.pending'),
      color: 'warning',
    };
  }

  protected decide(objection: ObjectionView, decision: Decision): void {
    this.decideError.set(null);
    this.deciding.set({ objection, decision });
  }

  protected confirmDecision(response: string): void {
    const d = this.deciding();
    if (!d || this.working()) return;
    this.working.set(d.objection.id);
    this.api.decideObjection(d.objection.id, d.decision, response).subscribe({
      next: () => {
        this.working.set(null);
        this.deciding.set(null);
        this.message.success(this.i18n.t('applications.notices.decided'));
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.working.set(null);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'response');
        if (problem) {
          this.decideError.set(problem.message);
          return;
        }
        this.deciding.set(null);
        this.message.error(e.message);
        this.reload$.next();
      },
    });
  }

  /** 确认揭榜; the API's 409 (notice not over, objections pending) is shown as it is. */
  protected confirmNotice(notice: NoticeView): void {
    if (this.working()) return;
    this.working.set(notice.id);
    this.api.confirmNotice(notice.id).subscribe({
      next: () => {
        this.working.set(null);
        this.message.success(this.i18n.t('applications.notices.confirmed2'));
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.working.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected retry(): void {
    this.reload$.next();
  }
}
