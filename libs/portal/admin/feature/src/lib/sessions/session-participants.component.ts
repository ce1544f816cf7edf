import { ChangeDetectionStrategy, Component, computed, OnInit, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ParticipantView, SessionStatus } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { DATA_TABLE, type TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { ParticipantAddComponent } from './participant-add.component';
import { ParticipantCheckinStateComponent } from './participant-checkin-state.component';
import { PARTICIPANT_KIND_COLORS, PARTICIPANT_KIND_KEYS } from './session-admin-keys';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { SessionPart } from './session-part';

/** Staff may register organisations until the session starts (the API's rule). */
const REGISTRATION_OPEN: readonly SessionStatus[] = ['planning', 'open_for_registration', 'scheduled'];

/** 参会单位: every registration with its details, adding one for an organisation, cancelling one. */
@Component({
  selector: 'sm-session-participants',
  imports: [
    TranslocoPipe,
    ...DATA_TABLE,
    NzAlertModule,
    ActionButtonComponent,
    NzTagModule,
    PageStateComponent,
    ParticipantAddComponent,
    ParticipantCheckinStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-participants.component.html',
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class SessionParticipantsComponent extends SessionPart implements OnInit {
  /** Registrations changed (the session's counts with them). */
  readonly changed = output<void>();

  protected readonly participants = signal<ParticipantView[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  private readonly actions = new ApiActions();
  /** The participant whose cancellation is under way. */
  protected readonly busy = this.actions.busy;
  protected readonly counts = computed(() => {
    const live = this.participants().filter((p) => p.status === 'registered');
    return {
      enterprises: live.filter((p) => p.kind === 'enterprise').length,
      agencies: live.filter((p) => p.kind === 'agency').length,
    };
  });
  protected readonly canRegister = computed(() => REGISTRATION_OPEN.includes(this.session().status));
  protected readonly rowAttrs = (p: ParticipantView) => ({ 'data-id': p.id, 'data-status': p.status });
  protected readonly columns = computed<TableColumn<ParticipantView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    const separator = t('sessions.listSeparator');
    return [
      {
        key: 'kind',
        title: t('sessionsAdmin.participants.kind'),
        width: '90px',
        tag: keyedTag(t, PARTICIPANT_KIND_KEYS, PARTICIPANT_KIND_COLORS, (p) => p.kind),
      },
      { key: 'name', title: t('sessionsAdmin.participants.name'), testId: 'participant-name' },
      {
        key: 'scenarios',
        title: t('sessionsAdmin.participants.scenarios'),
        value: (p) => p.scenarios.map((sc) => sc.title).join(separator) || '—',
        data: true,
      },
      { key: 'capacity', title: t('sessionsAdmin.participants.capacity'), width: '110px', align: 'right', value: (p) => p.capacity ?? '—' },
      {
        key: 'unavailable',
        title: t('sessionsAdmin.participants.unavailable'),
        value: (p) => (p.unavailableSlots?.length ? this.unavailable(p.unavailableSlots) : '—'),
      },
      { key: 'contact', title: t('sessionsAdmin.participants.contact'), width: '90px', value: (p) => p.contactName || '—', data: true },
      { key: 'checkin', title: t('sessionsAdmin.participants.checkin'), width: '140px', testId: 'participant-checkin' },
      { key: 'actions', title: t('common.actions'), width: '110px' },
    ];
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loadItems(
      this.api.participants(this.session().id),
      this.participants,
      this.loading,
      this.loadError,
    );
  }

  /** 第 2 场、第 5 场: the slots a participant cannot attend, numbered from one. */
  private unavailable(slots: number[]): string {
    return slots
      .map((s) => this.i18n.t('sessionsAdmin.participants.slotValue', { n: s + 1 }))
      .join(this.i18n.t('sessions.listSeparator'));
  }

  protected cancel(p: ParticipantView): void {
    this.actions.run(p.id, this.api.cancelParticipant(this.session().id, p.id), {
      then: () => {
        this.load();
        this.changed.emit();
      },
      done: this.i18n.t('sessionsAdmin.participants.cancelled'),
      failed: (e) => e.message,
    });
  }
}
