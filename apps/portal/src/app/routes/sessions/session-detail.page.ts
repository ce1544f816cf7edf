import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MEETING_OUTCOMES,
  PUBLIC_SCENARIO_STATUSES,
  sessionSlotTimes,
  type AgendaView,
  type DirectoryEntry,
  type MeetingOutcome,
  type MeetingRequestView,
  type MeetingView,
  type ParticipantView,
  type SessionSuggestion,
  type SessionView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin, Observable, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import { ScenariosApi } from '../../core/data-access/scenarios.api';
import { SessionsApi, type SessionNeedRequest } from '../../core/data-access/sessions.api';
import { toApiError } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionDirectoryComponent } from './session-directory.component';
import { emptyNeed, needErrors, SessionNeedsFormComponent } from './session-needs-form.component';
import { clock, sessionWhen, slotLabel, STATUS_COLORS } from './session-format';
import { saveFile } from '../../core/data-access/download';
import { SessionCalendarApi } from '../../core/data-access/session-calendar.api';
import { CalendarFeedPanelComponent } from './calendar-feed-panel.component';
import { SessionFollowUpsComponent } from './session-follow-ups.component';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import {
  MEETING_OUTCOME_KEYS,
  MEETING_REQUEST_STATUS_KEYS,
  PARTICIPANT_CATEGORY_KEYS,
  SESSION_MODE_KEYS,
  SESSION_STATUS_KEYS,
  SESSION_TYPE_KEYS,
} from './session-keys';

interface RequestTarget {
  id: string;
  name: string;
  /** Scenarios the agency side brings (to pick the one to talk about). */
  scenarios: Array<{ id: string; title: string }>;
}

interface OutcomeDraft {
  outcome: MeetingOutcome | null;
  note: string;
}

/**
 * One session for companies and agencies: register (agencies with the scenarios they bring), ask
 * others for meetings (suggested from the match scores), answer requests, and once the agenda is
 * published see one's own meetings with the check-in QR code, print them and record outcomes.
 */
