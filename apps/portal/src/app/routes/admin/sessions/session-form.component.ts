import { TranslocoPipe } from '@jsverse/transloco';
import { DEMAND_CATEGORIES, SESSION_MODES, SESSION_TYPES } from '@scenematch/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { PARTICIPANT_CATEGORY_KEYS, SESSION_MODE_KEYS, SESSION_TYPE_KEYS } from '../../sessions/session-keys';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';
import { SERVER_ERROR } from '../../../shared/forms/server-errors';
import { breakGroup, SESSION_RULES, type SessionForm } from './session-form';

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
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.component.html',
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      > sm-form-field {
        flex: 1 1 160px;
      }
    }
    nz-date-picker,
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

  protected readonly modes = SESSION_MODES;
  protected readonly modeLabels = SESSION_MODE_KEYS;
  protected readonly rules = SESSION_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;
  protected readonly sessionTypes = SESSION_TYPES;
  protected readonly sessionTypeLabels = SESSION_TYPE_KEYS;
  protected readonly demandCategories = DEMAND_CATEGORIES;
  protected readonly categoryLabels = PARTICIPANT_CATEGORY_KEYS;

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
