import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { type FieldSpec, namedOptions } from '@scenematch/portal/shared/ui/forms/field-spec';
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
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-basics-fields.component.html',
})
export class ScenarioBasicsFieldsComponent {
  private readonly taxonomy = inject(TaxonomyStore);

  readonly form = input.required<ScenarioForm>();
  readonly batchOptions = input.required<readonly BatchChoice[]>();

  protected readonly title: FieldSpec = {
    control: 'title',
    md: 16,
    testid: 'field-title',
    label: 'agency.fields.title',
    placeholder: 'agency.placeholders.title',
    id: 'sf-title',
    maxlength: 100,
    required: true,
    messages: { required: 'agency.errors.titleRequired' },
    fallback: 'agency.errors.titleLength',
  };
  protected readonly domain: FieldSpec = {
    control: 'domain',
    md: 8,
    kind: 'select',
    search: true,
    testid: 'field-domain',
    label: 'agency.fields.domain',
    placeholder: 'agency.placeholders.domain',
    id: 'sf-domain',
    required: true,
    fallback: 'agency.errors.domainRequired',
  };
  protected readonly capabilities: FieldSpec = {
    control: 'capabilities',
    kind: 'select',
    multiple: true,
    max: SCENARIO_RULES.capabilitiesMax,
    testid: 'field-capabilities',
    label: 'agency.fields.capabilities',
    placeholder: 'agency.placeholders.capabilities',
    id: 'sf-capabilities',
    fallback: 'agency.errors.capabilitiesMax',
  };
  protected readonly batch: FieldSpec = {
    control: 'batchId',
    kind: 'select',
    clearable: true,
    testid: 'field-batch',
    label: 'agency.fields.batchId',
    placeholder: 'agency.placeholders.batchId',
    id: 'sf-batch',
  };
  protected readonly domainOptions = computed(() =>
    namedOptions(this.taxonomy.domains()),
  );
  protected readonly capabilityOptions = computed(() =>
    namedOptions(this.taxonomy.capabilities()),
  );
  protected readonly batchChoices = computed(() =>
    this.batchOptions().map((b) => ({ value: b.id, label: b.label })),
  );
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
