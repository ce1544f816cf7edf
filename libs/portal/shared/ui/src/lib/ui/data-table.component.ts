import { NgTemplateOutlet } from '@angular/common';
import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  contentChildren,
  DestroyRef,
  inject,
  input,
  output,
  signal,
  TemplateRef,
} from '@angular/core';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import {
  NzTableModule,
  type NzTableSortFn,
  type NzTableSortOrder,
} from 'ng-zorro-antd/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { DataTableCellComponent } from './data-table-cell.component';
import { DataTableRows } from './data-table-rows';
import {
  AttrsDirective,
  type TableCellContext,
  TableCellDirective,
  type TableColumn,
  TableRowDetailDirective,
  type TableSort,
  type TableSource,
  sortFunctions,
} from './data-table.model';
import { PageStateComponent } from './page-state.component';
import { PHONE_MEDIA } from './breakpoints';

export * from './data-table.model';

/**
 * A table described by its columns: titles, widths, cell text (`value`, `sub`, `link`, `tag`) or
 * cell templates (`smCell`), sorting, an empty state, and paging — on the server (a source with a
 * total: the page's rows, `setPageIndex`) or in the browser (all rows). With a `source` a failed
 * load shows its message and 重试. On a phone the table scrolls sideways inside its frame
 * (`minWidth`) or turns each row into a card (`phone="cards"`); `hideOnPhone` columns are left out.
 */
