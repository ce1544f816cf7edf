import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProductView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { CompaniesApi } from '@scenematch/portal/products/data-access/companies.api';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { ProductCardComponent } from '@scenematch/portal/shared/ui/product/product-card.component';
import { CompanyFactsComponent } from './company-facts.component';
import { CompanyRecordComponent } from './company-record.component';
import { ItemLoad } from '@scenematch/portal/shared/ui/ui/item-load';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { COMPANY_TIER_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';
import { TranslocoPipe } from '@jsverse/transloco';

/** Listed products shown on a company's page; more than this is unusual and links to the list. */
const PRODUCTS_SHOWN = 50;

/**
 * A company's public page: who it is, what it holds (certificates, with expired ones greyed),
 * where it has delivered, and its listed products. Contact details only reach agencies, staff and
 * the company itself (the API leaves them out for everybody else).
 */
@Component({
  selector: 'sm-company-page',
  imports: [
    TranslocoPipe,
    PageStateComponent,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzSkeletonModule,
    NzTagModule,
    ProductCardComponent,
    CompanyFactsComponent,
    CompanyRecordComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './company.page.html',
  styleUrl: './company.page.less',
})
export class CompanyPage {
  private readonly companies = inject(CompaniesApi);
  private readonly productsApi = inject(ProductsApi);
  private readonly auth = inject(AuthStore);

  /** Route parameter of /companies/:id. */
  readonly id = input.required<string>();

  protected readonly tierKeys = COMPANY_TIER_KEYS;

  protected readonly products = signal<ProductView[] | null>(null);
  private readonly load = new ItemLoad(
    this.id,
    (id) => this.companies.get(id),
    (otherCompany) => this.loadProducts(otherCompany),
  );
  protected readonly view = this.load.view;
  protected readonly company = this.load.item;
  protected readonly failure = this.load.failure;
  protected readonly isOwn = computed(
    () => this.auth.user()?.organisation.id === this.company()?.id,
  );

  /** Its listed products, loaded along with it. */
  private loadProducts(otherCompany: boolean): void {
    if (otherCompany) this.products.set(null);
    this.productsApi
      .list({ company: this.id(), sort: 'newest', pageSize: PRODUCTS_SHOWN })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as ProductView[])),
      )
      .subscribe((items) => this.products.set(items));
  }

  protected retry(): void {
    this.load.retry();
  }
}
