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
  type CompanyTier,
  COMPANY_TIERS,
  HEADCOUNT_BANDS,
  type CompanyView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom } from 'rxjs';
import { CompaniesApi } from '../../core/data-access/companies.api';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import {
  applyServerErrors,
  revealErrors,
  SERVER_ERROR,
} from '../../shared/forms/server-errors';
import {
  caseGroup,
  certificationGroup,
  createProfileForm,
  fillProfileForm,
  fromCompanyView,
  PROFILE_RULES,
  toProfileRequest,
} from './profile-form';
import { FormFieldComponent } from '../../shared/forms/form-field.component';

/** The company titles (专精特新 …), as catalogue keys. */
const TIER_KEYS: Record<CompanyTier, string> = {
  specialised: 'me.profile.tiers.specialised',
  high_tech: 'me.profile.tiers.high_tech',
  unicorn: 'me.profile.tiers.unicorn',
  listed: 'me.profile.tiers.listed',
};

type LoadState =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'failed'; message: string };

/** Distinct names, the taxonomy's first, then values already held that it does not know. */
function withHeld(names: readonly string[], held: readonly string[]): string[] {
  return [...new Set([...names, ...held.filter(Boolean)])];
}

/**
 * 企业资料: the company edits its own profile — introduction, facts, certificates and reference
 * cases (form arrays), contact. The API's errors land on the control of their path, also inside
 * the arrays (`certifications.0.kind`).
 */
@Component({
  selector: 'sm-profile-page',
  imports: [
    FormFieldComponent,
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.less',
})
export class ProfilePage {
  private readonly api = inject(CompaniesApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  private readonly i18n = inject(LanguageService);
  protected readonly rules = PROFILE_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;
  protected readonly currentYear = new Date().getFullYear();
  protected readonly headcountBands = [...HEADCOUNT_BANDS];
  /** The checkbox group's options, worded in the reader's language. */
  protected readonly tiers = computed(() =>
    COMPANY_TIERS.map((value) => ({ value, label: this.i18n.t(TIER_KEYS[value]) })),
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
    this.rows.update((v) => v + 1);
  }

  protected addCertification(): void {
    if (this.form.controls.certifications.length >= PROFILE_RULES.certificationsMax) return;
    this.form.controls.certifications.push(certificationGroup(this.fb));
    this.rows.update((v) => v + 1);
  }

  protected addCase(): void {
    if (this.form.controls.cases.length >= PROFILE_RULES.casesMax) return;
    this.form.controls.cases.push(caseGroup(this.fb, { year: this.currentYear }));
    this.rows.update((v) => v + 1);
  }

  protected removeRow(list: 'certifications' | 'cases', index: number): void {
    this.form.controls[list].removeAt(index);
    this.form.controls[list].markAsDirty();
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
      this.message.success(this.i18n.t('me.profile.saved'));
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.formError.set(
          unmatched.map((u) => `${u.field}：${u.message}`).join('；') ||
            e.message ||
            this.i18n.t('me.profile.errors.saveFailed'),
        );
    } finally {
      this.saving.set(false);
    }
  }
}
