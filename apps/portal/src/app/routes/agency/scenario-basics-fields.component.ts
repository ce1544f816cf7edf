import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
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
    FormFieldComponent,
    NzGridModule,
    NzInputModule,
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
}
