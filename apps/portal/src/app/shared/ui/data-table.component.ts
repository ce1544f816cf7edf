import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  contentChildren,
  Directive,
  effect,
  ElementRef,
  inject,
  input,
  output,
  Renderer2,
  TemplateRef,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule, type NzTableSortOrder } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageStateComponent } from './page-state.component';

/** A cell shown as a tag: its text and NG-ZORRO colour. */
export interface TableTag {
  text: string;
  color?: string;
}

/** One column of a {@link DataTableComponent}. */
export interface TableColumn<T> {
  /** Names the column: an `<ng-template smCell="key" let-row>` of that key renders its cells. */
  key: string;
  title: string;
  /** Fixed width (e.g. '120px'); without it the column takes what is left. */
  width?: string;
  /** The cell's text when no `smCell` template renders it. */
  value?: (row: T) => string | number | null | undefined;
  /** A muted second line under the text (an e-mail under a name, a code under a label). */
  sub?: (row: T) => string | null | undefined;
  /** The text is a link to this route. */
  link?: (row: T) => string | readonly unknown[];
  /** The cell is a tag (none where it answers null). */
  tag?: (row: T) => TableTag | null;
  /** Sortable: on a paged (server) table a click emits `sortChange`, otherwise it sorts by `value`. */
  sortable?: boolean;
  /** Left out at phone width (< 576 px): the columns a phone user can do without. */
  hideOnPhone?: boolean;
  align?: 'left' | 'right' | 'center';
  /** data-testid of the cell's content: its tag, its link, or else the cell itself. */
  testId?: string;
  /**
   * The cells show data as entered (names, titles, e-mails), not interface text: they are marked
   * `data-i18n-skip` for the English page check. `subData` marks only the `sub` line.
   */
  data?: boolean;
  subData?: boolean;
}

/**
 * Where a table's rows come from: a loaded list with its failure and reload, paged on the server
 * when it has a total (PagedQuery, UrlList) or in the browser (ReloadableList).
 */
export interface TableSource<T> {
  rows(): readonly T[];
  loading(): boolean;
  failure(): string | null;
  reload(): void;
  total?(): number;
  pageIndex?(): number;
  pageSize?(): number;
  setPageIndex?(page: number): void;
  setPageSize?(pageSize: number): void;
}

/** The sort a table shows: a column key and its direction. */
export interface TableSort {
  key: string;
  order: 'ascend' | 'descend';
}

/** Context of a cell or detail template: `let-row` is the row, `let-i="index"` its index. */
export interface TableCellContext<T> {
  $implicit: T;
  index: number;
}

/**
 * Renders the cells of the column `smCell` names: `<ng-template smCell="name" let-row>`. Give the
 * rows as `[smCellOf]` to have `row` typed in the template (else it is `any`).
 */
@Directive({ selector: 'ng-template[smCell]' })
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped rows unless smCellOf says
export class TableCellDirective<T = any> {
  readonly key = input.required<string>({ alias: 'smCell' });
  /** The rows, only to type `row` in the template. */
  readonly smCellOf = input<readonly T[] | null | undefined>(undefined);
  readonly template = inject<TemplateRef<TableCellContext<T>>>(TemplateRef);

  // Angular's template type checker reads this signature; the body never runs for it.
  static ngTemplateContextGuard<T>(
    dir: TableCellDirective<T>,
    ctx: unknown,
  ): ctx is TableCellContext<T> {
    return dir !== null && ctx !== null;
  }
}

/** The row's detail, shown under it while it is expanded: `<ng-template smRowDetail let-row>`. */
@Directive({ selector: 'ng-template[smRowDetail]' })
export class TableRowDetailDirective<T = unknown> {
  readonly template = inject<TemplateRef<TableCellContext<T>>>(TemplateRef);
}

