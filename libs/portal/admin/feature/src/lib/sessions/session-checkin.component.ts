import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import type {
  ParticipantKind,
  ParticipantView,
} from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';
import { ParticipantCheckinStateComponent } from './participant-checkin-state.component';
import {
  PARTICIPANT_KIND_COLORS,
  PARTICIPANT_KIND_KEYS,
} from './session-admin-keys';
import { SESSION_CARD_IMPORTS, SessionPart } from './session-part';

export type CheckinResult =
  | { ok: true; name: string; kind: ParticipantKind; again: boolean }
  | { ok: false; message: string };

/**
 * 签到台: the desk's QR scanner types the participant's code followed by Enter into the code
 * field; the result shows large, the field is cleared for the next one. Below, every registered
 * participant with 签到 / 标记缺席 and the live counts.
 */
@Component({
  selector: 'sm-session-checkin',
  imports: [
    ...SESSION_CARD_IMPORTS,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    ...DATA_TABLE,
    NzTagModule,
    ParticipantCheckinStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-checkin.component.html',
  styleUrl: './session-checkin.component.less',
})
export class SessionCheckinComponent extends SessionPart implements OnInit {
  protected readonly kinds = PARTICIPANT_KIND_KEYS;
  protected readonly kindColors = PARTICIPANT_KIND_COLORS;

  private readonly codeInput =
    viewChild<ElementRef<HTMLInputElement>>('codeInput');
  /** What the scanner (or a person) has typed so far. */
  protected readonly code = signal('');
  protected readonly checking = signal(false);
  protected readonly result = signal<CheckinResult | null>(null);
  protected readonly participants = signal<ParticipantView[]>([]);
  private readonly actions = new ApiActions();
  /** The participant whose 签到 or 缺席 is under way. */
  protected readonly busy = this.actions.busy;
  protected readonly rowAttrs = (p: ParticipantView) => ({ 'data-id': p.id });
  protected readonly columns = computed<TableColumn<ParticipantView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      {
        key: 'kind',
        title: t('sessionsAdmin.participants.kind'),
        width: '100px',
        tag: keyedTag(t, this.kinds, this.kindColors, (p) => p.kind),
      },
      {
        key: 'name',
        title: t('sessionsAdmin.participants.name'),
        value: (p) => p.organisation.name,
        testId: 'checkin-row-name',
        data: true,
      },
      {
        key: 'state',
        title: t('sessionsAdmin.checkin.state'),
        width: '160px',
        testId: 'checkin-row-state',
      },
      { key: 'actions', title: t('common.actions'), width: '220px' },
    ];
  });

  protected readonly open = computed(() => {
    const status = this.session().status;
    return status === 'scheduled' || status === 'running';
  });
  protected readonly canMarkAbsent = computed(
    () => this.session().status === 'running',
  );
  protected readonly registered = computed(() =>
    this.participants().filter((p) => p.status === 'registered'),
  );
  protected readonly checkedIn = computed(
    () => this.registered().filter((p) => p.checkedInAt).length,
  );
  protected readonly absent = computed(
    () => this.registered().filter((p) => p.noShowAt).length,
  );

  constructor() {
    super();
    // The desk's scanner types into whatever has the focus: start there.
    afterNextRender(() => this.codeInput()?.nativeElement.focus());
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.api.participants(this.session().id).subscribe({
      next: (page) => this.participants.set(page.items),
      error: (error: unknown) =>
        this.showError(error),
    });
  }

  /** Enter in the code field (the scanner sends it after the code). */
  protected submitCode(): void {
    const code = this.code().trim();
    if (!code || this.checking()) return;
    this.checking.set(true);
    // Cleared at once for the next scan (the binding may not have seen the typed value yet).
    this.code.set('');
    const field = this.codeInput()?.nativeElement;
    if (field) field.value = '';
    this.api.checkInByCode(this.session().id, code).subscribe({
      next: (p) => {
        const before = this.participants().find((x) => x.id === p.id);
        this.checking.set(false);
        this.result.set({
          ok: true,
          name: p.organisation.name,
          kind: p.kind,
          again: !!before?.checkedInAt,
        });
        this.upsert(p);
        this.focus();
      },
      error: (error: unknown) => {
        this.checking.set(false);
        const e = toApiError(error);
        this.result.set({
          ok: false,
          message: e.errors?.[0]?.message ?? e.message,
        });
        this.focus();
      },
    });
  }

  protected checkIn(p: ParticipantView): void {
    this.actions.run(p.id, this.api.checkIn(this.session().id, p.id), {
      then: (updated) => {
        this.result.set({
          ok: true,
          name: updated.organisation.name,
          kind: updated.kind,
          again: !!p.checkedInAt,
        });
        this.upsert(updated);
      },
      failed: (e) => e.message,
    });
  }

  protected markAbsent(p: ParticipantView): void {
    this.actions.run(p.id, this.api.noShow(this.session().id, p.id), {
      then: (updated) => this.upsert(updated),
      done: (updated) =>
        this.i18n.t('sessionsAdmin.checkin.markedAbsent', {
          name: updated.organisation.name,
        }),
      failed: (e) => e.message,
    });
  }

  private upsert(p: ParticipantView): void {
    this.participants.update((list) =>
      list.some((x) => x.id === p.id)
        ? list.map((x) => (x.id === p.id ? p : x))
        : [...list, p],
    );
  }

  private focus(): void {
    queueMicrotask(() => this.codeInput()?.nativeElement.focus());
  }
}
