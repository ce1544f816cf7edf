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
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import {
  ControlFieldComponent,
  type FieldOption,
  type FieldSpec,
  namedOptions,
} from '../../shared/field-specs/control-field.component';
import { FormFieldComponent } from '../../shared/forms/form-field.component';
import { MATURITY_KEYS } from '../../shared/product/product-keys';
import { PRODUCT_RULES, type ProductForm } from './product-form';
import { TranslocoPipe } from '@jsverse/transloco';

/** The product form's basics (name, description) and capability sections. */
@Component({
  selector: 'sm-product-fields',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    FormFieldComponent,
    NzCheckboxModule,
    NzGridModule,
    NzRadioModule,
    ControlFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-fields.component.html',
})
export class ProductFieldsComponent {
  private readonly taxonomy = inject(TaxonomyStore);
  private readonly productTaxonomy = inject(ProductTaxonomyStore);

  readonly form = input.required<ProductForm>();

  /** Name and description: `products.form.*.<key>` texts, `pf-<key>` ids. */
  protected readonly basicFields: FieldSpec[] = [
    textField('name', 'text', 'nameLength', { maxlength: 100 }),
    textField('description', 'textarea', 'descriptionLength', { rows: 6 }),
  ];
  /** Capabilities and domains, several names from the taxonomy each. */
  protected readonly tagFields: FieldSpec[] = [
    textField('capabilities', 'select', 'capabilitiesCount', {
      multiple: true,
      max: PRODUCT_RULES.capabilitiesMax,
      requiredMessage: undefined,
    }),
    textField('domains', 'select', 'domainsCount', {
      multiple: true,
      max: PRODUCT_RULES.domainsMax,
      requiredMessage: undefined,
    }),
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

function textField(
  key: string,
  kind: FieldSpec['kind'],
  fallback: string,
  extra: Partial<FieldSpec>,
): FieldSpec {
  return {
    key,
    kind,
    id: `pf-${key}`,
    testid: `field-${key}`,
    label: `products.form.fields.${key}`,
    placeholder: `products.form.placeholders.${key}`,
    fallback: `products.form.errors.${fallback}`,
    requiredMessage: 'products.form.errors.required',
    required: true,
    ...extra,
  };
}
