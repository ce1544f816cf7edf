import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  output,
  signal,
} from '@angular/core';
import { FormBuilder } from '@angular/forms';
import {
  SESSION_TRANSITIONS,
  sessionSlotTimes,
  type SessionStatus,
  type SessionView,
} from '@scenematch/contracts';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { firstValueFrom } from 'rxjs';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';
import { SESSION_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { TRANSITION_KEYS } from './session-admin-keys';
import { submitForm } from '@scenematch/portal/shared/ui/admin-forms/submit-form';
import {
  createSessionForm,
  fillSessionForm,
  SHAPE_FIELDS,
  sessionChanges,
} from './session-form';
import { SessionFormComponent } from './session-form.component';
import { SESSION_CARD_IMPORTS, SessionPart } from './session-part';

const EDITABLE: readonly SessionStatus[] = [
  'planning',
  'open_for_registration',
  'scheduled',
];

export interface TransitionButton {
  to: SessionStatus;
  label: string;
  confirm: string;
  danger: boolean;
}

/** The buttons for the statuses a session may move to next, in SESSION_TRANSITIONS' order. */
export function transitionButtons(
  t: Translate,
  status: SessionStatus,
): TransitionButton[] {
  return SESSION_TRANSITIONS[status].map((to) => {
    const keys = TRANSITION_KEYS[`${status}>${to}`];
    return {
      to,
      label: t(keys?.label ?? SESSION_STATUS_KEYS[to]),
      confirm: t(keys?.confirm ?? SESSION_STATUS_KEYS[to]),
      danger: keys?.danger ?? false,
    };
  });
}

/** 概况: the session's facts and slot times, the status buttons and the edit form. */
@Component({
  selector: 'sm-session-overview',
  imports: [
    ...SESSION_CARD_IMPORTS,
    NzDescriptionsModule,
    NzIconModule,
    NzPopconfirmModule,
    SessionFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-overview.component.html',
  styles: `
    nz-card {
      margin-bottom: 16px;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .slot-times {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    .form-error {
      margin-bottom: 16px;
    }
  `,
})
export class SessionOverviewComponent extends SessionPart {
  private readonly fb = inject(FormBuilder);

  /** The session as the API answered after a change. */
  readonly updated = output<SessionView>();

  protected readonly statusLabels = SESSION_STATUS_KEYS;

  protected readonly buttons = computed(() =>
    transitionButtons(
      (key, params) => this.i18n.t(key, params),
      this.session().status,
    ),
  );
  protected readonly slotTimes = computed(() =>
    sessionSlotTimes(this.session()),
  );
  protected readonly editable = computed(() =>
    EDITABLE.includes(this.session().status),
  );
  protected readonly shapeLocked = computed(
    () => this.session().status === 'scheduled',
  );

  protected readonly moving = signal<SessionStatus | null>(null);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = createSessionForm(this.fb);

  protected limit(value: number | null): string {
    return value === null
      ? this.i18n.t('sessionsAdmin.form.unlimited')
      : String(value);
  }

  protected move(to: SessionStatus): void {
    if (this.moving()) return;
    this.moving.set(to);
    this.api.setStatus(this.session().id, to).subscribe({
      next: (session) => {
        this.moving.set(null);
        this.editing.set(false);
        this.message.success(
          this.i18n.t('sessionsAdmin.overview.moved', {
            label: this.i18n.t(SESSION_STATUS_KEYS[session.status]),
          }),
        );
        this.updated.emit(session);
      },
      error: (error: unknown) => {
        this.moving.set(null);
        this.showError(error);
      },
    });
  }

  protected startEdit(): void {
    fillSessionForm(this.form, this.fb, this.session());
    for (const name of SHAPE_FIELDS) {
      const control = this.form.get(name);
      if (this.shapeLocked()) control?.disable();
      else control?.enable();
    }
    this.formError.set(null);
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    const state = { saving: this.saving, error: this.formError };
    const separator = this.i18n.t('sessions.register.errorSeparator');
    await submitForm(
      this.form,
      state,
      async () => {
        const changes = sessionChanges(this.session(), this.form.getRawValue());
        if (!Object.keys(changes).length) {
          this.message.info(this.i18n.t('sessionsAdmin.form.unchanged'));
          this.editing.set(false);
          return;
        }
        const session = await firstValueFrom(
          this.api.update(this.session().id, changes),
        );
        this.editing.set(false);
        this.message.success(this.i18n.t('sessionsAdmin.form.saved'));
        this.updated.emit(session);
      },
      { separator },
    );
  }
}
