import { Directive, input, output } from '@angular/core';

/**
 * The row options of an `sm-data-table`: test ids and attributes of each row, how rows are
 * tracked, the expandable detail and the selection checkboxes.
 */
@Directive()
export abstract class DataTableRows<T> {
  readonly rowTestId = input<string | null>(null);
  /** Attributes of each row (e.g. data-id for the tests and links). */
  readonly rowAttrs = input<
    (row: T) => Record<string, string | number | null | undefined>
  >(() => ({}));
  readonly trackBy = input<(row: T, index: number) => unknown>(
    (row: T) => (row as { id?: unknown }).id ?? row,
  );
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
  readonly expandChange = output<{ row: T; expanded: boolean }>();
  readonly selectedChange = output<{ row: T; selected: boolean }>();
  readonly allSelectedChange = output<boolean>();
}
