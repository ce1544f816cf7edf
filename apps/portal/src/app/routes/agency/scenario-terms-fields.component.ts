import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { TranslocoPipe } from '@jsverse/transloco';
import { defaultDeadlineTime, isBeforeToday } from '../../shared/forms/dates';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import { SCENARIO_RULES, type ScenarioForm } from './scenario-form';

/** The scenario form's terms (deadline, budget, site) and contact sections. */
@Component({
  selector: 'sm-scenario-terms-fields',
  imports: [
    ReactiveFormsModule,
    FormFieldComponent,
    NzDatePickerModule,
    NzGridModule,
    NzInputModule,
    TranslocoPipe,
    NzInputNumberModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-terms-fields.component.html',
  styles: `
    nz-date-picker,
    nz-input-number {
      width: 100%;
    }
  `,
})
export class ScenarioTermsFieldsComponent {
  readonly form = input.required<ScenarioForm>();

  protected readonly rules = SCENARIO_RULES;
  protected readonly isPast = (date: Date) => isBeforeToday(date);
  /** A deadline picked as a day closes at 17:00 (Beijing time) unless another time is chosen. */
  protected readonly deadlineTime = defaultDeadlineTime();
}
