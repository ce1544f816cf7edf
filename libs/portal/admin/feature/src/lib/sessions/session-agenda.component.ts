import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgendaRunView, AgendaView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { Subscription } from 'rxjs';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { DATA_TABLE, type TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { AgendaGridComponent } from './agenda-grid.component';
import { AgendaManualFormComponent } from './agenda-manual-form.component';
import { AgendaRunCardComponent } from './agenda-run-card.component';
import { buildAgendaGrid, isRunLive, pollAgendaRun } from './session-agenda';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { SessionPart } from './session-part';

type Unplaced = NonNullable<AgendaView['unplaced']>[number];

/**
 * 日程: generating the agenda in the worker with live progress, the last run's figures, the
 * slot × table grid with pins, the requests that could not be placed, the Excel export and
 * meetings added by hand.
 */
@Component({
  selector: 'sm-session-agenda',
  imports: [
    TranslocoPipe,
    ...DATA_TABLE,
    PageStateComponent,
    AgendaGridComponent,
    AgendaManualFormComponent,
    AgendaRunCardComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    ActionButtonComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-agenda.component.html',
  styleUrl: './session-agenda.component.less',
})
export class SessionAgendaComponent extends SessionPart implements OnInit {
  /** The agenda changed (the session's meeting count with it). */
  readonly changed = output<void>();

  protected readonly agenda = signal<AgendaView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The latest run: from the agenda, the start answer or the poll. */
  protected readonly run = signal<AgendaRunView | null>(null);
  protected readonly starting = signal(false);
  protected readonly pollError = signal(false);
  /** The Excel export of the agenda. */
  protected readonly workbook = new FileDownloads<'export'>();

  protected readonly live = computed(() => isRunLive(this.run()));
  protected readonly canGenerate = computed(() => this.session().status === 'open_for_registration');
  protected readonly grid = computed(() => {
    const agenda = this.agenda();
    return agenda ? buildAgendaGrid(agenda.slotTimes, this.session().tables, agenda.meetings) : [];
  });
  protected readonly tables = computed(() => Array.from({ length: this.session().tables }, (_, i) => i));
  protected readonly scheduledCount = computed(() => this.agenda()?.meetings.filter((m) => m.status === 'scheduled').length ?? 0);
  protected readonly byIndex = (_: Unplaced, index: number) => index;
  protected readonly unplacedColumns = computed<TableColumn<Unplaced>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      { key: 'enterprise', title: t('sessionsAdmin.agenda.enterprise'), value: (u) => u.enterprise.name, data: true },
      { key: 'agency', title: t('sessionsAdmin.agenda.agency'), value: (u) => u.agency.name, data: true },
      { key: 'scenario', title: t('sessionsAdmin.agenda.scenario'), value: (u) => u.scenario?.title ?? '—', data: true },
      // The scheduler's reason, stored on the run in Chinese.
      { key: 'reason', title: t('sessionsAdmin.agenda.reason'), value: (u) => u.reason, testId: 'unplaced-reason', data: true },
    ];
  });

  private poll: Subscription | null = null;

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => this.poll?.unsubscribe());
  }

  ngOnInit(): void {
    this.load();
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
        this.showError(error);
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

  protected exportWorkbook(): void {
    this.workbook.run(
      'export',
      this.api.workbook(this.session().id),
      (e) => e.message,
      this.i18n.t('sessionsAdmin.agenda.exported'),
    );
  }
}
