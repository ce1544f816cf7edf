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
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { toApiError } from '@scenematch/portal/core/http/api-error';
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
    NzTableModule,
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
  protected readonly busy = signal<string | null>(null);

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
    if (this.busy()) return;
    this.busy.set(p.id);
    this.api.checkIn(this.session().id, p.id).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.result.set({
          ok: true,
          name: updated.organisation.name,
          kind: updated.kind,
          again: !!p.checkedInAt,
        });
        this.upsert(updated);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.showError(error);
      },
    });
  }

  protected markAbsent(p: ParticipantView): void {
    if (this.busy()) return;
    this.busy.set(p.id);
    this.api.noShow(this.session().id, p.id).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.message.success(this.i18n.t('sessionsAdmin.checkin.markedAbsent', { name: updated.organisation.name }));
        this.upsert(updated);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.showError(error);
      },
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
