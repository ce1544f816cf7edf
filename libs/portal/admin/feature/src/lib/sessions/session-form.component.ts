import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { SERVER_ERROR } from '@scenematch/portal/shared/ui/forms/server-errors';
import { breakGroup, SESSION_RULES, type SessionForm } from './session-form';
import { SESSION_FIELDS } from './session-form-fields';

/**
 * The fields of a session (create and edit): name, venue, description, the first slot's start,
 * slot length, slots, tables, breaks and limits. The parent owns the form and sends it.
 */
@Component({
  selector: 'sm-session-form',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputNumberModule,
    NzSelectModule,
    FormFieldComponent,
    FieldListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.component.html',
  styles: `
    nz-input-number {
      width: 100%;
    }
    .break {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      > sm-form-field {
        flex: 1;
      }
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      margin-bottom: 8px;
    }
  `,
})
export class SessionFormComponent {
  private readonly fb = inject(FormBuilder);

  readonly form = input.required<SessionForm>();
  /** The agenda is published: the fields that shape it are read-only. */
  readonly shapeLocked = input(false);
  /** A prefix for the element ids (two forms may be on the page). */
  readonly idPrefix = input('sf');
  readonly submitted = output<void>();

  protected readonly fields = SESSION_FIELDS;
  protected readonly rules = SESSION_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  /** A break may follow any slot but the last: 0-based values, shown 1-based. */
  protected afterSlotOptions(): number[] {
    const slots = this.form().controls.slots.value ?? 0;
    return Array.from({ length: Math.max(0, slots - 1) }, (_, i) => i);
  }

  protected addBreak(): void {
    const breaks = this.form().controls.breaks;
    if (breaks.length >= SESSION_RULES.breaksMax) return;
    breaks.push(breakGroup(this.fb));
    breaks.markAsDirty();
  }

  protected removeBreak(index: number): void {
    const breaks = this.form().controls.breaks;
    breaks.removeAt(index);
    breaks.markAsDirty();
    this.form().updateValueAndValidity();
  }
}
