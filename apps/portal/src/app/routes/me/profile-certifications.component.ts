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
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import {
  certificationGroup,
  PROFILE_RULES,
  type CertificationGroup,
} from './profile-form';

/** 企业资料's certificates: one row each (kind, number, valid until), added and removed here. */
@Component({
  selector: 'sm-profile-certifications',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-certifications.component.html',
  styleUrl: './profile-rows.less',
})
export class ProfileCertificationsComponent {
  /** The form's array (its own server error shows under the rows). */
  readonly array = input.required<FormArray<CertificationGroup>>();
  /** Its rows, as of the last change (form arrays are not signals). */
  readonly controls = input.required<CertificationGroup[]>();
  /** The certificate kinds to choose from. */
  readonly kinds = input.required<string[]>();
  /** A row was added or removed. */
  readonly changed = output<void>();
  private readonly fb = inject(FormBuilder);

  protected readonly rules = PROFILE_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  protected add(): void {
    if (this.array().length >= PROFILE_RULES.certificationsMax) return;
    this.array().push(certificationGroup(this.fb));
    this.changed.emit();
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsDirty();
    this.changed.emit();
  }
}
