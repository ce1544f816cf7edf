import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type CompanyView, type ProductView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import { CompaniesApi } from '../../core/data-access/companies.api';
import { ProductsApi } from '../../core/data-access/products.api';
import { toApiError } from '../../core/http/api-error';
import { ProductCardComponent } from '../../shared/product/product-card.component';
import { CompanyFactsComponent } from './company-facts.component';
import { CompanyRecordComponent } from './company-record.component';
import { PageStateComponent } from '../../shared/ui/page-state.component';
import { COMPANY_TIER_KEYS } from '../../shared/product/product-keys';
import { TranslocoPipe } from '@jsverse/transloco';

type LoadState =
  | { state: 'loading' }
  | { state: 'ready'; company: CompanyView }
  | { state: 'notFound' }
  | { state: 'failed'; message: string };

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

  protected readonly view = signal<LoadState>({ state: 'loading' });
  protected readonly products = signal<ProductView[] | null>(null);
  protected readonly company = computed(() => {
    const v = this.view();
    return v.state === 'ready' ? v.company : null;
  });
  protected readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : '';
  });
  protected readonly isOwn = computed(
    () => this.auth.user()?.organisation.id === this.company()?.id,
  );

  constructor() {
    effect(() => {
      const id = this.id();
      this.auth.isSignedIn();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    if (this.company()?.id !== id) {
      this.view.set({ state: 'loading' });
      this.products.set(null);
    }
    await this.auth.whenReady();
    this.productsApi
      .list({ company: id, sort: 'newest', pageSize: PRODUCTS_SHOWN })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as ProductView[])),
      )
      .subscribe((items) => this.products.set(items));
    try {
      const company = await firstValueFrom(this.companies.get(id));
      this.view.set({ state: 'ready', company });
    } catch (error) {
      const e = toApiError(error);
      this.view.set(
        e.statusCode === 404 || e.statusCode === 400
          ? { state: 'notFound' }
          : { state: 'failed', message: e.message },
      );
    }
  }

  protected retry(): void {
    void this.load(this.id());
  }
}
