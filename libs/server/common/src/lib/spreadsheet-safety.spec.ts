import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormula, spreadsheetCsv, spreadsheetXlsx } from './spreadsheet-safety';

// This util library may not import the testing library: the probes and readers are spelled out here.
const FORMULA_PROBES = ['=HYPERLINK("http://evil.example/","点我")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
const csvTexts = (body: Buffer) => (parse(body.toString('utf8').replace(/^\uFEFF/, '')) as string[][]).flat();
const formulaCells = (texts: string[]) => texts.filter((text) => /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text));

describe('spreadsheet safety (CSV / formula injection)', () => {
  it('prefixes every text that starts with =, +, -, @, tab or CR with an apostrophe', () => {
    for (const probe of FORMULA_PROBES) expect(neutraliseFormula(probe)).toBe(`'${probe}`);
    expect(neutraliseFormula('-5%')).toBe("'-5%");
  });

  it('leaves ordinary text, numbers and dates as they are', () => {
    expect(neutraliseFormula('医学影像辅助诊断 = AI')).toBe('医学影像辅助诊断 = AI');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula(-5)).toBe(-5);
    const when = new Date('2025-07-01T00:00:00Z');
    expect(neutraliseFormula(when)).toBe(when);
    expect(neutraliseFormula(null)).toBeNull();
  });

  it('writes CSV whose cells a spreadsheet reads as text, numbers kept', () => {
    const body = spreadsheetCsv([['名称', '数值'], ...FORMULA_PROBES.map((p) => [p, -12.5]), [null, 3]]);
    expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const cells = csvTexts(body);
    expect(formulaCells(cells)).toEqual([]);
    for (const probe of FORMULA_PROBES) expect(cells).toContain(`'${probe}`);
    // A number is written as a number (not a formula: a spreadsheet reads -12.5 as minus twelve and a half).
    expect(cells).toContain('-12.5');
  });

  it('neutralises text, rich text and hyperlink captions in every sheet of a workbook, numbers stay numbers', async () => {
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('一');
    first.addRow(['=1+1', -5, '-5%']);
    const second = book.addWorksheet('二');
    second.getCell('A1').value = { richText: [{ text: '@evil' }, { text: ' tail' }] };
    second.getCell('B1').value = { text: '+hyper', hyperlink: 'https://example.cn/' };
    second.getCell('C1').value = { formula: 'SUM(1,2)', result: 3 };
    const body = await spreadsheetXlsx(book);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(body as unknown as ArrayBuffer);
    const row = (back.getWorksheet('一') as ExcelJS.Worksheet).getRow(1);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual(["'=1+1", -5, "'-5%"]);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    const sheet = back.getWorksheet('二') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toEqual({ richText: [{ text: "'@evil" }, { text: ' tail' }] });
    expect(sheet.getCell('B1').text).toBe("'+hyper");
    // Our own formulas (totals) are kept.
    expect((back.getWorksheet('二') as ExcelJS.Worksheet).getCell('C1').formula).toBe('SUM(1,2)');
  });
});
