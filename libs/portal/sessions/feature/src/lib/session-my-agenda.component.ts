import { ChangeDetectionStrategy, Component, computed, effect, inject, input, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { MEETING_OUTCOMES, type AgendaView, type MeetingOutcome, type MeetingView, type ParticipantView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Observable } from 'rxjs';
import { SessionCalendarApi } from '@scenematch/portal/sessions/data-access/session-calendar.api';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { DATA_TABLE, type TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { CalendarFeedPanelComponent } from './calendar-feed-panel.component';
import { SessionFollowUpsComponent } from './session-follow-ups.component';
import { clock } from './session-format';
import { MEETING_OUTCOME_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

interface OutcomeDraft {
  outcome: MeetingOutcome | null;
  note: string;
}

/** The catalogue key of how the meeting came about. */
export function meetingSource(m: MeetingView): string {
  if (m.mutual) return 'sessions.agenda.mutual';
  if (m.requested) return 'sessions.agenda.requested';
  return m.pinned ? 'sessions.agenda.pinned' : 'sessions.agenda.matched';
}

/**
 * A participant's own agenda tab: the check-in QR code, the follow-up questions, and once the agenda
 * is published the meetings — printable, as a calendar file, with their outcomes to record.
 */
@Component({
  selector: 'sm-session-my-agenda',
  imports: [
    TranslocoPipe,
    FormsModule,
    ...DATA_TABLE,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    CalendarFeedPanelComponent,
    SessionFollowUpsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-my-agenda.component.html',
  styleUrl: './session-my-agenda.component.less',
})
export class SessionMyAgendaComponent {
  private readonly api = inject(SessionsApi);
  private readonly calendarApi = inject(SessionCalendarApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  readonly sessionId = input.required<string>();
  readonly me = input.required<ParticipantView>();
  /** The check-in QR code as an image address. */
  readonly qr = input<string | null>(null);
  readonly agenda = model<AgendaView | null>(null);
  /** The side the caller sits on: it names the counterpart of each meeting. */
  readonly myKind = input.required<'agency' | 'enterprise'>();
  readonly outcomesOpen = input(false);
  /** A follow-up question a notification linked to. */
  readonly followUp = input<string | null>(null);

  protected readonly outcomes = MEETING_OUTCOMES;
  protected readonly outcomeLabels = MEETING_OUTCOME_KEYS;
  protected readonly busy = signal<string | null>(null);
  /** The agenda as a calendar file (.ics). */
  protected readonly calendar = new FileDownloads<'ics'>();
  protected readonly drafts = signal<Record<string, OutcomeDraft>>({});
  protected readonly meetings = computed(() => this.agenda()?.meetings ?? []);
  protected readonly hasOnline = computed(() => this.meetings().some((m) => !!m.onlineLink));
  protected readonly rowAttrs = (m: MeetingView) => ({ 'data-cancelled': m.status === 'cancelled' ? '' : null });
  protected readonly columns = computed<TableColumn<MeetingView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      { key: 'time', title: t('sessions.agenda.time'), value: (m) => `${clock(m.startsAt)}–${clock(m.endsAt)}` },
      { key: 'table', title: t('sessions.agenda.table') },
      {
        key: 'counterpart',
        title: t('sessions.agenda.counterpart'),
        value: (m) => (this.myKind() === 'agency' ? m.enterprise.name : m.agency.name),
        testId: 'meeting-counterpart',
        data: true,
      },
      { key: 'scenario', title: t('sessions.agenda.scenario'), value: (m) => m.scenario?.title ?? '—', data: true },
      { key: 'source', title: t('sessions.agenda.source'), tag: (m) => ({ text: t(meetingSource(m)) }), hideOnPhone: true },
      { key: 'outcome', title: t('sessions.agenda.outcome') },
    ];
  });

  constructor() {
    // The drafts start from the recorded outcomes whenever the agenda is (re)loaded.
    effect(() => {
      const meetings = this.agenda()?.meetings ?? [];
      this.drafts.set(Object.fromEntries(meetings.map((m) => [m.id, { outcome: m.outcome, note: m.outcomeNote }])));
    });
  }

  protected setDraft(meetingId: string, patch: Partial<OutcomeDraft>): void {
    this.drafts.update((d) => ({ ...d, [meetingId]: { ...(d[meetingId] ?? { outcome: null, note: '' }), ...patch } }));
  }

  protected saveOutcome(m: MeetingView): void {
    const draft = this.drafts()[m.id];
    if (!draft?.outcome) return;
    this.watch(m.id, this.api.updateMeeting(this.sessionId(), m.id, { outcome: draft.outcome, outcomeNote: draft.note }), (updated) => {
      this.agenda.update((a) => (a ? { ...a, meetings: a.meetings.map((x) => (x.id === updated.id ? updated : x)) } : a));
      this.message.success(this.i18n.t('sessions.agenda.outcomeSaved'));
    });
  }

  protected downloadIcs(): void {
    this.calendar.run(
      'ics',
      this.calendarApi.agendaIcs(this.sessionId()),
      (e) => e.message,
      this.i18n.t('sessions.calendar.downloaded'),
    );
  }

  protected print(): void {
    window.print();
  }

  private watch<T>(key: string, call: Observable<T>, done: (value: T) => void): void {
    this.busy.set(key);
    call.subscribe({
      next: (value) => {
        this.busy.set(null);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }
}
