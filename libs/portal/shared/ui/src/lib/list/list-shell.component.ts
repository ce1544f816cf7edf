import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  inject,
  input,
  output,
  type Signal,
} from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { PageHeadComponent } from '../ui/page-head.component';
import {
  ListEmptyDirective,
  ListResultsComponent,
  type ListResultsSource,
} from './list-results.component';

/** What the shell reads of its list (a {@link UrlList}): the results' source plus the search box. */
export interface ListShellSource extends ListResultsSource {
  readonly search: FormControl<string>;
  /** The page sizes the pager offers (else the shell's `pageSizes`). */
  readonly pageSizes?: number[];
  searchNow(): void;
}

/**
 * The shell's texts as catalogue keys, translated by the shell in the reader's language; each one
 * named here takes the place of its input (title, lead, searchPlaceholder, resetText, countKey,
 * errorTitle, emptyText, emptyHint).
 */
export interface ListShellKeys {
  readonly title: string;
  readonly lead?: string;
  readonly searchPlaceholder?: string;
  readonly resetFilters?: string;
  /** Given `n`, the number of results. */
  readonly resultCount: string;
  readonly loadFailed?: string;
  readonly empty?: string;
  readonly emptyHint?: string;
}

/**
 * The frame of a search list page (scenarios, products, 为我推荐): the title row with
 * `[listActions]`, the filter card (the search box when `searchTestId` is set, the
 * `[listFilters]` in a row with 重置 while `filtered`, then `[listFacets]`), and below it the
 * results (an `sm-list-results`: project the cards, `[listFooter]` and an `smListEmpty` template)
 * beside the `[listSide]` column. The texts come as inputs or as catalogue keys (`keys`).
 *
 * ```html
 * <sm-list-shell [list]="list" [title]="…" countKey="products.catalogue.resultCount" searchTestId="product-search"
 *   [filtered]="filtered()" (resetFilters)="list.reset()">
 *   <ng-container ngProjectAs="[listFilters]">…selects…</ng-container>
 *   …cards…
 *   <div listSide>…chart…</div>
 * </sm-list-shell>
 * ```
 */
@Component({
  selector: 'sm-list-shell',
  imports: [
    ListResultsComponent,
    NzButtonModule,
    NzCardModule,
    NzGridModule,
    NzInputModule,
    PageHeadComponent,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './list-shell.component.less',
  template: `
    <sm-page-head [heading]="heading()" [lead]="leadText()">
      <ng-content select="[listActions]" />
    </sm-page-head>

    <nz-card class="filters" [attr.data-testid]="filtersTestId()">
      @if (searchTestId(); as searchId) {
        <nz-input-search
          nzSize="large"
          [nzEnterButton]="true"
          (nzSearch)="list().searchNow()"
        >
          <input
            nz-input
            type="search"
            [formControl]="list().search"
            [placeholder]="placeholder()"
            [attr.aria-label]="placeholder()"
            maxlength="50"
            [attr.data-testid]="searchId"
          />
        </nz-input-search>
      }
      <div
        class="filter-row"
        [class.flow]="flowFilters()"
        [class.below-search]="!!searchTestId()"
      >
        <ng-content select="[listFilters]" />
        @if (filtered()) {
          <button
            nz-button
            nzType="link"
            (click)="resetFilters.emit()"
            data-testid="filter-reset"
          >
            {{ resetLabel() }}
          </button>
        }
      </div>
      <ng-content select="[listFacets]" />
    </nz-card>

    <div nz-row [nzGutter]="[16, 16]">
      <div nz-col [nzXs]="24" [nzLg]="mainSpan()">
        <sm-list-results
          [list]="list()"
          [countText]="count()"
          [errorTitle]="failedTitle()"
          [emptyText]="emptyLabel()"
          [emptyHint]="emptyHintText()"
          [pageSizes]="list().pageSizes ?? pageSizes()"
          [hideZeroCount]="hideZeroCount()"
          [testId]="testId()"
          [errorTestId]="errorTestId()"
          [emptyTemplate]="empty() ?? null"
        >
          <ng-content />
          <ng-container ngProjectAs="[listFooter]"
            ><ng-content select="[listFooter]"
          /></ng-container>
        </sm-list-results>
      </div>
      <div nz-col [nzXs]="24" [nzLg]="sideSpan()">
        <ng-content select="[listSide]" />
      </div>
    </div>
  `,
})
export class ListShellComponent {
  readonly list = input.required<ListShellSource>();
  /** The texts as catalogue keys, instead of the text inputs. */
  readonly keys = input<ListShellKeys | null>(null);
  readonly title = input('');
  readonly lead = input('');
  readonly filtersTestId = input('filters');
  /** The search box's test id; none: the list has no search box. */
  readonly searchTestId = input<string | null>(null);
  readonly searchPlaceholder = input('');
  /** Whether the filters narrow the list (then 重置 shows, emitting `resetFilters`). */
  readonly filtered = input(false);
  readonly resetText = input('');
  /** The filters flow in a wrapping row instead of equal grid columns. */
  readonly flowFilters = input(false);
  /** The results column's width on a laptop (of 24); the side column takes the rest. */
  readonly mainSpan = input(16);
  readonly resetFilters = output<void>();

  /** The count above the results, e.g. 共找到 12 个场景: a catalogue key given `n`, or a function. */
  readonly countKey = input('');
  readonly countText = input<((total: number) => string) | null>(null);
  // Handed on to sm-list-results (same meaning and defaults).
  readonly errorTitle = input('');
  readonly emptyText = input('');
  readonly emptyHint = input('');
  readonly pageSizes = input<number[]>([10, 20, 50]);
  readonly hideZeroCount = input(false);
  readonly testId = input('results');
  readonly errorTestId = input('results-error');

  protected readonly empty = contentChild(ListEmptyDirective);
  protected readonly sideSpan = computed(() => 24 - this.mainSpan());
  private readonly i18n = inject(LanguageService);
  protected readonly count = computed(() => {
    const key = this.keys()?.resultCount ?? this.countKey();
    return this.countText() ?? ((n: number) => this.i18n.t(key, { n }));
  });

  protected readonly heading = this.text('title', this.title);
  protected readonly leadText = this.text('lead', this.lead);
  protected readonly placeholder = this.text(
    'searchPlaceholder',
    this.searchPlaceholder,
  );
  protected readonly resetLabel = this.text('resetFilters', this.resetText);
  protected readonly failedTitle = this.text('loadFailed', this.errorTitle);
  protected readonly emptyLabel = this.text('empty', this.emptyText);
  protected readonly emptyHintText = this.text('emptyHint', this.emptyHint);

  /** The key's text when `keys` names one, else the input's. */
  private text(
    name: Exclude<keyof ListShellKeys, 'resultCount'>,
    given: Signal<string>,
  ): Signal<string> {
    return computed(() => {
      const key = this.keys()?.[name];
      return key ? this.i18n.t(key) : given();
    });
  }
}
