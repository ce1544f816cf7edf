import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import {
  FormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  AgendaRunView,
  AgendaView,
  MeetingView,
  ParticipantView,
  SessionView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { Subscription } from 'rxjs';
import { saveFile } from '../../../core/data-access/download';
import { SessionsApi } from '../../../core/data-access/sessions.api';
import { toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { MEETING_KIND_KEYS, RUN_STATUS_KEYS } from './session-admin-keys';
import {
  applyServerErrors,
  revealErrors,
} from '../../../shared/forms/server-errors';
import {
  buildAgendaGrid,
  gapPercent,
  idleGapsText,
  runSummary,
  isRunLive,
  meetingKind,
  type MeetingKind,
  pinsOpen,
  pollAgendaRun,
  runPercent,
} from './session-agenda';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import { MeetingOnlineEditorComponent } from './meeting-online-editor.component';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';

const KIND_COLORS: Record<MeetingKind, string> = {
  mutual: 'green',
  requested: 'blue',
  matched: 'default',
};

const RUN_PROGRESS_STATUS: Record<
  AgendaRunView['status'],
  'active' | 'success' | 'exception' | 'normal'
> = {
  queued: 'normal',
  running: 'active',
  completed: 'success',
  failed: 'exception',
};

/**
 * 日程: generating the agenda in the worker with live progress, the last run's figures, the
 * slot × table grid with pins, the requests that could not be placed, the Excel export and
 * meetings added by hand.
 */
@Component({
  selector: 'sm-session-agenda',
  imports: [
    TranslocoPipe,
    FormFieldComponent,
    BeijingTimePipe,
    MeetingOnlineEditorComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzFormModule,
    NzIconModule,
    NzPopconfirmModule,
    NzProgressModule,
    NzResultModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-agenda.component.html',
  styleUrl: './session-agenda.component.less',
})
export class SessionAgendaComponent implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder);

  readonly session = input.required<SessionView>();
  /** The agenda changed (the session's meeting count with it). */
  readonly changed = output<void>();

  private readonly i18n = inject(LanguageService);
  private readonly translate = (key: string, params?: Record<string, unknown>) => this.i18n.t(key, params);
  protected readonly runStatuses = RUN_STATUS_KEYS;
  protected readonly kinds = MEETING_KIND_KEYS;
  protected readonly kindColors = KIND_COLORS;
  protected readonly progressStatus = RUN_PROGRESS_STATUS;
  protected readonly percent = runPercent;
  protected readonly gapPercent = gapPercent;
  protected idleGapsText(run: AgendaRunView): string {
    return idleGapsText(this.translate, run);
  }
  protected summary(run: AgendaRunView) {
    return runSummary(this.translate, run, this.agenda());
  }
  protected readonly kindOf = meetingKind;

  protected readonly agenda = signal<AgendaView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The latest run: from the agenda, the start answer or the poll. */
  protected readonly run = signal<AgendaRunView | null>(null);
  protected readonly starting = signal(false);
  protected readonly pollError = signal(false);
  protected readonly busy = signal<string | null>(null);
  protected readonly participants = signal<ParticipantView[]>([]);

  protected readonly live = computed(() => isRunLive(this.run()));
  protected readonly canGenerate = computed(
    () => this.session().status === 'open_for_registration',
  );
  protected readonly canPin = computed(() => pinsOpen(this.session().status));
  protected readonly canAdd = computed(() => {
    const status = this.session().status;
    return (
      status === 'open_for_registration' ||
      status === 'scheduled' ||
      status === 'running'
    );
  });
  protected readonly grid = computed(() => {
    const agenda = this.agenda();
    return agenda
      ? buildAgendaGrid(agenda.slotTimes, this.session().tables, agenda.meetings)
      : [];
  });
  protected readonly tables = computed(() =>
    Array.from({ length: this.session().tables }, (_, i) => i),
  );
  protected readonly scheduledCount = computed(
    () =>
      this.agenda()?.meetings.filter((m) => m.status === 'scheduled').length ??
      0,
  );
  protected readonly enterprises = computed(() =>
    this.participants().filter(
      (p) => p.kind === 'enterprise' && p.status === 'registered' && !p.noShowAt,
    ),
  );
  protected readonly agencies = computed(() =>
    this.participants().filter(
      (p) => p.kind === 'agency' && p.status === 'registered' && !p.noShowAt,
    ),
  );

  protected readonly manual = this.fb.group({
    enterpriseId: this.fb.control<string | null>(null, Validators.required),
    agencyId: this.fb.control<string | null>(null, Validators.required),
    slot: this.fb.control<number | null>(null, Validators.required),
    table: this.fb.control<number | null>(null, Validators.required),
  });
  protected readonly manualError = signal<string | null>(null);

  private poll: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.poll?.unsubscribe());
  }

  ngOnInit(): void {
    this.load();
    this.loadParticipants();
  }

  /** Reads the agenda; a run still going on is followed. */
  protected load(): void {
    this.api.agenda(this.session().id).subscribe({
      next: (agenda) => {
        this.agenda.set(agenda);
        this.loadError.set(null);
        const run = agenda.run ?? null;
        // Keep a newer run this page started or follows over the agenda's (possibly older) view.
        if (!this.live() || run?.id === this.run()?.id) this.run.set(run);
        if (run && isRunLive(run) && !this.poll) this.follow(run.id);
      },
      error: (error: unknown) => this.loadError.set(toApiError(error).message),
    });
  }

  private loadParticipants(): void {
    this.api.participants(this.session().id).subscribe({
      next: (page) => this.participants.set(page.items),
      error: () => this.participants.set([]),
    });
  }

  protected generate(): void {
    if (this.starting() || this.live()) return;
    this.starting.set(true);
    this.api.generate(this.session().id).subscribe({
      next: (run) => {
        this.starting.set(false);
        this.run.set(run);
        this.message.info(this.i18n.t('sessionsAdmin.agenda.started'));
        if (isRunLive(run)) this.follow(run.id);
        else this.finished(run);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.message.error(toApiError(error).message);
      },
    });
  }

  /** Polls the run every second until it has completed or failed, then reads the agenda again. */
  private follow(runId: string): void {
    this.poll?.unsubscribe();
    this.pollError.set(false);
    const sessionId = this.session().id;
    this.poll = pollAgendaRun((id) => this.api.run(sessionId, id), runId).subscribe({
      next: (run) => {
        this.run.set(run);
        if (!isRunLive(run)) this.finished(run);
      },
      error: () => {
        this.poll = null;
        this.pollError.set(true);
      },
      complete: () => (this.poll = null),
    });
  }

  private finished(run: AgendaRunView): void {
    if (run.status === 'completed') this.message.success(this.i18n.t('sessionsAdmin.agenda.completed'));
    else this.message.error(run.error || this.i18n.t('sessionsAdmin.agenda.failed'));
    this.load();
    this.changed.emit();
  }

  /** A meeting can be moved online until the session closes (the API's rule). */
  protected readonly canSetOnline = computed(() => ['open_for_registration', 'scheduled', 'running'].includes(this.session().status));

  protected meetingChanged(meeting: MeetingView): void {
    this.replace(meeting);
  }

  protected togglePin(m: MeetingView): void {
    if (this.busy() || !this.canPin()) return;
    this.busy.set(`pin:${m.id}`);
    this.api
      .updateMeeting(this.session().id, m.id, { pinned: !m.pinned })
      .subscribe({
        next: (updated) => {
          this.busy.set(null);
          this.replace(updated);
          this.message.success(
            this.i18n.t(updated.pinned ? 'sessionsAdmin.agenda.pinnedDone' : 'sessionsAdmin.agenda.unpinnedDone'),
          );
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.message.error(toApiError(error).message);
        },
      });
  }

  private replace(meeting: MeetingView): void {
    this.agenda.update((a) =>
      a
        ? {
            ...a,
            meetings: a.meetings.map((m) => (m.id === meeting.id ? meeting : m)),
          }
        : a,
    );
  }

  protected exportWorkbook(): void {
    if (this.busy()) return;
    this.busy.set('export');
    this.api.workbook(this.session().id).subscribe({
      next: (file) => {
        this.busy.set(null);
        saveFile(file);
        this.message.success(this.i18n.t('sessionsAdmin.agenda.exported'));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected addMeeting(): void {
    if (this.busy()) return;
    this.manualError.set(null);
    if (this.manual.invalid) {
      revealErrors(this.manual);
      return;
    }
    const v = this.manual.getRawValue();
    this.busy.set('add');
    this.api
      .addMeeting(this.session().id, {
        enterpriseId: v.enterpriseId ?? '',
        agencyId: v.agencyId ?? '',
        slot: v.slot ?? 0,
        table: v.table ?? 0,
      })
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.manual.reset();
          this.message.success(this.i18n.t('sessionsAdmin.agenda.added'));
          this.load();
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.busy.set(null);
          const e = toApiError(error);
          const unmatched = applyServerErrors(this.manual, e.errors);
          if (!e.errors?.length || unmatched.length)
            this.manualError.set(
              unmatched.map((u) => u.message).join(this.i18n.t('sessions.register.errorSeparator')) || e.message,
            );
        },
      });
  }
}
