import type ExcelJS from 'exceljs';

/** A column of a table sheet: its header, width and number format, and how an item gives its cell. */
export interface SheetColumn<T> {
  header: string;
  width: number;
  numFmt?: string;
  value: (item: T) => unknown;
}

/**
 * Adds a sheet with one row per item under a frozen header row, each cell taken from its column,
 * so that a column's header and its value are written in one place. Styling the header is left
 * to the caller.
 */
export function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: ReadonlyArray<SheetColumn<T>>,
  items: Iterable<T>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  for (const item of items) sheet.addRow(columns.map((c) => c.value(item)));
  return sheet;
}
