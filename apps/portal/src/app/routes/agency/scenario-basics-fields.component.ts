import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldListComponent } from '../../shared/admin-forms/field-list.component';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import type { FieldSpec } from '../../shared/forms/field-spec';
import {
  type BatchChoice,
  SCENARIO_RULES,
  type ScenarioForm,
} from './scenario-form';

/** The scenario form's basics (name, domain, capabilities, batch) and details sections. */
@Component({
  selector: 'sm-scenario-basics-fields',
  imports: [
    ReactiveFormsModule,
    FieldListComponent,
    FormFieldComponent,
    NzGridModule,
    TranslocoPipe,
    NzSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-basics-fields.component.html',
})
export class ScenarioBasicsFieldsComponent {
  protected readonly taxonomy = inject(TaxonomyStore);

  readonly form = input.required<ScenarioForm>();
  readonly batchOptions = input.required<readonly BatchChoice[]>();

  protected readonly rules = SCENARIO_RULES;
  protected readonly title: FieldSpec = {
    control: 'title',
    testid: 'field-title',
    label: 'agency.fields.title',
    placeholder: 'agency.placeholders.title',
    id: 'sf-title',
    maxlength: 100,
    required: true,
    messages: { required: 'agency.errors.titleRequired' },
    fallback: 'agency.errors.titleLength',
  };
  protected readonly description: FieldSpec = {
    control: 'description',
    kind: 'textarea',
    testid: 'field-description',
    label: 'agency.fields.description',
    placeholder: 'agency.placeholders.description',
    id: 'sf-description',
    rows: 5,
    hint: 'agency.descriptionHint',
    messages: { descriptionForSubmit: 'agency.errors.descriptionForSubmit' },
    fallback: 'agency.errors.descriptionTooLong',
    max: SCENARIO_RULES.descriptionMax,
  };
  /** The pain points and the expected outcome, side by side. */
  protected readonly detailFields: readonly FieldSpec[] = [
    {
      control: 'painPoints',
      md: 12,
      kind: 'textarea',
      testid: 'field-pain-points',
      label: 'agency.fields.painPoints',
      placeholder: 'agency.placeholders.painPoints',
      id: 'sf-pain',
      rows: 3,
      fallback: 'agency.errors.painPointsTooLong',
      max: SCENARIO_RULES.painPointsMax,
    },
    {
      control: 'expectedOutcome',
      md: 12,
      kind: 'textarea',
      testid: 'field-expected-outcome',
      label: 'agency.fields.expectedOutcome',
      placeholder: 'agency.placeholders.expectedOutcome',
      id: 'sf-outcome',
      rows: 3,
      fallback: 'agency.errors.expectedOutcomeTooLong',
      max: SCENARIO_RULES.expectedOutcomeMax,
    },
  ];
}