@Component({
  selector: 'sm-session-detail-page',
  imports: [
    TranslocoPipe,
    FormFieldComponent,
    FormsModule,
    NgTemplateOutlet,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzPopconfirmModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    SessionDirectoryComponent,
    SessionNeedsFormComponent,
    CalendarFeedPanelComponent,
    SessionFollowUpsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-detail.page.html',
  styleUrl: './session-detail.page.less',
})
export class SessionDetailPage implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly scenariosApi = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  private readonly calendarApi = inject(SessionCalendarApi);
  private readonly i18n = inject(LanguageService);
  private readonly translate = (key: string, params?: Record<string, unknown>) => this.i18n.t(key, params);

  readonly id = input.required<string>();
  /** A follow-up question a notification linked to (query parameter). */
  readonly followUp = input<string | null>(null);
  protected readonly modeLabels = SESSION_MODE_KEYS;
  protected readonly statusLabels = SESSION_STATUS_KEYS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly outcomes = MEETING_OUTCOMES;
  protected readonly outcomeLabels = MEETING_OUTCOME_KEYS;
  protected readonly clock = clock;
  protected readonly sessionTypeLabels = SESSION_TYPE_KEYS;
  /** (可报名：AI企业、金融机构) — AI companies may always register; the demand side the organiser admits. */
  protected readonly admitsLabel = computed(() => {
    const labels = (this.session()?.admits ?? []).map((c) => this.i18n.t(PARTICIPANT_CATEGORY_KEYS[c]));
    return this.i18n.t('sessions.detail.admits', { labels: labels.join(this.i18n.t('sessions.listSeparator')) });
  });

  protected readonly state = signal<'loading' | 'done' | 'missing' | 'failed'>('loading');
  protected readonly session = signal<SessionView | null>(null);
  protected readonly me = signal<ParticipantView | null>(null);
  protected readonly others = signal<ParticipantView[]>([]);
  protected readonly suggestions = signal<SessionSuggestion[]>([]);
  protected readonly requests = signal<MeetingRequestView[]>([]);
  protected readonly agenda = signal<AgendaView | null>(null);
  protected readonly qr = signal<string | null>(null);
  protected readonly ownScenarios = signal<Array<{ id: string; title: string }>>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);

  /** The registration form (also the edit form of one's registration). */
  protected form = { scenarioIds: [] as string[], capacity: null as number | null, unavailableSlots: [] as number[], contactName: '', contactPhone: '', contactEmail: '' };
  /** A financier's needs (loan products, investment focuses) in the registration form. */
  protected readonly needs = signal<SessionNeedRequest[]>([]);
  /** Field-level errors of the registration form, keyed by the API's field paths. */
  protected readonly fieldErrors = signal<Record<string, string>>({});
  /** The request being written. */
  protected readonly target = signal<RequestTarget | null>(null);
  protected requestForm = { scenarioId: null as string | null, message: '' };
  protected readonly drafts = signal<Record<string, OutcomeDraft>>({});

  protected readonly role = this.auth.role;
  protected readonly signedIn = this.auth.isSignedIn;
  protected readonly staff = computed(() => this.role() === 'organiser' || this.role() === 'admin');
  protected readonly canParticipate = computed(() => this.role() === 'enterprise' || this.role() === 'agency' || this.role() === 'financier');
  /** Agencies and financiers sit on the demand side ('agency'); companies on the supply side. */
  protected readonly myKind = computed(() => (this.role() === 'agency' || this.role() === 'financier' ? 'agency' : 'enterprise'));
  protected readonly isFinancier = computed(() => this.role() === 'financier');
  protected readonly defaultNeedType = computed(() => (this.auth.user()?.organisation.financierKind === 'investor' ? 'investment' : 'loan'));
  protected readonly slotOptions = computed(() => {
    const s = this.session();
    return s ? sessionSlotTimes(s).map((x) => ({ value: x.slot, label: slotLabel(this.translate, x.slot, x.startsAt, x.endsAt) })) : [];
  });
  protected readonly when = computed(() => {
    const s = this.session();
    return s ? sessionWhen(s) : '';
  });
  protected readonly requestsOpen = computed(() => {
    const status = this.session()?.status;
    return status === 'open_for_registration' || status === 'scheduled';
  });
  protected readonly canEditRegistration = computed(() => this.session()?.status === 'open_for_registration');
  protected readonly outcomesOpen = computed(() => {
    const status = this.session()?.status;
    return status === 'running' || status === 'closed';
  });
  protected readonly incoming = computed(() => this.requests().filter((r) => r.to.id === this.orgId()));
  protected readonly outgoing = computed(() => this.requests().filter((r) => r.from.id === this.orgId()));
  /** Organisations already asked (a pending or accepted request from us). */
  protected readonly asked = computed(
    () => new Set(this.outgoing().filter((r) => r.status === 'pending' || r.status === 'accepted').map((r) => r.to.id)),
  );
  protected readonly myMeetings = computed(() => this.agenda()?.meetings ?? []);
  protected readonly hasOnline = computed(() => this.myMeetings().some((m) => !!m.onlineLink));

  private orgId(): string | undefined {
    return this.auth.user()?.organisation.id;
  }

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
        else if (this.role() === 'agency' && session.status === 'open_for_registration') this.loadOwnScenarios();
        else if (this.isFinancier() && !this.needs().length) this.needs.set([emptyNeed(this.defaultNeedType())]);
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        this.state.set(e.statusCode === 404 ? 'missing' : 'failed');
      },
    });
  }

  private loadOwnScenarios(): void {
    this.scenariosApi
      // An agency brings its public scenarios (published or later).
      .list({ mine: true, status: PUBLIC_SCENARIO_STATUSES, pageSize: 100 })
      .pipe(catchError(() => of({ items: [] as Array<{ id: string; title: string }> })))
      .subscribe((page) => this.ownScenarios.set(page.items.map((s) => ({ id: s.id, title: s.title }))));
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
        this.drafts.set(Object.fromEntries((r.agenda?.meetings ?? []).map((m) => [m.id, { outcome: m.outcome, note: m.outcomeNote }])));
        this.form = {
          scenarioIds: r.me.scenarios.map((s) => s.id),
          capacity: r.me.capacity ?? null,
          unavailableSlots: r.me.unavailableSlots ?? [],
          contactName: r.me.contactName ?? '',
          contactPhone: r.me.contactPhone ?? '',
          contactEmail: r.me.contactEmail ?? '',
        };
        this.needs.set(r.me.needs.map((need) => ({ type: need.type, name: need.name, amountMin: need.amountMin, amountMax: need.amountMax, termMonths: need.termMonths, audience: need.audience, stages: need.stages, sectors: need.sectors, description: need.description })));
        if (this.role() === 'agency') this.loadOwnScenarios();
      },
      error: (error: unknown) => this.message.error(toApiError(error).message),
    });
  }

  protected register(): void {
    const session = this.session();
    if (!session) return;
    this.formError.set(null);
    const errors: Record<string, string> = this.isFinancier() ? needErrors(this.translate, this.needs()) : {};
    if (this.form.contactPhone && !/^[0-9+\-() ]{5,20}$/.test(this.form.contactPhone.trim())) errors['contactPhone'] = this.i18n.t('sessions.contact.phoneInvalid');
    if (this.form.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.form.contactEmail.trim())) errors['contactEmail'] = this.i18n.t('sessions.contact.emailInvalid');
    this.fieldErrors.set(errors);
    if (Object.keys(errors).length) return;
    this.busy.set('register');
    const body = {
      scenarioIds: this.role() === 'agency' ? this.form.scenarioIds : undefined,
      capacity: this.form.capacity ?? undefined,
      unavailableSlots: this.form.unavailableSlots,
      contactName: this.form.contactName || undefined,
      contactPhone: this.form.contactPhone.trim() || undefined,
      contactEmail: this.form.contactEmail.trim() || undefined,
      needs: this.isFinancier() ? this.needs() : undefined,
    };
    const me = this.me();
    const call = me ? this.api.updateParticipant(session.id, me.id, body) : this.api.register(session.id, body);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.i18n.t(me ? 'sessions.register.saved' : 'sessions.register.registered'));
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        this.fieldErrors.set(Object.fromEntries((e.errors ?? []).map((x) => [x.field, x.message])));
        this.formError.set(e.errors?.length ? e.errors.map((x) => x.message).join(this.i18n.t('sessions.register.errorSeparator')) : e.message);
      },
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

  protected openRequest(target: RequestTarget): void {
    this.requestForm = { scenarioId: target.scenarios.length === 1 ? target.scenarios[0].id : null, message: '' };
    this.target.set(target);
  }

  protected targetOf(p: ParticipantView): RequestTarget {
    // An agency talks about one of its own scenarios; a company about one the agency brings.
    const scenarios = this.myKind() === 'agency' ? (this.me()?.scenarios ?? []) : p.scenarios;
    return { id: p.organisation.id, name: p.organisation.name, scenarios };
  }

  /** 约见 from the directory: the same request as from the lists. */
  protected askFromDirectory(e: DirectoryEntry): void {
    const scenarios = this.myKind() === 'agency' ? (this.me()?.scenarios ?? []) : e.scenarios;
    this.openRequest({ id: e.organisation.id, name: e.organisation.name, scenarios });
  }

  protected targetOfSuggestion(s: SessionSuggestion): RequestTarget {
    const participant = this.others().find((p) => p.organisation.id === s.organisation.id);
    const target = participant ? this.targetOf(participant) : { id: s.organisation.id, name: s.organisation.name, scenarios: [] };
    if (s.scenario && !target.scenarios.length) target.scenarios = [s.scenario];
    return target;
  }

  protected sendRequest(): void {
    const session = this.session();
    const target = this.target();
    if (!session || !target) return;
    this.busy.set('request');
    this.api.request(session.id, { toOrganisationId: target.id, scenarioId: this.requestForm.scenarioId ?? undefined, message: this.requestForm.message || undefined }).subscribe({
      next: (request) => {
        this.busy.set(null);
        this.target.set(null);
        this.requests.update((list) => [request, ...list]);
        this.suggestions.update((list) => list.map((s) => (s.organisation.id === target.id ? { ...s, requested: true } : s)));
        this.message.success(this.i18n.t('sessions.requests.sent'));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected respond(request: MeetingRequestView, decision: 'accept' | 'decline'): void {
    this.replaceRequest(this.api.respond(this.id(), request.id, decision), this.i18n.t(decision === 'accept' ? 'sessions.requests.accepted' : 'sessions.requests.declined'));
  }

  protected withdraw(request: MeetingRequestView): void {
    this.replaceRequest(this.api.withdraw(this.id(), request.id), this.i18n.t('sessions.requests.withdrawn'));
  }

  private replaceRequest(call: Observable<MeetingRequestView>, done: string): void {
    call.subscribe({
      next: (updated) => {
        this.requests.update((list) => list.map((r) => (r.id === updated.id ? updated : r)));
        this.message.success(done);
      },
      error: (error: unknown) => this.message.error(toApiError(error).message),
    });
  }

  protected counterpart(m: MeetingView): string {
    return this.myKind() === 'agency' ? m.enterprise.name : m.agency.name;
  }

  /** The catalogue key of how the meeting came about. */
  protected source(m: MeetingView): string {
    return m.mutual
      ? 'sessions.agenda.mutual'
      : m.requested
        ? 'sessions.agenda.requested'
        : m.pinned
          ? 'sessions.agenda.pinned'
          : 'sessions.agenda.matched';
  }

  protected setDraft(meetingId: string, patch: Partial<OutcomeDraft>): void {
    this.drafts.update((d) => ({ ...d, [meetingId]: { ...(d[meetingId] ?? { outcome: null, note: '' }), ...patch } }));
  }

  protected saveOutcome(m: MeetingView): void {
    const draft = this.drafts()[m.id];
    if (!draft?.outcome) return;
    this.busy.set(m.id);
    this.api.updateMeeting(this.id(), m.id, { outcome: draft.outcome, outcomeNote: draft.note }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.agenda.update((a) => (a ? { ...a, meetings: a.meetings.map((x) => (x.id === updated.id ? updated : x)) } : a));
        this.message.success(this.i18n.t('sessions.agenda.outcomeSaved'));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  /** The catalogue key of a request's status. */
  protected requestStatus(r: MeetingRequestView): string {
    return MEETING_REQUEST_STATUS_KEYS[r.status];
  }

  protected downloadIcs(): void {
    this.busy.set('ics');
    this.calendarApi.agendaIcs(this.id()).subscribe({
      next: (file) => {
        this.busy.set(null);
        saveFile(file);
        this.message.success(this.i18n.t('sessions.calendar.downloaded'));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected print(): void {
    window.print();
  }
}
