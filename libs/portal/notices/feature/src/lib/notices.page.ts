import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { forkJoin, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import {
  ApplicationsApi,
  type NoticeView,
  type ObjectionView,
} from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { ItemActions } from '@scenematch/portal/shared/ui/ui/item-actions';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { NoticeCardComponent } from './notice-card.component';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

type ListState =
  | { state: 'loading' }
  | {
      state: 'done';
      items: NoticeView[];
      /** Objections by notice id (staff only). */
      objections: ReadonlyMap<string, ObjectionView[]>;
    }
  | { state: 'failed'; message: string };

/**
 * 公示: proposed awards in their notice period (and confirmed ones), open to objections. Staff
 * (organiser, admin) also see each notice's objections, decide them (成立 / 不成立 with a
 * response) and confirm the award once the notice is over (确认揭榜).
 */
@Component({
  selector: 'sm-notices-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    NzEmptyModule,
    NoticeCardComponent,
    PageStateComponent,
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

  protected readonly signedIn = this.auth.isSignedIn;
  protected readonly staff = computed(() => {
    const role = this.auth.role();
    return role === 'organiser' || role === 'admin';
  });

  /** The clock of the countdowns, a minute at a time. */
  protected readonly now = signal(new Date());
  /** The notice whose objection dialog is open (the dialog follows `objection`). */
  protected readonly objecting = signal<NoticeView | null>(null);
  protected readonly objection = new ItemActions<'object'>();
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

  protected object(notice: NoticeView): void {
    this.objecting.set(notice);
    this.objection.ask('object');
  }

  /** Sends the objection; the API's complaint about the reason stays in the dialog. */
  protected confirmObjection(reason: string): void {
    const notice = this.objecting();
    if (!notice) return;
    this.objection.run('object', this.api.object(notice.id, reason), {
      done: () => {
        this.message.success(this.i18n.t('applications.notices.objected'));
        this.reload$.next();
      },
      failed: (e) => this.message.error(e.message),
    });
  }

  protected objectionsOf(notice: NoticeView): ObjectionView[] {
    return this.objectionMap().get(notice.id) ?? [];
  }

  protected retry(): void {
    this.reload$.next();
  }
}
