import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import type { ConsortiumMemberState } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { CONSORTIUM_MEMBER_STATE_KEYS } from '@scenematch/portal/shared/ui/application/application-keys';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { softSignal } from '@scenematch/portal/shared/ui/ui/soft-signal';
import { toWan } from '@scenematch/portal/shared/ui/scenario/scenario-format';
import { APPLICATION_RULES, type ApplicationForm } from './application-form';

/** A consortium member as the application holds it (its answer once invited). */
export interface ApplicationMember {
  id: string;
  name: string;
  state?: ConsortiumMemberState;
}

type Option = { label: string; value: string };

/** The fields of 揭榜申报: proposal, quote and duration, products, consortium, team, declaration. */
@Component({
  selector: 'sm-apply-fields',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldListComponent,
    FormFieldComponent,
    NzCheckboxModule,
    NzGridModule,
    NzSelectModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply-fields.component.html',
  styles: `
    .member-states {
      margin-top: 8px;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
  `,
})
export class ApplyFieldsComponent {
  private readonly products = inject(ProductsApi);
  private readonly auth = inject(AuthStore);

  readonly form = input.required<ApplicationForm>();
  /** Members of the saved application: kept as options even when they list no products. */
  readonly members = input<readonly ApplicationMember[]>([]);
  readonly isDraft = input(true);

  private readonly i18n = inject(LanguageService);
  protected readonly rules = APPLICATION_RULES;
  protected readonly proposal: FieldSpec = {
    control: 'proposal',
    kind: 'textarea',
    testid: 'field-proposal',
    label: 'applications.apply.fields.proposal',
    placeholder: 'applications.apply.placeholders.proposal',
    id: 'ap-proposal',
    rows: 8,
    maxlength: APPLICATION_RULES.proposalMax,
    required: true,
    fallback: 'applications.apply.errors.proposal',
  };
  protected readonly team: FieldSpec = {
    control: 'team',
    kind: 'textarea',
    testid: 'field-team',
    label: 'applications.apply.fields.team',
    placeholder: 'applications.apply.placeholders.team',
    id: 'ap-team',
    rows: 4,
    maxlength: APPLICATION_RULES.teamMax,
  };
  /** 联合体成员: companies to invite (see `memberOptions`), at most `membersMax`. */
  protected readonly membersField: FieldSpec = {
    control: 'memberIds',
    kind: 'select',
    multiple: true,
    search: true,
    clearable: true,
    testid: 'field-members',
    label: 'applications.apply.fields.members',
    placeholder: 'applications.apply.placeholders.members',
    id: 'ap-members',
    max: APPLICATION_RULES.membersMax,
    fallback: 'applications.apply.errors.members',
  };
  /** 报价 (元, two decimals) and 周期 (whole days). */
  protected readonly numberFields: readonly FieldSpec[] = [
    {
      control: 'quote',
      md: 12,
      kind: 'number',
      label: 'applications.apply.fields.quote',
      id: 'ap-quote',
      testid: 'field-quote',
      required: true,
      fallback: 'applications.apply.errors.quote',
      min: 0,
      max: APPLICATION_RULES.quoteMax,
      step: 10000,
      precision: 2,
    },
    {
      control: 'durationDays',
      md: 12,
      kind: 'number',
      label: 'applications.apply.fields.durationDays',
      id: 'ap-duration',
      testid: 'field-duration',
      required: true,
      fallback: 'applications.apply.errors.durationDays',
      min: APPLICATION_RULES.durationMin,
      max: APPLICATION_RULES.durationMax,
    },
  ];
  protected readonly stateKeys = CONSORTIUM_MEMBER_STATE_KEYS;

  protected readonly productOptions = softSignal(
    this.products
      .list({ mine: true, status: ['listed'], pageSize: 100 })
      .pipe(
        map((page) => page.items.map((p) => ({ label: p.name, value: p.id }))),
      ),
    [] as Option[],
  );

  /**
   * 联合体成员 options. STOP-GAP: there is no company search endpoint yet, so the candidates are
   * the distinct companies of listed products (`GET /api/products?pageSize=100`), without the
   * user's own organisation. Replace with a company search once the API offers one.
   */
  private readonly productCompanies = softSignal(
    this.products
      .list({ pageSize: 100 })
      .pipe(map((page) => page.items.map((p) => p.company))),
    [] as Array<{ id: string; name: string }>,
  );
  protected readonly memberOptions = computed(() => {
    const own = this.auth.user()?.organisation?.id;
    const seen = new Map<string, string>();
    for (const c of [...this.members(), ...this.productCompanies()])
      if (c.id !== own && !seen.has(c.id)) seen.set(c.id, c.name);
    return [...seen].map(([value, label]) => ({ label, value }));
  });

  /** Each saved member's answer to the invitation (new picks are invited when the draft is saved). */
  protected readonly memberStates = computed(() =>
    this.members().filter((m): m is Required<ApplicationMember> => !!m.state),
  );
  protected readonly membersPending = computed(() =>
    this.memberStates().some((m) => m.state !== 'accepted'),
  );
  protected stateColor(state: ConsortiumMemberState): string {
    return state === 'accepted'
      ? 'green'
      : state === 'declined'
        ? 'red'
        : 'gold';
  }

  private readonly quote = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.controls.quote.valueChanges.pipe(
          startWith(form.controls.quote.value),
        ),
      ),
    ),
    { initialValue: null },
  );
  protected readonly quoteHint = computed(() => {
    const q = this.quote();
    return typeof q === 'number' && q >= 0
      ? this.i18n.t('applications.apply.quoteHint', { wan: toWan(q) })
      : '';
  });
}
