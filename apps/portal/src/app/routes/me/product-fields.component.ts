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
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
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
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-fields.component.html',
})
export class ProductFieldsComponent {
  protected readonly taxonomy = inject(TaxonomyStore);
  private readonly productTaxonomy = inject(ProductTaxonomyStore);

  readonly form = input.required<ProductForm>();

  protected readonly rules = PRODUCT_RULES;
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
