import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  COMPANY_TIERS,
  HEADCOUNT_BANDS,
  type CompanyView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { CompaniesApi } from '../../core/data-access/companies.api';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import {
  applyServerErrors,
  revealErrors,
} from '../../shared/forms/server-errors';
import {
  createProfileForm,
  fillProfileForm,
  fromCompanyView,
  PROFILE_RULES,
  toProfileRequest,
  withHeld,
} from './profile-form';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import { PageStateComponent } from '../../shared/ui/page-state.component';
import { ProfileRowListComponent } from './profile-row-list.component';
import { CASE_LIST, CERTIFICATION_LIST } from './profile-row-lists';
import { COMPANY_TIER_KEYS } from '../../shared/product/product-keys';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

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
    TranslocoPipe,
    FormFieldComponent,
    PageStateComponent,
    ProfileRowListComponent,
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
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
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  protected readonly rules = PROFILE_RULES;
  protected readonly currentYear = new Date().getFullYear();
  protected readonly headcountBands = [...HEADCOUNT_BANDS];
  protected readonly tiers = computed(() =>
    COMPANY_TIERS.map((value) => ({
      value,
      label: this.i18n.t(COMPANY_TIER_KEYS[value]),
    })),
  );

  readonly form = createProfileForm(this.fb, this.currentYear);

  protected readonly view = signal<LoadState>({ state: 'loading' });
  protected readonly company = signal<CompanyView | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  /** Bumped when rows are added or removed: form arrays are not signals. */
  private readonly rows = signal(0);

  protected readonly certControls = computed(() => {
    this.rows();
    return [...this.form.controls.certifications.controls];
  });
  protected readonly caseControls = computed(() => {
    this.rows();
    return [...this.form.controls.cases.controls];
  });
  protected readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : '';
  });
  protected readonly certList = CERTIFICATION_LIST;
  protected readonly caseList = CASE_LIST;
  protected readonly certKinds = computed(() =>
    withHeld(
      this.productTaxonomy.certifications().map((c) => c.name),
      this.company()?.certifications.map((c) => c.kind) ?? [],
    ),
  );
  protected readonly caseDomains = computed(() =>
    withHeld(
      this.taxonomy.domains().map((d) => d.name),
      this.company()?.cases.map((c) => c.domain) ?? [],
    ),
  );

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
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const company = await firstValueFrom(
        this.api.updateProfile(toProfileRequest(this.form.getRawValue())),
      );
      this.fill(company);
      this.message.success(this.i18n.t('products.profile.saved'));
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.formError.set(
          unmatched.map((u) => `${u.field}：${u.message}`).join('；') ||
            e.message ||
            this.i18n.t('products.profile.errors.saveFailed'),
        );
    } finally {
      this.saving.set(false);
    }
  }
}
