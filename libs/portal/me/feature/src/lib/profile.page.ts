import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  FormArray,
  FormBuilder,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type CompanyView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { CompaniesApi } from '@scenematch/portal/products/data-access/companies.api';
import { ProductTaxonomyStore } from '@scenematch/portal/products/data-access/product-taxonomy.store';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import {
  createProfileForm,
  fillProfileForm,
  fromCompanyView,
  toProfileRequest,
  withHeld,
} from './profile-form';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { ProfileRowListComponent } from './profile-row-list.component';
import {
  CASE_LIST,
  CERTIFICATION_LIST,
  type ProfileRowList,
} from './profile-row-lists';
import { PROFILE_CONTACT_FIELDS } from './profile-fields';
import { ProfileBasicsComponent } from './profile-basics.component';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { submitForm } from '@scenematch/portal/shared/ui/admin-forms/submit-form';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

type LoadState =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'failed'; message: string };

/**
 * 企业资料: the company edits its own profile — introduction, facts, certificates and reference
 * cases (form arrays), contact. The API's errors land on the control of their path, also inside
 * the arrays (`certifications.0.kind`).
 */
@Component({
  selector: 'sm-profile-page',
  imports: [
    PageHeadComponent,
    FieldListComponent,
    TranslocoPipe,
    PageStateComponent,
    ProfileBasicsComponent,
    ProfileRowListComponent,
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.less',
})
export class ProfilePage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(CompaniesApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder);
  private readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  readonly form = createProfileForm(this.fb, new Date().getFullYear());

  protected readonly view = signal<LoadState>({ state: 'loading' });
  protected readonly company = signal<CompanyView | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  /** Bumped when rows are added or removed: form arrays are not signals. */
  private readonly rows = signal(0);

  protected readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : '';
  });
  protected readonly contactFields = PROFILE_CONTACT_FIELDS;
  /** The certificate and case lists: rows as of the last change, names to choose from. */
  protected readonly rowLists = computed(() => {
    this.rows();
    const company = this.company();
    const { certifications, cases } = this.form.controls;
    return [
      rowList(
        CERTIFICATION_LIST,
        certifications,
        this.productTaxonomy.certifications(),
        company?.certifications.map((c) => c.kind),
      ),
      rowList(
        CASE_LIST,
        cases,
        this.taxonomy.domains(),
        company?.cases.map((c) => c.domain),
      ),
    ];
  });

  constructor() {
    this.taxonomy.load();
    this.productTaxonomy.load();
    void this.load();
  }

  private async load(): Promise<void> {
    this.view.set({ state: 'loading' });
    try {
      this.fill(await firstValueFrom(this.api.myProfile()));
      this.view.set({ state: 'ready' });
    } catch (error) {
      this.view.set({ state: 'failed', message: toApiError(error).message });
    }
  }

  protected retry(): void {
    void this.load();
  }

  private fill(company: CompanyView): void {
    this.company.set(company);
    fillProfileForm(this.form, this.fb, fromCompanyView(company));
    this.rowsChanged();
  }

  protected rowsChanged(): void {
    this.rows.update((v) => v + 1);
  }

  protected async save(): Promise<void> {
    await submitForm(
      this.form,
      { saving: this.saving, error: this.formError },
      async () => {
        const company = await firstValueFrom(
          this.api.updateProfile(toProfileRequest(this.form.getRawValue())),
        );
        this.fill(company);
        this.message.success(this.i18n.t('products.profile.saved'));
      },
      {
        named: true,
        fallback: this.i18n.t('products.profile.errors.saveFailed'),
      },
    );
  }
}

/** A list of rows for `sm-profile-row-list`; names the company holds stay choosable. */
function rowList(
  list: ProfileRowList,
  array: FormArray<FormGroup>,
  offered: readonly { name: string }[],
  held: string[] = [],
) {
  return {
    list,
    array,
    controls: [...array.controls],
    choices: withHeld(
      offered.map((o) => o.name),
      held,
    ),
  };
}
