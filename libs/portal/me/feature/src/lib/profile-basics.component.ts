import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { COMPANY_TIERS, HEADCOUNT_BANDS } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { type FieldOption, namedOptions } from '@scenematch/portal/shared/ui/forms/field-spec';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { COMPANY_TIER_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';
import { PROFILE_FIELDS, PROFILE_TAG_FIELDS } from './profile-fields';
import { PROFILE_RULES, type ProfileForm } from './profile-form';

/** 企业资料's basics (introduction, district, founding year, size, tiers, website) and capability cards. */
@Component({
  selector: 'sm-profile-basics',
  imports: [
    ReactiveFormsModule,
    FieldListComponent,
    FormFieldComponent,
    NzCardModule,
    NzCheckboxModule,
    NzGridModule,
    NzInputNumberModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .block {
      margin-bottom: 16px;
    }
    .full {
      width: 100%;
    }
  `,
  template: `
    <ng-container [formGroup]="form()">
      <nz-card
        [nzTitle]="'products.profile.sections.basics' | transloco"
        class="block"
      >
        <sm-form-field [spec]="fields.introduction" [group]="form()" />
        <div nz-row [nzGutter]="16">
          <div nz-col [nzXs]="24" [nzMd]="8">
            <sm-form-field [spec]="fields.district" [group]="form()" />
          </div>
          <div nz-col [nzXs]="12" [nzMd]="8">
            <sm-form-field
              [label]="'products.profile.fields.foundedYear' | transloco"
              for="pp-founded"
              [fallback]="
                'products.profile.errors.foundedYear'
                  | transloco: { max: currentYear }
              "
            >
              <nz-input-number
                class="full"
                nzId="pp-founded"
                formControlName="foundedYear"
                [nzMin]="rules.foundedYearMin"
                [nzMax]="currentYear"
                [nzPrecision]="0"
                data-testid="field-founded-year"
              />
            </sm-form-field>
          </div>
          <div nz-col [nzXs]="12" [nzMd]="8">
            <sm-form-field
              [label]="'products.profile.fields.headcountBand' | transloco"
              for="pp-headcount"
            >
              <nz-select
                nzId="pp-headcount"
                formControlName="headcountBand"
                [nzPlaceHolder]="
                  'products.profile.placeholders.select' | transloco
                "
                nzAllowClear
                data-testid="field-headcount"
              >
                @for (b of headcountBands; track b) {
                  <nz-option
                    [nzValue]="b"
                    [nzLabel]="
                      'products.profile.headcountOption'
                        | transloco: { band: b }
                    "
                  />
                }
              </nz-select>
            </sm-form-field>
          </div>
        </div>
        <sm-form-field [label]="'products.profile.fields.tiers' | transloco">
          <nz-checkbox-group
            formControlName="tiers"
            [nzOptions]="tiers()"
            data-testid="field-tiers"
          />
        </sm-form-field>
        <sm-form-field [spec]="fields.website" [group]="form()" />
      </nz-card>

      <nz-card
        [nzTitle]="'products.profile.sections.capability' | transloco"
        class="block"
      >
        <sm-field-list
          [group]="form()"
          [rows]="[tagFields]"
          [options]="tagOptions()"
        />
      </nz-card>
    </ng-container>
  `,
})
export class ProfileBasicsComponent {
  private readonly i18n = inject(LanguageService);
  private readonly taxonomy = inject(TaxonomyStore);

  readonly form = input.required<ProfileForm>();

  protected readonly rules = PROFILE_RULES;
  protected readonly currentYear = new Date().getFullYear();
  protected readonly headcountBands = [...HEADCOUNT_BANDS];
  protected readonly tiers = computed(() =>
    COMPANY_TIERS.map((value) => ({
      value,
      label: this.i18n.t(COMPANY_TIER_KEYS[value]),
    })),
  );
  protected readonly fields = PROFILE_FIELDS;
  protected readonly tagFields = PROFILE_TAG_FIELDS;
  protected readonly tagOptions = computed<Record<string, FieldOption[]>>(
    () => ({
      domains: namedOptions(this.taxonomy.domains()),
      capabilities: namedOptions(this.taxonomy.capabilities()),
    }),
  );
}
