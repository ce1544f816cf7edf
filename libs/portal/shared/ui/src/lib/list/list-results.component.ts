import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
  TemplateRef,
} from '@angular/core';
import type { Page } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageStateComponent } from '../ui/page-state.component';

/** What the results of a URL-kept list read of it (a {@link UrlList}). */
export interface ListResultsSource {
  page(): Page<unknown> | null;
  loading(): boolean;
  failure(): string | null;
  filters(): { page: number; pageSize: number };
  retry(): void;
  setPageIndex(page: number): void;
  setPageSize(pageSize: number): void;
}

/** An empty state: a template given the page (`let-page`). */
export interface ListEmptyTemplate {
  readonly template: TemplateRef<{ $implicit: Page<unknown> }>;
}

/** What a list shows instead of the default empty state: `<ng-template smListEmpty let-page>`. */
@Directive({ selector: 'ng-template[smListEmpty]' })
export class ListEmptyDirective implements ListEmptyTemplate {
  readonly template = inject<TemplateRef<{ $implicit: Page<unknown> }>>(
    TemplateRef,
  );
}

/**
 * The results column of a search list (scenarios, products, 为我推荐): a skeleton until the first
 * page, the count, the projected cards (dimmed while the next page loads), an empty state with a
 * hint, the pager (page and page size go to the URL through the list) and, when the load fails,
 * its message with 重试. Project the cards; `[listFooter]` content goes between them and the pager.
 */
@Component({
  selector: 'sm-list-results',
  imports: [
    NgTemplateOutlet,
    NzCardModule,
    NzEmptyModule,
    NzPaginationModule,
    NzSkeletonModule,
    PageStateComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .results {
      transition: opacity 0.2s;
    }
    .results.is-loading {
      opacity: 0.55;
    }
    .result-count {
      margin-bottom: 8px;
      color: rgba(0, 0, 0, 0.65);
    }
    .empty {
      padding: 48px 0;
      background: #fff;
      border-radius: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .pagination {
      display: flex;
      justify-content: flex-end;
      margin-top: 16px;
    }
  `,
  template: `
    <sm-page-state
      [failure]="list().failure()"
      [errorTitle]="errorTitle()"
      [errorTestId]="errorTestId()"
      (retry)="list().retry()"
    >
      @if (list().page(); as p) {
        <div
          class="results"
          [class.is-loading]="list().loading()"
          [attr.data-loading]="list().loading()"
          [attr.aria-busy]="list().loading()"
          [attr.data-testid]="testId()"
        >
          @if (p.total > 0 || !hideZeroCount()) {
            <div class="result-count" data-testid="result-count">
              {{ countText()(p.total) }}
            </div>
          }
          @if (p.items.length) {
            <ng-content />
          } @else if (empty(); as e) {
            <ng-container
              *ngTemplateOutlet="e.template; context: { $implicit: p }"
            />
          } @else {
            <nz-empty
              class="empty"
              [nzNotFoundContent]="emptyTpl"
              data-testid="results-empty"
            />
            <ng-template #emptyTpl>
              <div>{{ emptyText() }}</div>
              @if (emptyHint()) {
                <div class="muted">{{ emptyHint() }}</div>
              }
            </ng-template>
          }
          <ng-content select="[listFooter]" />
          @if (p.total > 0) {
            <div class="pagination">
              <nz-pagination
                [nzPageIndex]="filters().page"
                [nzPageSize]="filters().pageSize"
                [nzTotal]="p.total"
                [nzPageSizeOptions]="pageSizes()"
                nzShowSizeChanger
                [nzShowTotal]="totalTpl"
                (nzPageIndexChange)="list().setPageIndex($event)"
                (nzPageSizeChange)="list().setPageSize($event)"
                data-testid="pagination"
              />
            </div>
            <ng-template #totalTpl let-total>{{
              'common.total' | transloco: { n: total }
            }}</ng-template>
          }
        </div>
      } @else {
        <nz-card
          ><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 6 }"
        /></nz-card>
      }
    </sm-page-state>
  `,
})
export class ListResultsComponent {
  readonly list = input.required<ListResultsSource>();
  /** The count above the cards, e.g. 共找到 12 个场景. */
  readonly countText = input.required<(total: number) => string>();
  readonly errorTitle = input('');
  readonly emptyText = input('');
  readonly emptyHint = input('');
  readonly pageSizes = input<number[]>([10, 20, 50]);
  readonly testId = input('results');
  readonly errorTestId = input('results-error');
  /** No count while nothing is found (the empty state says it). */
  readonly hideZeroCount = input(false);
  /**
   * The empty state as a template (e.g. handed on by a wrapper whose content holds the
   * `smListEmpty` template); projected `smListEmpty` content wins.
   */
  readonly emptyTemplate = input<ListEmptyTemplate | null>(null);

  private readonly emptyContent = contentChild(ListEmptyDirective);
  protected readonly empty = computed(
    () => this.emptyContent() ?? this.emptyTemplate(),
  );

  protected readonly filters = computed(() => this.list().filters());
}
