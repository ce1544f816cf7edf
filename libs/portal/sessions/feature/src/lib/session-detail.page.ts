import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  AgendaView,
  DirectoryEntry,
  MeetingRequestView,
  ParticipantView,
  SessionSuggestion,
  SessionView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin, Observable, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { SessionDirectoryComponent } from './session-directory.component';
import { sessionWhen, STATUS_COLORS } from './session-format';
import { PARTICIPANT_CATEGORY_KEYS, SESSION_MODE_KEYS, SESSION_STATUS_KEYS, SESSION_TYPE_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { SessionMyAgendaComponent } from './session-my-agenda.component';
import { SessionRegistrationFormComponent } from './session-registration-form.component';
import { SessionRequestModalComponent, type RequestTarget } from './session-request-modal.component';
import { SessionRequestsPanelComponent } from './session-requests-panel.component';

/**
 * One session for companies and agencies: register (agencies with the scenarios they bring), ask
 * others for meetings (suggested from the match scores), answer requests, and once the agenda is
 * published see one's own meetings with the check-in QR code, print them and record outcomes.
 */
@Component({
  selector: 'sm-session-detail-page',
  imports: [
    TranslocoPipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTabsModule,
    NzTagModule,
    PageStateComponent,
    SessionDirectoryComponent,
    SessionMyAgendaComponent,
    SessionRegistrationFormComponent,
    SessionRequestModalComponent,
    SessionRequestsPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-detail.page.html',
  styleUrl: './session-detail.page.less',
})
export class SessionDetailPage implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  readonly id = input.required<string>();
  /** A follow-up question a notification linked to (query parameter). */
  readonly followUp = input<string | null>(null);
  protected readonly modeLabels = SESSION_MODE_KEYS;
  protected readonly statusLabels = SESSION_STATUS_KEYS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly sessionTypeLabels = SESSION_TYPE_KEYS;
  /** (可报名：AI企业、金融机构) — AI companies may always register; the demand side the organiser admits. */
  protected readonly admitsLabel = computed(() => {
    const labels = (this.session()?.admits ?? []).map((c) => this.i18n.t(PARTICIPANT_CATEGORY_KEYS[c]));
    return this.i18n.t('sessions.detail.admits', { labels: labels.join(this.i18n.t('sessions.listSeparator')) });
  });

  protected readonly state = signal<'loading' | 'done' | 'notFound' | 'failed'>('loading');
  protected readonly session = signal<SessionView | null>(null);
  protected readonly me = signal<ParticipantView | null>(null);
  protected readonly others = signal<ParticipantView[]>([]);
  protected readonly suggestions = signal<SessionSuggestion[]>([]);
  protected readonly requests = signal<MeetingRequestView[]>([]);
  protected readonly agenda = signal<AgendaView | null>(null);
  protected readonly qr = signal<string | null>(null);
  /** The organisation the request dialog asks. */
  protected readonly target = signal<RequestTarget | null>(null);

  protected readonly signedIn = this.auth.isSignedIn;
  private readonly role = this.auth.role;
  protected readonly staff = computed(() => this.role() === 'organiser' || this.role() === 'admin');
  protected readonly canParticipate = computed(() => this.role() === 'enterprise' || this.role() === 'agency' || this.role() === 'financier');
  /** Agencies and financiers sit on the demand side ('agency'); companies on the supply side. */
  protected readonly myKind = computed(() => (this.role() === 'agency' || this.role() === 'financier' ? 'agency' : 'enterprise'));
  protected readonly orgId = computed(() => this.auth.user()?.organisation.id);
  protected readonly when = computed(() => {
    const s = this.session();
    return s ? sessionWhen(s) : '';
  });
  protected readonly requestsOpen = computed(() => {
    const status = this.session()?.status;
    return status === 'open_for_registration' || status === 'scheduled';
  });
  protected readonly outcomesOpen = computed(() => {
    const status = this.session()?.status;
    return status === 'running' || status === 'closed';
  });
  /** Organisations already asked (a pending or accepted request from us). */
  protected readonly asked = computed(
    () =>
      new Set(
        this.requests()
          .filter((r) => r.from.id === this.orgId() && (r.status === 'pending' || r.status === 'accepted'))
          .map((r) => r.to.id),
      ),
  );

  ngOnInit(): void {
    // After a reload the session is restored in the background: wait for it, so that the page
    // knows who is asking (its registration, its scenarios) on the first load.
    void this.auth.whenReady().then(() => this.load());
  }

  protected load(): void {
    this.api.get(this.id()).subscribe({
      next: (session) => {
        this.session.set(session);
        this.state.set('done');
        if (session.myParticipantId) this.loadParticipation(session);
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        this.state.set(e.statusCode === 404 ? 'notFound' : 'failed');
      },
    });
  }

  private loadParticipation(session: SessionView): void {
    const id = session.id;
    const otherKind = this.myKind() === 'agency' ? 'enterprise' : 'agency';
    const soft = <T>(source: Observable<T>, fallback: T) => source.pipe(catchError(() => of(fallback)));
    forkJoin({
      me: this.api.participant(id, session.myParticipantId as string),
      others: soft(this.api.participants(id, otherKind).pipe(map((p) => p.items)), [] as ParticipantView[]),
      suggestions: soft(this.api.suggestions(id), [] as SessionSuggestion[]),
      requests: soft(this.api.requests(id).pipe(map((p) => p.items)), [] as MeetingRequestView[]),
      agenda: soft(this.api.agenda(id), null as AgendaView | null),
      qr: soft(this.api.qr(id, session.myParticipantId as string), null as string | null),
    }).subscribe({
      next: (r) => {
        this.me.set(r.me);
        this.others.set(r.others);
        this.suggestions.set(r.suggestions);
        this.requests.set(r.requests);
        this.agenda.set(r.agenda);
        this.qr.set(r.qr ? `data:image/svg+xml;base64,${btoa(r.qr)}` : null);
      },
      error: (error: unknown) => this.message.error(toApiError(error).message),
    });
  }

  protected cancelRegistration(): void {
    const session = this.session();
    const me = this.me();
    if (!session || !me) return;
    this.api.cancelParticipant(session.id, me.id).subscribe({
      next: () => {
        this.message.success(this.i18n.t('sessions.register.cancelled'));
        this.me.set(null);
        this.agenda.set(null);
        this.load();
      },
      error: (error: unknown) => this.message.error(toApiError(error).message),
    });
  }

  /** 约见 from the directory: the same request as from the lists. */
  protected askFromDirectory(e: DirectoryEntry): void {
    const scenarios = this.myKind() === 'agency' ? (this.me()?.scenarios ?? []) : e.scenarios;
    this.target.set({ id: e.organisation.id, name: e.organisation.name, scenarios });
  }

  /** A request sent from the dialog: listed, and its suggestion marked as asked. */
  protected sent(request: MeetingRequestView): void {
    this.requests.update((list) => [request, ...list]);
    const to = request.to.id;
    this.suggestions.update((list) => list.map((s) => (s.organisation.id === to ? { ...s, requested: true } : s)));
  }
}