@Component({
  selector: 'sm-data-table',
  imports: [
    AttrsDirective,
    DataTableCellComponent,
    NgTemplateOutlet,
    NzEmptyModule,
    NzTableModule,
    PageStateComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './data-table.component.less',
  host: { '[class.cards]': "phone() === 'cards'" },
  template: `
    <sm-page-state
      [failure]="source()?.failure() ?? null"
      [errorTitle]="errorTitle()"
      (retry)="source()?.reload()"
    >
      <nz-table
        #table
        [nzData]="data()"
        [nzLoading]="busy()"
        [nzFrontPagination]="!serverPaging()"
        [nzShowPagination]="paged()"
        [nzTotal]="count() ?? 0"
        [nzPageIndex]="index()"
        [nzPageSize]="paged() ? size() : allRows"
        (nzPageIndexChange)="changePage($event)"
        (nzPageSizeChange)="changePageSize($event)"
        [nzShowSizeChanger]="sizeChanger()"
        [nzHideOnSinglePage]="hideOnSinglePage() || quietPaging()"
        [nzPageSizeOptions]="pageSizeOptions()"
        [nzShowTotal]="showTotal() && !quietPaging() ? totalTpl : null"
        [nzNoResult]="emptyTpl"
        [nzScroll]="scroll()"
        [nzSize]="tableSize()"
        [attr.data-testid]="testId()"
      >
        <thead>
          <tr>
            @if (selectable()) {
              <th
                nzWidth="40px"
                nzShowCheckbox
                [nzChecked]="allSelected()"
                [nzIndeterminate]="someSelected()"
                (nzCheckedChange)="allSelectedChange.emit($event)"
                [attr.data-testid]="selectAllTestId()"
              ></th>
            }
            @if (detail()) {
              <th nzWidth="40px"></th>
            }
            @for (col of columns(); track col.key) {
              <!-- A column that does not sort has neither sorter nor sort function. -->
              <th
                [nzWidth]="col.hideOnPhone && onPhone() ? null : (col.width ?? null)"
                [nzAlign]="col.align ?? null"
                [class.hide-phone]="col.hideOnPhone"
                [attr.data-i18n-skip]="col.titleData ? '' : null"
                [nzShowSort]="!!col.sortable"
                [nzSortFn]="sortFn(col)"
                [nzSortOrder]="sortOrder(col)"
                (nzSortOrderChange)="changeSort(col, $event)"
              >
                {{ col.title }}
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (
            row of table.data;
            track trackBy()(row, $index);
            let i = $index
          ) {
            <tr [smAttrs]="rowAttrs()(row)" [attr.data-testid]="rowTestId()">
              @if (selectable()) {
                <td
                  nzShowCheckbox
                  [nzChecked]="isSelected()(row)"
                  (nzCheckedChange)="
                    selectedChange.emit({ row, selected: $event })
                  "
                  [attr.data-testid]="selectTestId()"
                ></td>
              }
              @if (detail()) {
                <td
                  [nzExpand]="expanded()(row)"
                  (nzExpandChange)="
                    expandChange.emit({ row, expanded: $event })
                  "
                  [attr.aria-label]="expandLabel()"
                  [attr.data-testid]="expandTestId()"
                ></td>
              }
              @for (col of columns(); track col.key) {
                <td
                  [smTableCell]="col"
                  [row]="row"
                  [index]="i"
                  [template]="cells().get(col.key)"
                  [labelled]="phone() === 'cards'"
                  [nzAlign]="col.align ?? null"
                  [class.hide-phone]="col.hideOnPhone"
                ></td>
              }
            </tr>
            @if (detail(); as d) {
              <tr [nzExpand]="expanded()(row)">
                @if (expanded()(row)) {
                  <ng-container
                    *ngTemplateOutlet="
                      d.template;
                      context: { $implicit: row, index: i }
                    "
                  />
                }
              </tr>
            }
          }
        </tbody>
      </nz-table>
    </sm-page-state>
    <ng-template #emptyTpl
      ><nz-empty
        [nzNotFoundContent]="emptyText() || ('common.none' | transloco)"
    /></ng-template>
    <ng-template #totalTpl let-total>{{
      totalText()?.(total) ?? ('common.total' | transloco: { n: total })
    }}</ng-template>
  `,
})
export class DataTableComponent<T> extends DataTableRows<T> {
  readonly columns = input.required<readonly TableColumn<T>[]>();
  /** The list the table shows (its rows, load, failure and paging); or give `rows` & co. */
  readonly source = input<TableSource<T> | null>(null);
  /** The rows: the current page's when `total` is given, else all of them. */
  readonly rows = input<readonly T[]>([]);
  readonly loading = input(false);
  /** The number of rows on the server: the table pages on the server (`pageIndexChange`). */
  readonly total = input<number | null>(null);
  readonly pageIndex = input(1);
  readonly pageSize = input(20);
  /** Whether the table pages at all (a short fixed list shows every row). */
  readonly paged = input(true);
  readonly sizeChanger = input(false);
  readonly pageSizeOptions = input<number[]>([10, 20, 30, 40, 50]);
  /** No pager while every row fits on one page. */
  readonly hideOnSinglePage = input(false);
  readonly emptyText = input('');
  /** The title of a failed load (default 数据加载失败). */
  readonly errorTitle = input('');
  /** Whether the pager shows the count (`totalText`). */
  readonly showTotal = input(true);
  /** A short list's pager: none on a single page, and no count (hideOnSinglePage, no showTotal). */
  readonly quietPaging = input(false, { transform: booleanAttribute });
  /** The pager's count, e.g. 共 12 位用户; default 共 N 条. */
  readonly totalText = input<((total: number) => string) | null>(null);
  readonly tableSize = input<'middle' | 'small' | 'default'>('middle');
  /**
   * At phone width: 'scroll', the table scrolls sideways inside its frame (see `minWidth`);
   * 'cards', each row becomes a card of labelled lines.
   */
  readonly phone = input<'scroll' | 'cards'>('scroll');
  /** Below this width (px) the table scrolls sideways inside its frame rather than squeezing. */
  readonly minWidth = input<number | null>(null);
  /**
   * At phone width (the `.hide-phone` breakpoint): a column hidden there gives up its width too,
   * or its `<col>` kept the space and squeezed the shown columns (我的场景's titles one character a
   * line at 390 px, beside an empty band where the hidden columns were).
   */
  protected readonly onPhone = signal(false);

  constructor() {
    super();
    const query = typeof matchMedia === 'function' ? matchMedia(PHONE_MEDIA) : null;
    if (!query) return;
    this.onPhone.set(query.matches);
    const follow = (event: MediaQueryListEvent) => this.onPhone.set(event.matches);
    query.addEventListener('change', follow);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', follow));
  }
  readonly testId = input<string | null>(null);
  readonly sort = input<TableSort | null>(null);

  readonly pageIndexChange = output<number>();
  readonly pageSizeChange = output<number>();
  readonly sortChange = output<TableSort | null>();

  private readonly cellTemplates = contentChildren(TableCellDirective);
  protected readonly detail = contentChild(TableRowDetailDirective);

  protected readonly cells = computed(
    () =>
      new Map(
        this.cellTemplates().map(
          (c) =>
            [c.key(), c.template as TemplateRef<TableCellContext<T>>] as const,
        ),
      ),
  );
  protected readonly data = computed(
    () => this.source()?.rows() ?? this.rows(),
  );
  protected readonly busy = computed(
    () => this.source()?.loading() ?? this.loading(),
  );
  protected readonly count = computed(() => {
    const source = this.source();
    return (source ? source.total?.() : this.total()) ?? null;
  });
  protected readonly index = computed(
    () => this.source()?.pageIndex?.() ?? this.pageIndex(),
  );
  protected readonly size = computed(
    () => this.source()?.pageSize?.() ?? this.pageSize(),
  );
  /** The page size of a table that does not page: every row on the one page. */
  protected readonly allRows = 1_000_000;
  protected readonly serverPaging = computed(() => this.count() !== null);
  protected readonly scroll = computed(() => {
    const x = this.minWidth();
    return x ? { x: `${x}px` } : { x: null, y: null };
  });

  /** In-browser sorting by each sortable column's value. */
  protected readonly sortFns = computed(() => sortFunctions(this.columns()));

  protected changePage(page: number): void {
    this.source()?.setPageIndex?.(page);
    this.pageIndexChange.emit(page);
  }

  protected changePageSize(pageSize: number): void {
    this.source()?.setPageSize?.(pageSize);
    this.pageSizeChange.emit(pageSize);
  }

  /** A server-paged table only shows the sort; in the browser it sorts by the column's value. */
  protected sortFn(col: TableColumn<T>): NzTableSortFn<T> | boolean | null {
    if (!col.sortable) return null;
    return this.serverPaging() || (this.sortFns().get(col.key) ?? true);
  }

  protected sortOrder(col: TableColumn<T>): NzTableSortOrder {
    const sort = this.sort();
    return sort && sort.key === col.key ? sort.order : null;
  }

  protected changeSort(col: TableColumn<T>, order: string | null): void {
    this.sortChange.emit(
      order === 'ascend' || order === 'descend'
        ? { key: col.key, order }
        : null,
    );
  }
}

/** What a page imports to describe a table. */
export const DATA_TABLE = [
  DataTableComponent,
  TableCellDirective,
  TableRowDetailDirective,
] as const;
