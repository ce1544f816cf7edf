import { ChangeDetectionStrategy, Component, computed, OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MEETING_OUTCOMES, type AgendaView, type MeetingOutcome, type MeetingView } from '@scenematch/contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { DATA_TABLE, type TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { MEETING_OUTCOME_KEYS, SESSION_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { outcomesOpen } from './session-agenda';
import { SessionReportCardComponent } from './session-report-card.component';
import { SESSION_CARD_IMPORTS, SessionPart } from './session-part';

interface OutcomeDraft {
  outcome: MeetingOutcome | null;
  note: string;
}

/** Whether the draft differs from what is saved on the meeting. */
export function outcomeChanged(m: MeetingView, draft: OutcomeDraft): boolean {
  return draft.outcome !== m.outcome || draft.note.trim() !== m.outcomeNote;
}

/**
 * 成果与报告: an outcome and a note for each scheduled meeting (once the session runs), and the
 * report — figures and two charts (meetings per slot, outcomes).
 */
@Component({
  selector: 'sm-session-outcomes',
  imports: [
    ...SESSION_CARD_IMPORTS,
    FormsModule,
    ...DATA_TABLE,
    NzInputModule,
    NzSelectModule,
    PageStateComponent,
    SessionReportCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-outcomes.component.html',
  styleUrl: './session-outcomes.component.less',
})
export class SessionOutcomesComponent extends SessionPart implements OnInit {
  /** The outcomes, each with its catalogue key. */
  protected readonly outcomeOptions = MEETING_OUTCOMES.map((o) => ({
    value: o,
    label: MEETING_OUTCOME_KEYS[o],
  }));

  protected readonly agenda = signal<AgendaView | null>(null);
  protected readonly agendaError = signal<string | null>(null);
  protected readonly saving = signal<string | null>(null);
  /** What the rows' controls hold, by meeting id (unsaved until 保存). */
  protected readonly drafts = signal<ReadonlyMap<string, OutcomeDraft>>(
    new Map(),
  );

  protected readonly open = computed(() => outcomesOpen(this.session().status));
  protected readonly closedReason = computed(() =>
    this.i18n.t('sessionsAdmin.outcomes.disabledFor', { status: this.i18n.t(SESSION_STATUS_KEYS[this.session().status]) }),
  );
  protected readonly meetings = computed(
    () => this.agenda()?.meetings.filter((m) => m.status === 'scheduled') ?? [],
  );
  private readonly reportCard = viewChild.required(SessionReportCardComponent);
  protected readonly rowAttrs = (m: MeetingView) => ({ 'data-id': m.id, 'data-outcome': m.outcome });
  protected readonly columns = computed<TableColumn<MeetingView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      { key: 'time', title: t('sessionsAdmin.outcomes.time'), width: '130px' },
      { key: 'pair', title: t('sessionsAdmin.outcomes.pair'), testId: 'outcome-pair', data: true },
      { key: 'outcome', title: t('sessionsAdmin.outcomes.outcome'), width: '150px' },
      { key: 'note', title: t('sessionsAdmin.outcomes.note') },
      { key: 'actions', title: t('common.actions'), width: '90px' },
    ];
  });

  ngOnInit(): void {
    this.loadAgenda();
  }

  protected loadAgenda(): void {
    this.api.agenda(this.session().id).subscribe({
      next: (agenda) => {
        this.drafts.set(
          new Map(
            agenda.meetings.map((m) => [
              m.id,
              { outcome: m.outcome, note: m.outcomeNote },
            ]),
          ),
        );
        this.agenda.set(agenda);
        this.agendaError.set(null);
      },
      error: (error: unknown) =>
        this.agendaError.set(toApiError(error).message),
    });
  }

  protected draft(m: MeetingView): OutcomeDraft {
    return (
      this.drafts().get(m.id) ?? { outcome: m.outcome, note: m.outcomeNote }
    );
  }

  protected setDraft(m: MeetingView, change: Partial<OutcomeDraft>): void {
    this.drafts.update((drafts) =>
      new Map(drafts).set(m.id, { ...this.draft(m), ...change }),
    );
  }

  protected changed(m: MeetingView): boolean {
    return outcomeChanged(m, this.draft(m));
  }

  protected save(m: MeetingView): void {
    if (!this.open() || this.saving()) return;
    const d = this.draft(m);
    if (!d.outcome) {
      this.message.warning(this.i18n.t('sessionsAdmin.outcomes.chooseOutcome'));
      return;
    }
    this.saving.set(m.id);
    this.api
      .updateMeeting(this.session().id, m.id, {
        outcome: d.outcome,
        outcomeNote: d.note.trim(),
      })
      .subscribe({
        next: (updated) => {
          this.saving.set(null);
          this.setDraft(updated, {
            outcome: updated.outcome,
            note: updated.outcomeNote,
          });
          this.agenda.update((a) =>
            a
              ? {
                  ...a,
                  meetings: a.meetings.map((x) =>
                    x.id === updated.id ? updated : x,
                  ),
                }
              : a,
          );
          this.message.success(this.i18n.t('sessionsAdmin.outcomes.saved'));
          this.reportCard().reload();
        },
        error: (error: unknown) => {
          this.saving.set(null);
          const e = toApiError(error);
          this.message.error(e.errors?.[0]?.message ?? e.message);
        },
      });
  }
}
