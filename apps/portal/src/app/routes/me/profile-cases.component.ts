import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import { SERVER_ERROR } from '../../shared/forms/server-errors';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { caseGroup, PROFILE_RULES, type CaseGroup } from './profile-form';

/** 企业资料's reference cases: customer, year, domain and summary, added and removed here. */
@Component({
  selector: 'sm-profile-cases',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-cases.component.html',
  styleUrl: './profile-rows.less',
})
export class ProfileCasesComponent {
  /** The form's array (its own server error shows under the rows). */
  readonly array = input.required<FormArray<CaseGroup>>();
  /** Its rows, as of the last change (form arrays are not signals). */
  readonly controls = input.required<CaseGroup[]>();
  /** The domains to choose from. */
  readonly domains = input.required<string[]>();
  /** A row was added or removed. */
  readonly changed = output<void>();
  private readonly fb = inject(FormBuilder);

  protected readonly rules = PROFILE_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  protected add(): void {
    if (this.array().length >= PROFILE_RULES.casesMax) return;
    this.array().push(caseGroup(this.fb, { year: new Date().getFullYear() }));
    this.changed.emit();
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsDirty();
    this.changed.emit();
  }
}
