import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  ControlContainer,
  FormBuilder,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import {
  FINANCIER_KINDS,
  type FinancierKind,
  SELF_REGISTRATION_TYPES,
  type SelfRegistrationType,
  type UsccProblem,
} from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { startWith } from 'rxjs/operators';
import {
  FINANCIER_KIND_KEYS,
  ORGANISATION_TYPE_KEYS,
  USCC_PROBLEM_KEYS,
} from './auth-keys';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import { usccValidator } from './register.validators';
import { AuthTextFieldComponent } from './auth-text-field.component';
import { REGISTER_FIELDS } from './auth-fields';

/** The `organisation` group of the registration form (paths as in the API's RegisterRequest). */
export function organisationGroup(fb: FormBuilder) {
  return fb.nonNullable.group({
    type: ['enterprise' as SelfRegistrationType, Validators.required],
    name: [
      '',
      [Validators.required, Validators.minLength(2), Validators.maxLength(100)],
    ],
    uscc: ['', [Validators.required, usccValidator]],
    /** Banks, guarantee and leasing companies, investors: asked only when the type is financier. */
    financierKind: ['' as FinancierKind | ''],
  });
}

/**
 * The organisation section of 注册 (type, 金融机构 kind, name, USCC), bound to the parent form's
 * `organisation` group. The kind is asked, and required, for a financier only.
 */
@Component({
  selector: 'sm-register-organisation-fields',
  imports: [
    ReactiveFormsModule,
    FormFieldComponent,
    AuthTextFieldComponent,
    NzRadioModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // formGroupName below belongs to the parent's form.
  viewProviders: [
    {
      provide: ControlContainer,
      useFactory: () => inject(ControlContainer, { skipSelf: true }),
    },
  ],
  template: `
    <ng-container formGroupName="organisation">
      <sm-form-field
        [label]="'auth.fields.orgType.label' | transloco"
        required
        [fallback]="'auth.fields.orgType.required' | transloco"
      >
        <nz-radio-group formControlName="type" data-testid="org-type">
          @for (type of orgTypes; track type.value) {
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
            <label
              nz-radio
              [nzValue]="type.value"
              [attr.data-testid]="'org-type-' + type.value"
              >{{ type.label | transloco }}</label
            >
          }
        </nz-radio-group>
      </sm-form-field>

      @if (isFinancier()) {
        <sm-form-field
          [label]="'auth.fields.financierKind.label' | transloco"
          required
          [fallback]="'auth.fields.financierKind.required' | transloco"
        >
          <nz-radio-group
            formControlName="financierKind"
            data-testid="financier-kind"
          >
            @for (kind of financierKinds; track kind.value) {
              <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
              <label
                nz-radio
                [nzValue]="kind.value"
                [attr.data-testid]="'financier-kind-' + kind.value"
                >{{ kind.label | transloco }}</label
              >
            }
          </nz-radio-group>
        </sm-form-field>
      }

      <sm-auth-text-field [spec]="fields.orgName" [control]="form" />
      <sm-auth-text-field
        [spec]="fields.uscc"
        [control]="form"
        [extraMessages]="{ uscc: usccMessage }"
      />
    </ng-container>
  `,
})
export class RegisterOrganisationFieldsComponent implements OnInit {
  private readonly i18n = inject(LanguageService);
  /** usccValidator reports the problem's code; the reader sees it in their language. */
  protected readonly usccMessage = (problem: UsccProblem) =>
    this.i18n.t(USCC_PROBLEM_KEYS[problem]);
  protected readonly orgTypes = SELF_REGISTRATION_TYPES.map((value) => ({
    value,
    label: ORGANISATION_TYPE_KEYS[value],
  }));
  protected readonly financierKinds = FINANCIER_KINDS.map((value) => ({
    value,
    label: FINANCIER_KIND_KEYS[value],
  }));

  private readonly formDirective = inject(FormGroupDirective);
  protected readonly fields = REGISTER_FIELDS;
  /** The registration form (bound by the time the template reads it). */
  protected get form(): AbstractControl {
    return this.formDirective.form;
  }
  private readonly destroyRef = inject(DestroyRef);
  protected readonly isFinancier = signal(false);

  /** The parent form is bound by now (not yet when this component is made). */
  ngOnInit(): void {
    const type = this.control('organisation.type');
    const kind = this.control('organisation.financierKind');
    type.valueChanges
      .pipe(startWith(type.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => {
        this.isFinancier.set(value === 'financier');
        kind.setValidators(value === 'financier' ? Validators.required : null);
        kind.updateValueAndValidity({ emitEvent: false });
      });
  }

  private control(path: string): AbstractControl {
    const control = this.formDirective.form.get(path);
    if (!control) throw new Error(`The registration form has no ${path}`);
    return control;
  }
}