/** Sets the attributes of a record on its element (null leaves one out). */
@Directive({ selector: '[smAttrs]' })
export class AttrsDirective {
  readonly attrs = input<Record<string, string | number | null | undefined>>(
    {},
    { alias: 'smAttrs' },
  );
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);
  private previous: string[] = [];

  constructor() {
    effect(() => {
      const attrs = this.attrs();
      const el = this.element.nativeElement;
      for (const name of this.previous)
        if (!(name in attrs)) this.renderer.removeAttribute(el, name);
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined)
          this.renderer.removeAttribute(el, name);
        else this.renderer.setAttribute(el, name, String(value));
      }
      this.previous = Object.keys(attrs);
    });
  }
}

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
    NgTemplateOutlet,
    NzEmptyModule,
    NzTableModule,
    NzTagModule,
    PageStateComponent,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    @media (max-width: 575.98px) {
      .hide-phone {
        display: none;
      }
    }
    /* phone="cards": below 768 px each row is a card of labelled lines, nothing scrolls sideways. */
    @media (max-width: 767.98px) {
      :host(.cards) {
        ::ng-deep .ant-table-thead {
          display: none;
        }
        tbody,
        tr,
        td {
          display: block;
        }
        tr {
          padding: 8px 0;
          border-bottom: 1px solid #f0f0f0;
        }
        td {
          padding: 4px 8px !important;
          border: none !important;
        }
        td[data-label]::before {
          content: attr(data-label);
          display: block;
          color: rgba(0, 0, 0, 0.45);
          font-size: 12px;
        }
      }
    }
  `,
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
        [nzHideOnSinglePage]="hideOnSinglePage()"
        [nzPageSizeOptions]="pageSizeOptions()"
        [nzShowTotal]="showTotal() ? totalTpl : null"
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
              @if (col.sortable) {
                <th
                  [nzWidth]="col.width ?? null"
                  [nzAlign]="col.align ?? null"
                  [class.hide-phone]="col.hideOnPhone"
                  [nzShowSort]="true"
                  [nzSortFn]="
                    serverPaging() ? true : (sortFns().get(col.key) ?? true)
                  "
                  [nzSortOrder]="sortOrder(col)"
                  (nzSortOrderChange)="changeSort(col, $event)"
                >
                  {{ col.title }}
                </th>
              } @else {
                <th
                  [nzWidth]="col.width ?? null"
                  [nzAlign]="col.align ?? null"
                  [class.hide-phone]="col.hideOnPhone"
                >
                  {{ col.title }}
                </th>
              }
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
                  [nzAlign]="col.align ?? null"
                  [class.hide-phone]="col.hideOnPhone"
                  [attr.data-testid]="
                    col.tag || col.link ? null : (col.testId ?? null)
                  "
                  [attr.data-label]="phone() === 'cards' ? col.title : null"
                  [attr.data-i18n-skip]="col.data ? '' : null"
                >
                  @if (cells().get(col.key); as cell) {
                    <ng-container
                      *ngTemplateOutlet="
                        cell;
                        context: { $implicit: row, index: i }
                      "
                    />
                  } @else if (col.tag) {
                    @if (col.tag(row); as tag) {
                      <nz-tag
                        [nzColor]="tag.color ?? ''"
                        [attr.data-testid]="col.testId ?? null"
                        >{{ tag.text }}</nz-tag
                      >
                    }
                  } @else if (col.link) {
                    <a
                      [routerLink]="col.link(row)"
                      [attr.data-testid]="col.testId ?? null"
                      >{{ col.value?.(row) ?? '' }}</a
                    >
                  } @else {
                    {{ col.value?.(row) ?? '' }}
                  }
                  @if (col.sub?.(row); as sub) {
                    <div class="muted small" [attr.data-i18n-skip]="col.subData ? '' : null">{{ sub }}</div>
                  }
                </td>
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
      ><nz-empty [nzNotFoundContent]="emptyText() || ('common.none' | transloco)"
    /></ng-template>
    <ng-template #totalTpl let-total>{{
      totalText()?.(total) ?? ('common.total' | transloco: { n: total })
    }}</ng-template>
  `,
})
export class DataTableComponent<T> {
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
  readonly testId = input<string | null>(null);
  readonly rowTestId = input<string | null>(null);
  /** Attributes of each row (e.g. data-id for the tests and links). */
  readonly rowAttrs = input<
    (row: T) => Record<string, string | number | null | undefined>
  >(() => ({}));
  readonly trackBy = input<(row: T, index: number) => unknown>(
    (row: T) => (row as { id?: unknown }).id ?? row,
  );
  readonly sort = input<TableSort | null>(null);
  /** Whether a row with an `smRowDetail` template shows its detail. */
  readonly expanded = input<(row: T) => boolean>(() => false);
  readonly expandLabel = input<string | null>(null);
  readonly expandTestId = input<string | null>(null);
  /** Rows with a checkbox (and one in the head for all of them). */
  readonly selectable = input(false);
  readonly isSelected = input<(row: T) => boolean>(() => false);
  readonly allSelected = input(false);
  readonly someSelected = input(false);
  readonly selectTestId = input<string | null>(null);
  readonly selectAllTestId = input<string | null>(null);

  readonly pageIndexChange = output<number>();
  readonly pageSizeChange = output<number>();
  readonly sortChange = output<TableSort | null>();
  readonly expandChange = output<{ row: T; expanded: boolean }>();
  readonly selectedChange = output<{ row: T; selected: boolean }>();
  readonly allSelectedChange = output<boolean>();

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
  protected readonly sortFns = computed(
    () =>
      new Map(
        this.columns().flatMap((col) =>
          col.sortable && col.value
            ? [[col.key, compareBy(col.value)] as const]
            : [],
        ),
      ),
  );

  protected changePage(page: number): void {
    this.source()?.setPageIndex?.(page);
    this.pageIndexChange.emit(page);
  }

  protected changePageSize(pageSize: number): void {
    this.source()?.setPageSize?.(pageSize);
    this.pageSizeChange.emit(pageSize);
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

function compareBy<T>(
  value: (row: T) => string | number | null | undefined,
): (a: T, b: T) => number {
  return (a, b) => {
    const x = value(a) ?? '';
    const y = value(b) ?? '';
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : String(x).localeCompare(String(y), 'zh-CN');
  };
}

/** What a page imports to describe a table. */
export const DATA_TABLE = [
  DataTableComponent,
  TableCellDirective,
  TableRowDetailDirective,
] as const;
