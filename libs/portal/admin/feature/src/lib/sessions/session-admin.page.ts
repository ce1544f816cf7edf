import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SessionView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { combineLatest, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { SESSION_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { ADMIN_STATUS_COLORS } from './session-admin-keys';
import { SessionAgendaComponent } from './session-agenda.component';
import { SessionCheckinComponent } from './session-checkin.component';
import { SessionOutcomesComponent } from './session-outcomes.component';
import { SessionOverviewComponent } from './session-overview.component';
import { SessionParticipantsComponent } from './session-participants.component';
import { SessionRequestsComponent } from './session-requests.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';

type PageState =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'forbidden' }
  | { state: 'failed'; message: string }
  | { state: 'done'; session: SessionView };

export const SESSION_TABS = [
  'overview',
  'participants',
  'requests',
  'agenda',
  'checkin',
  'outcomes',
] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

const TAB_TITLE_KEYS: Record<SessionTab, string> = {
  overview: 'sessionsAdmin.detail.tabs.overview',
  participants: 'sessionsAdmin.detail.tabs.participants',
  requests: 'sessionsAdmin.detail.tabs.requests',
  agenda: 'sessionsAdmin.detail.tabs.agenda',
  checkin: 'sessionsAdmin.detail.tabs.checkin',
  outcomes: 'sessionsAdmin.detail.tabs.outcomes',
};

/**
 * One matchmaking session (organisers): 概况 with the status buttons, 参会单位, 洽谈请求, 日程
 * (generation, grid, pins, export, manual meetings), 签到台 and 成果与报告, each in its own tab,
 * rendered when first opened.
 */
@Component({
  selector: 'sm-session-admin-page',
  imports: [
    TranslocoPipe,
    PageStateComponent,
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTabsModule,
    NzTagModule,
    SessionAgendaComponent,
    SessionCheckinComponent,
    SessionOutcomesComponent,
    SessionOverviewComponent,
    SessionParticipantsComponent,
    SessionRequestsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-admin.page.html',
  styleUrl: './session-admin.page.less',
})
export class SessionAdminPage {
  private readonly api = inject(SessionsApi);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly statusLabels = SESSION_STATUS_KEYS;
  protected readonly statusColors = ADMIN_STATUS_COLORS;
  protected readonly tabs = SESSION_TABS;
  protected readonly tabTitles = TAB_TITLE_KEYS;
  protected readonly tabIndex = signal(0);

  private readonly reload$ = new Subject<void>();
  /** A newer session than the last load, handed up by a tab (e.g. after a status change). */
  private readonly pushed = signal<SessionView | null>(null);
  private readonly loaded = toSignal(
    combineLatest([
      toObservable(this.id),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(switchMap(([id]) => this.load(id))),
    { initialValue: { state: 'loading' } as PageState },
  );
  protected readonly page = computed<PageState>(() => {
    const loaded = this.loaded();
    const pushed = this.pushed();
    return loaded.state === 'done' && pushed?.id === loaded.session.id
      ? { state: 'done', session: pushed }
      : loaded;
  });
  protected readonly session = computed(() => {
    const p = this.page();
    return p.state === 'done' ? p.session : null;
  });

  private load(id: string): Observable<PageState> {
    return this.api.get(id).pipe(
      map((session): PageState => {
        this.pushed.set(null);
        return { state: 'done', session };
      }),
      catchError((error: unknown) => {
        const e = toApiError(error);
        return of<PageState>(
          e.statusCode === 404 || e.statusCode === 400
            ? { state: 'notFound' }
            : e.statusCode === 403
              ? { state: 'forbidden' }
              : { state: 'failed', message: e.message },
        );
      }),
    );
  }

  /** A tab changed something the header or other tabs show (status, counts): read it again. */
  protected reload(): void {
    this.reload$.next();
  }

  /** A tab already has the new session (the API answered with it). */
  protected updated(session: SessionView): void {
    this.pushed.set(session);
  }
}
