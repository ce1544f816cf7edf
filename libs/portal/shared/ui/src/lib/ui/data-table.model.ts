import {
  Directive,
  effect,
  ElementRef,
  inject,
  input,
  Renderer2,
  TemplateRef,
} from '@angular/core';

/** A cell shown as a tag: its text and NG-ZORRO colour. */
export interface TableTag {
  text: string;
  color?: string;
}

/**
 * A button of a row's actions column: texts already translated (the page's `columns` computed
 * follows the language). With a `question` it asks first and shows `busy`; without one it acts at
 * once and spins while `busy`.
 */
export interface TableButton<T> {
  label: string;
  /** Its data-testid (none when null: a plain way to the row's page, for instance). */
  testid: string | null;
  /** What a press does; or give `link`. */
  pressed?: (row: T) => void;
  /** A way to another page (a button-like link) instead of an action. */
  link?: (row: T) => string | readonly unknown[];
  question?: string;
  /** The question's OK text. */
  ok?: string;
  type?: 'primary' | 'link';
  danger?: boolean;
  icon?: string;
  /** Whether the row offers it (default: every row). */
  shown?: (row: T) => boolean;
  disabled?: (row: T) => boolean;
  busy?: (row: T) => boolean;
}

/** One column of an `sm-data-table`. */
export interface TableColumn<T> {
  /** Names the column: an `<ng-template smCell="key" let-row>` of that key renders its cells. */
  key: string;
  title: string;
  /** Fixed width (e.g. '120px'); without it the column takes what is left. */
  width?: string;
  /** The cell's text when no `smCell` template renders it. */
  value?: (row: T) => string | number | null | undefined;
  /**
   * The text where `value` answers nothing (null, undefined or ''), e.g. 未填写: interface text,
   * so it is not marked as data even on a `data` column.
   */
  empty?: string;
  /** A muted second line under the text (an e-mail under a name, a code under a label). */
  sub?: (row: T) => string | null | undefined;
  /** The text is a link to this route. */
  link?: (row: T) => string | readonly unknown[];
  /** The cell is a tag (none where it answers null). */
  tag?: (row: T) => TableTag | null;
  /** The cell is the row's action buttons (those it offers). */
  buttons?: readonly TableButton<T>[];
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
  /** The title itself is data (e.g. a file's own column name): its header is marked the same way. */
  titleData?: boolean;
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

/** In-browser sorting by each sortable column's value, by column key. */
export function sortFunctions<T>(
  columns: readonly TableColumn<T>[],
): Map<string, (a: T, b: T) => number> {
  return new Map(
    columns.flatMap((col) =>
      col.sortable && col.value
        ? [[col.key, compareBy(col.value)] as const]
        : [],
    ),
  );
}

/** Sorts rows by a column's value: numbers by size, text in Chinese collation. */
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
