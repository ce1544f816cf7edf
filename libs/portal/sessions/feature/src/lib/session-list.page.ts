import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Page, SessionView } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, from, map, of, startWith, switchMap } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { sessionWhen, STATUS_COLORS } from './session-format';
import { REGISTRATION_KEYS, SESSION_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

type ListState = { state: 'loading' } | { state: 'done'; page: Page<SessionView> } | { state: 'failed'; message: string };

/** 供需对接会: every session open to the public (planning ones only for staff), newest first. */
@Component({
  selector: 'sm-session-list-page',
  imports: [TranslocoPipe, RouterLink, NzCardModule, NzEmptyModule, NzIconModule, NzTagModule, PageHeadComponent, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-page-head
      [heading]="'sessions.list.title' | transloco"
      [lead]="'sessions.list.lead' | transloco"
      narrowLead
    />
    <sm-page-state
      [state]="list().state"
      [rows]="4"
      [errorTitle]="'sessions.list.loadFailed' | transloco"
      [retryable]="false"
    >
      @if (items().length === 0) {
        <nz-empty [nzNotFoundContent]="'sessions.list.empty' | transloco" data-testid="sessions-empty" />
      }
      <div class="session-cards">
        @for (s of items(); track s.id) {
          <nz-card class="session-card" data-testid="session-card">
            <div class="card-head">
              <a [routerLink]="['/sessions', s.id]" class="card-title" data-testid="session-link" data-i18n-skip>{{ s.title }}</a>
              <nz-tag [nzColor]="colors[s.status]">{{ labels[s.status] | transloco }}</nz-tag>
            </div>
            <div class="muted"><nz-icon nzType="calendar" /> {{ when(s) }}</div>
            <div class="muted" data-testid="session-venue">
              <nz-icon nzType="environment" />
              @if (s.venue) { <span data-i18n-skip>{{ s.venue }}</span> } @else { {{ 'sessions.list.venueTbd' | transloco }} }
            </div>
            <div class="muted" data-testid="session-registration"><nz-icon nzType="field-time" /> {{ registration[s.status] | transloco }}</div>
            <div class="muted">{{ 'sessions.list.slots' | transloco: { slots: s.slots, minutes: s.slotMinutes, tables: s.tables } }} ·
              {{ 'sessions.list.counts' | transloco: { enterprises: s.counts.enterprises, agencies: s.counts.agencies } }}</div>
          </nz-card>
        }
      </div>
    </sm-page-state>
  `,
  styles: `
    .session-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(340px, 100%), 1fr)); gap: 16px; }
    .card-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; margin-bottom: 8px; }
    .card-title { font-size: 16px; font-weight: 600; }
  `,
})
export class SessionListPage {
  private readonly api = inject(SessionsApi);
  protected readonly labels = SESSION_STATUS_KEYS;
  protected readonly registration = REGISTRATION_KEYS;
  protected readonly colors = STATUS_COLORS;
  protected readonly when = sessionWhen;

  protected readonly list = toSignal(
    from(inject(AuthStore).whenReady()).pipe(
      switchMap(() => this.api.list(undefined, 1, 50)),
      map((page): ListState => ({ state: 'done', page })),
      catchError((error: unknown) => of<ListState>({ state: 'failed', message: toApiError(error).message })),
      startWith<ListState>({ state: 'loading' }),
    ),
    { initialValue: { state: 'loading' } as ListState },
  );

  protected items(): SessionView[] {
    const l = this.list();
    return l.state === 'done' ? l.page.items : [];
  }
}
