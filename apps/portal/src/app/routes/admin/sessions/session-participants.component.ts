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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  OrganisationSummary,
  ParticipantKind,
  ParticipantView,
  SessionStatus,
  SessionView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of, Subject } from 'rxjs';
import {
  catchError,
  debounceTime,
  map,
  switchMap,
  tap,
} from 'rxjs/operators';
import { OrganisationsApi } from '../../../core/data-access/organisations.api';
import { SessionsApi } from '../../../core/data-access/sessions.api';
import { toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { PARTICIPANT_KIND_KEYS } from './session-admin-keys';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';

/** Staff may register organisations until the session starts (the API's rule). */
const REGISTRATION_OPEN: readonly SessionStatus[] = [
  'planning',
  'open_for_registration',
  'scheduled',
];

/** 参会单位: every registration with its details, adding one for an organisation, cancelling one. */
@Component({
  selector: 'sm-session-participants',
  imports: [
    TranslocoPipe,
    BeijingTimePipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzInputNumberModule,
    NzPopconfirmModule,
    NzResultModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-participants.component.html',
  styles: `
    nz-card {
      margin-bottom: 16px;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .kind {
      width: 120px;
    }
    .org {
      flex: 1 1 280px;
      min-width: 220px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .error {
      color: #cf1322;
      margin-top: 8px;
    }
  `,
})
export class SessionParticipantsComponent implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly organisations = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);

  readonly session = input.required<SessionView>();
  /** Registrations changed (the session's counts with them). */
  readonly changed = output<void>();

  private readonly i18n = inject(LanguageService);
  protected readonly kinds = PARTICIPANT_KIND_KEYS;

  protected readonly participants = signal<ParticipantView[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly counts = computed(() => {
    const live = this.participants().filter((p) => p.status === 'registered');
    return {
      enterprises: live.filter((p) => p.kind === 'enterprise').length,
      agencies: live.filter((p) => p.kind === 'agency').length,
    };
  });
  protected readonly canRegister = computed(() =>
    REGISTRATION_OPEN.includes(this.session().status),
  );

  // ── adding ──
  protected kind: ParticipantKind = 'enterprise';
  protected organisationId: string | null = null;
  protected capacity: number | null = null;
  protected readonly options = signal<OrganisationSummary[]>([]);
  protected readonly searching = signal(false);
  protected readonly addError = signal<string | null>(null);
  private readonly search$ = new Subject<string>();

  constructor() {
    this.search$
      .pipe(
        debounceTime(250),
        tap(() => this.searching.set(true)),
        switchMap((q) =>
          this.organisations.search(this.kind, q).pipe(
            map((page) => page.items),
            catchError(() => of([] as OrganisationSummary[])),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((items) => {
        this.searching.set(false);
        this.options.set(items);
      });
  }

  ngOnInit(): void {
    this.load();
    this.search$.next('');
  }

  protected load(): void {
    this.loading.set(true);
    this.api.participants(this.session().id).subscribe({
      next: (page) => {
        this.participants.set(page.items);
        this.loading.set(false);
        this.loadError.set(null);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(toApiError(error).message);
      },
    });
  }

  /** 第 2 场、第 5 场: the slots a participant cannot attend, numbered from one. */
  protected unavailable(slots: number[]): string {
    return slots
      .map((s) => this.i18n.t('sessionsAdmin.participants.slotValue', { n: s + 1 }))
      .join(this.i18n.t('sessions.listSeparator'));
  }

  protected search(q: string): void {
    this.search$.next(q);
  }

  protected kindChanged(): void {
    this.organisationId = null;
    this.options.set([]);
    this.search$.next('');
  }

  protected register(): void {
    if (!this.organisationId || this.busy()) return;
    this.busy.set('register');
    this.addError.set(null);
    const name =
      this.options().find((o) => o.id === this.organisationId)?.name ?? '';
    this.api
      .register(this.session().id, {
        organisationId: this.organisationId,
        ...(this.capacity !== null ? { capacity: this.capacity } : {}),
      })
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.organisationId = null;
          this.capacity = null;
          this.message.success(this.i18n.t('sessionsAdmin.participants.registered', { name }));
          this.load();
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.busy.set(null);
          const e = toApiError(error);
          this.addError.set(
            e.errors?.map((x) => x.message).join(this.i18n.t('sessions.register.errorSeparator')) || e.message,
          );
        },
      });
  }

  protected cancel(p: ParticipantView): void {
    if (this.busy()) return;
    this.busy.set(p.id);
    this.api.cancelParticipant(this.session().id, p.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.i18n.t('sessionsAdmin.participants.cancelled'));
        this.load();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }
}
