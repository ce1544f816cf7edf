import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { TranslocoPipe } from '@jsverse/transloco';
import { defaultDeadlineTime, isBeforeToday } from '@scenematch/portal/shared/ui/forms/dates';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { SCENARIO_RULES, type ScenarioForm } from './scenario-form';

/** The scenario form's terms (deadline, budget, site) and contact sections. */
@Component({
  selector: 'sm-scenario-terms-fields',
  imports: [
    ReactiveFormsModule,
    FieldListComponent,
    FormFieldComponent,
    NzDatePickerModule,
    NzGridModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-terms-fields.component.html',
  styles: `
    nz-date-picker {
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
  /** The budget's bounds, in 万元; the upper one may not fall below the lower one. */
  protected readonly budgetFields: readonly FieldSpec[] = [
    {
      control: 'budgetMin',
      kind: 'number',
      id: 'sf-budget-min',
      label: 'agency.fields.budgetMin',
      testid: 'field-budget-min',
      min: 0,
      step: 10,
      precision: 2,
      fallback: 'agency.errors.budgetNegative',
    },
    {
      control: 'budgetMax',
      kind: 'number',
      id: 'sf-budget-max',
      label: 'agency.fields.budgetMax',
      testid: 'field-budget-max',
      min: 0,
      step: 10,
      precision: 2,
      messages: { budgetRange: 'agency.errors.budgetRange' },
      fallback: 'agency.errors.budgetNegative',
    },
  ];
  protected readonly site: FieldSpec = {
    control: 'site',
    testid: 'field-site',
    label: 'agency.fields.site',
    placeholder: 'agency.placeholders.site',
    id: 'sf-site',
    maxlength: 200,
    fallback: 'agency.errors.siteTooLong',
    max: SCENARIO_RULES.siteMax,
  };
  /** The contact's fields (the name's limit is the only one a message quotes). */
  protected readonly contactFields: readonly FieldSpec[] = [
    {
      control: 'contactName',
      md: 8,
      testid: 'field-contact-name',
      label: 'agency.fields.contactName',
      id: 'sf-contact-name',
      type: 'text',
      maxlength: 50,
      fallback: 'agency.errors.contactNameTooLong',
      max: SCENARIO_RULES.contactNameMax,
    },
    {
      control: 'contactPhone',
      md: 8,
      testid: 'field-contact-phone',
      label: 'agency.fields.contactPhone',
      id: 'sf-contact-phone',
      type: 'tel',
      fallback: 'agency.errors.phone',
      errorTestid: 'error-contact-phone',
    },
    {
      control: 'contactEmail',
      md: 8,
      testid: 'field-contact-email',
      label: 'agency.fields.contactEmail',
      id: 'sf-contact-email',
      type: 'email',
      fallback: 'agency.errors.email',
    },
  ];
}
