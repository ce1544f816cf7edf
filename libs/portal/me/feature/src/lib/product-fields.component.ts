import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MATURITIES } from '@scenematch/contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { ProductTaxonomyStore } from '@scenematch/portal/products/data-access/product-taxonomy.store';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import {
  type FieldOption,
  type FieldSpec,
  namedOptions,
} from '@scenematch/portal/shared/ui/forms/field-spec';
import { FieldListComponent } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { MATURITY_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';
import { PRODUCT_RULES, type ProductForm } from './product-form';
import { TranslocoPipe } from '@jsverse/transloco';

/** The product form's basics (name, description) and capability sections. */
@Component({
  selector: 'sm-product-fields',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    FieldListComponent,
    FormFieldComponent,
    NzCheckboxModule,
    NzGridModule,
    NzRadioModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-fields.component.html',
})
export class ProductFieldsComponent {
  private readonly taxonomy = inject(TaxonomyStore);
  private readonly productTaxonomy = inject(ProductTaxonomyStore);

  readonly form = input.required<ProductForm>();

  /** Name and description: `pf-<key>` ids, `field-<key>` test ids. */
  protected readonly basicFields: FieldSpec[] = [
    productField(
      'name',
      'text',
      {
        label: 'products.form.fields.name',
        fallback: 'products.form.errors.nameLength',
        placeholder: 'products.form.placeholders.name',
      },
      { maxlength: 100 },
    ),
    productField(
      'description',
      'textarea',
      {
        label: 'products.form.fields.description',
        fallback: 'products.form.errors.descriptionLength',
        placeholder: 'products.form.placeholders.description',
      },
      { rows: 6 },
    ),
  ];
  /** Capabilities and domains, several names from the taxonomy each. */
  protected readonly tagFields: FieldSpec[] = [
    productField(
      'capabilities',
      'select',
      {
        label: 'products.form.fields.capabilities',
        fallback: 'products.form.errors.capabilitiesCount',
        placeholder: 'products.form.placeholders.capabilities',
      },
      { multiple: true, max: PRODUCT_RULES.capabilitiesMax, md: 12 },
    ),
    productField(
      'domains',
      'select',
      {
        label: 'products.form.fields.domains',
        fallback: 'products.form.errors.domainsCount',
        placeholder: 'products.form.placeholders.domains',
      },
      { multiple: true, max: PRODUCT_RULES.domainsMax, md: 12 },
    ),
  ];
  protected readonly tagOptions = computed<Record<string, FieldOption[]>>(
    () => ({
      capabilities: namedOptions(this.taxonomy.capabilities()),
      domains: namedOptions(this.taxonomy.domains()),
    }),
  );
  protected readonly maturities = MATURITIES.map((value) => ({
    value,
    label: MATURITY_KEYS[value],
  }));
  protected readonly modeOptions = computed(() =>
    this.productTaxonomy
      .deploymentModes()
      .map((m) => ({ label: m.name, value: m.code })),
  );
}

/** A required field of the product form; a text's required message names its label. */
function productField(
  control: string,
  kind: FieldSpec['kind'],
  texts: Pick<FieldSpec, 'label' | 'fallback' | 'placeholder'>,
  extra: Partial<FieldSpec>,
): FieldSpec {
  return {
    control,
    kind,
    id: `pf-${control}`,
    testid: `field-${control}`,
    required: true,
    ...(kind === 'select'
      ? { search: true }
      : { requiredMessage: 'products.form.errors.required' }),
    ...texts,
    ...extra,
  };
}
