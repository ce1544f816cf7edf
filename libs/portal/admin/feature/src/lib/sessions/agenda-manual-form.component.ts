import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ParticipantView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import {
  applyServerErrors,
  revealErrors,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type { AgendaGridRow } from './session-agenda';
import { SessionPart } from './session-part';

/** Registered participants of one side that have not been marked absent, as options by organisation. */
function present(
  participants: ParticipantView[],
  kind: ParticipantView['kind'],
): { value: string; label: string }[] {
  return participants
    .filter((p) => p.kind === kind && p.status === 'registered' && !p.noShowAt)
    .map((p) => ({ value: p.organisation.id, label: p.organisation.name }));
}

/** A meeting added by hand: a company and an agency at a slot and a table. */
@Component({
  selector: 'sm-agenda-manual-form',
  imports: [
    TranslocoPipe,
    FormFieldComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-manual-form.component.html',
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .block {
      margin-bottom: 16px;
    }
    .manual nz-select {
      min-width: 200px;
    }
  `,
})
export class AgendaManualFormComponent extends SessionPart implements OnInit {
  private readonly fb = inject(FormBuilder);

  /** The slots to choose from. */
  readonly rows = input<AgendaGridRow[]>([]);
  readonly tables = input<number[]>([]);
  /** A meeting was added. */
  readonly added = output<void>();

  protected readonly busy = signal(false);
  protected readonly participants = signal<ParticipantView[]>([]);
  /**
   * The four choices, each a select of the control of that name: the two sides (by organisation
   * name, searchable, left untranslated), the slot (with its start) and the table.
   */
  protected readonly selects = computed(() => [
    {
      control: 'enterpriseId',
      testId: 'manual-enterprise',
      placeholder: 'sessionsAdmin.agenda.enterprise',
      fallback: 'sessionsAdmin.agenda.errors.enterpriseId',
      names: true,
      options: present(this.participants(), 'enterprise'),
    },
    {
      control: 'agencyId',
      testId: 'manual-agency',
      placeholder: 'sessionsAdmin.agenda.agency',
      fallback: 'sessionsAdmin.agenda.errors.agencyId',
      names: true,
      options: present(this.participants(), 'agency'),
    },
    {
      control: 'slot',
      testId: 'manual-slot',
      placeholder: 'sessionsAdmin.agenda.slot',
      fallback: 'sessionsAdmin.agenda.errors.slot',
      names: false,
      options: this.rows().map((row) => ({
        value: row.slot,
        label: this.i18n.t('sessionsAdmin.agenda.slotOption', {
          n: row.slot + 1,
          time: beijingTime(row.startsAt, 'time'),
        }),
      })),
    },
    {
      control: 'table',
      testId: 'manual-table',
      placeholder: 'sessionsAdmin.agenda.table',
      fallback: 'sessionsAdmin.agenda.errors.table',
      names: false,
      options: this.tables().map((table) => ({
        value: table,
        label: this.i18n.t('sessionsAdmin.agenda.tableLabel', { n: table + 1 }),
      })),
    },
  ]);

  protected readonly canAdd = computed(() =>
    ['open_for_registration', 'scheduled', 'running'].includes(
      this.session().status,
    ),
  );

  protected readonly manual = this.fb.group({
    enterpriseId: this.fb.control<string | null>(null, Validators.required),
    agencyId: this.fb.control<string | null>(null, Validators.required),
    slot: this.fb.control<number | null>(null, Validators.required),
    table: this.fb.control<number | null>(null, Validators.required),
  });
  protected readonly manualError = signal<string | null>(null);

  ngOnInit(): void {
    this.api.participants(this.session().id).subscribe({
      next: (page) => this.participants.set(page.items),
      error: () => this.participants.set([]),
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
    this.busy.set(true);
    const body = {
      enterpriseId: v.enterpriseId ?? '',
      agencyId: v.agencyId ?? '',
      slot: v.slot ?? 0,
      table: v.table ?? 0,
    };
    this.api.addMeeting(this.session().id, body).subscribe({
      next: () => {
        this.busy.set(false);
        this.manual.reset();
        this.message.success(this.i18n.t('sessionsAdmin.agenda.added'));
        this.added.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const e = toApiError(error);
        const unmatched = applyServerErrors(this.manual, e.errors);
        if (!e.errors?.length || unmatched.length)
          this.manualError.set(
            unmatched
              .map((u) => u.message)
              .join(this.i18n.t('sessions.register.errorSeparator')) ||
              e.message,
          );
      },
    });
  }
}
