import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

/**
 * Characters that make Excel, LibreOffice or WPS read a cell as a formula (or, for tab and CR,
 * shift it into the next cell where it then starts one): OWASP "CSV injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises one exported cell: text that a spreadsheet would run as a formula is prefixed with
 * an apostrophe (OWASP's advice), so `=HYPERLINK(…)` and `-5%` stay readable text. Numbers, dates,
 * booleans and empty cells are returned as they are, so a negative number stays a number.
 */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV for spreadsheets: every cell neutralised, CRLF records and a BOM so that Excel keeps the Chinese intact. */
export function spreadsheetCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): Buffer {
  const safe = rows.map((row) => row.map((cell) => neutraliseFormula(cell ?? '')));
  return Buffer.from(`\uFEFF${stringify(safe, { record_delimiter: '\r\n' })}`, 'utf8');
}

function neutraliseCellValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return neutraliseFormula(value);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value && value.richText.length) {
      const [first, ...rest] = value.richText;
      return { ...value, richText: [{ ...first, text: neutraliseFormula(first.text) }, ...rest] };
    }
    // Formula cells are written by our own code only; their cached result is what a reader sees.
    if ('hyperlink' in value && typeof value.text === 'string') return { ...value, text: neutraliseFormula(value.text) };
  }
  return value;
}

/**
 * Neutralises every text cell of every sheet in place. Call it (through {@link spreadsheetXlsx})
 * right before writing, so that no sheet or cell added by any code path escapes it.
 */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const safe = neutraliseCellValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
      });
    });
  }
}

/** The workbook as .xlsx bytes, every text cell neutralised first. */
export async function spreadsheetXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  neutraliseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
