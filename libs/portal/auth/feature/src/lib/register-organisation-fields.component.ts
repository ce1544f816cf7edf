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
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { startWith } from 'rxjs/operators';
import {
  FINANCIER_KIND_KEYS,
  ORGANISATION_TYPE_KEYS,
  USCC_PROBLEM_KEYS,
} from '@scenematch/portal/auth/ui/auth-keys';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { usccValidator } from './register.validators';
import { REGISTER_FIELDS } from '@scenematch/portal/auth/ui/auth-fields';

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
      @for (group of radioGroups; track group.key) {
        @if (group.key === 'type' || isFinancier()) {
          <sm-form-field
            [label]="group.label | transloco"
            required
            [fallback]="group.required | transloco"
          >
            <nz-radio-group
              [formControlName]="group.key"
              [attr.data-testid]="group.testid"
            >
              @for (option of group.options; track option.value) {
                <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
                <label
                  nz-radio
                  [nzValue]="option.value"
                  [attr.data-testid]="group.testid + '-' + option.value"
                  >{{ option.label | transloco }}</label
                >
              }
            </nz-radio-group>
          </sm-form-field>
        }
      }

      <sm-form-field [spec]="fields.orgName" [group]="form" />
      <sm-form-field
        [spec]="fields.uscc"
        [group]="form"
        [messages]="{ uscc: usccMessage }"
      />
    </ng-container>
  `,
})
export class RegisterOrganisationFieldsComponent implements OnInit {
  private readonly i18n = inject(LanguageService);
  /** usccValidator reports the problem's code; the reader sees it in their language. */
  protected readonly usccMessage = (problem: UsccProblem) =>
    this.i18n.t(USCC_PROBLEM_KEYS[problem]);
  /** The organisation's type, then — for a financier only — its kind. */
  protected readonly radioGroups = [
    {
      key: 'type',
      label: 'auth.fields.orgType.label',
      required: 'auth.fields.orgType.required',
      testid: 'org-type',
      options: radioOptions(SELF_REGISTRATION_TYPES, ORGANISATION_TYPE_KEYS),
    },
    {
      key: 'financierKind',
      label: 'auth.fields.financierKind.label',
      required: 'auth.fields.financierKind.required',
      testid: 'financier-kind',
      options: radioOptions(FINANCIER_KINDS, FINANCIER_KIND_KEYS),
    },
  ];

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

function radioOptions<T extends string>(
  values: readonly T[],
  keys: Readonly<Record<T, string>>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: keys[value] }));
}
