import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProductView } from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { snippet } from '../text/highlight';
import { HighlightComponent } from '../text/highlight.component';
import { MATURITY_COLORS } from './product-format';
import { MATURITY_KEYS } from './product-keys';

const SNIPPET_LENGTH = 110;

/** One product of the capability list: what it can do, whose it is, how far along it is. */
@Component({
  selector: 'sm-product-card',
  imports: [TranslocoPipe, RouterLink, NzIconModule, NzTagModule, HighlightComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = product();
    <article class="card" data-testid="product-card" [attr.data-id]="p.id">
      <header>
        <a class="name" [routerLink]="['/products', p.id]" data-testid="product-name"
          data-i18n-skip
          ><sm-highlight [text]="p.name" [terms]="terms()"
        /></a>
        <nz-tag [nzColor]="maturityColor()" data-testid="product-maturity">{{
          maturityLabel() | transloco
        }}</nz-tag>
      </header>
      @if (showCompany()) {
        <div class="company">
          <nz-icon nzType="bank" />
          <a [routerLink]="['/companies', p.company.id]" data-testid="product-company" data-i18n-skip
            ><sm-highlight [text]="p.company.name" [terms]="terms()"
          /></a>
        </div>
      }
      @if (excerpt(); as text) {
        <p class="description" data-i18n-skip><sm-highlight [text]="text" [terms]="terms()" /></p>
      }
      <div class="tags">
        @for (c of p.capabilities; track c.code) {
          <nz-tag nzColor="geekblue" data-testid="product-capability" data-i18n-skip>{{ c.name }}</nz-tag>
        }
      </div>
      <footer>
        @if (p.deploymentModes.length) {
          <span class="modes" data-i18n-skip
            ><nz-icon nzType="cloud-upload" />{{ modes() }}</span
          >
        }
        @if (p.launchEvent; as e) {
          <nz-tag nzColor="gold" class="badge" data-testid="launch-badge"
            ><nz-icon nzType="notification" />{{
              'products.catalogue.launchBadge' | transloco: { title: '' }
            }}<span data-i18n-skip>{{ e.title }}</span></nz-tag
          >
        }
      </footer>
    </article>
  `,
  styles: `
    .card {
      background: #fff;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 16px 20px;
      height: 100%;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 8px;
    }
    .name {
      font-size: 16px;
      font-weight: 600;
    }
    .company,
    .modes {
      color: rgba(0, 0, 0, 0.65);
    }
    .company nz-icon,
    .modes nz-icon,
    .badge nz-icon {
      margin-right: 4px;
    }
    .description {
      margin: 0;
      color: rgba(0, 0, 0, 0.65);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 0;
    }
    footer {
      margin-top: auto;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
    }
  `,
})
export class ProductCardComponent {
  readonly product = input.required<ProductView>();
  readonly terms = input<readonly string[]>([]);
  /** Off on a company's own page, where every card would repeat the company. */
  readonly showCompany = input(true);

  private readonly i18n = inject(LanguageService);
  protected readonly maturityLabel = computed(
    () => MATURITY_KEYS[this.product().maturity] ?? this.product().maturity,
  );
  protected readonly maturityColor = computed(
    () => MATURITY_COLORS[this.product().maturity] ?? 'default',
  );
  protected readonly modes = computed(() =>
    this.product()
      .deploymentModes.map((m) => m.name)
      .join(this.i18n.t('products.listSeparator')),
  );
  protected readonly excerpt = computed(() =>
    snippet(this.product().description, this.terms(), SNIPPET_LENGTH),
  );
}
