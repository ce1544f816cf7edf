import { formatBeijing, SCENARIO_LIST_COLUMNS, ScenarioView } from '@scenematch/contracts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** One data row of a list file, with its 1-based row number in the sheet. */
export interface ListFileRow {
  row: number;
  cells: Partial<Record<(typeof SCENARIO_LIST_COLUMNS)[number], string>>;
}

export class ListFileError extends Error {}

const REQUIRED = ['应用领域', '场景名称', '责任单位'] as const;
const HEADER_ALIASES: Record<string, (typeof SCENARIO_LIST_COLUMNS)[number]> = {
  序号: '序号',
  编号: '序号',
  应用领域: '应用领域',
  领域: '应用领域',
  场景名称: '场景名称',
  场景: '场景名称',
  责任单位: '责任单位',
  发榜单位: '责任单位',
  场景描述: '场景描述',
  描述: '场景描述',
  截止日期: '截止日期',
  截止时间: '截止日期',
  能力需求: '能力需求',
  技术需求: '能力需求',
  预算: '预算',
  预算金额: '预算',
};

/** Beijing-time calendar date of an Excel date cell. */
function excelDate(value: Date): string {
  // exceljs reads date cells as UTC midnight of the shown date.
  return value.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

function headerIndex(header: string[]): Map<(typeof SCENARIO_LIST_COLUMNS)[number], number> {
  const index = new Map<(typeof SCENARIO_LIST_COLUMNS)[number], number>();
  header.forEach((raw, i) => {
    const name = HEADER_ALIASES[raw.replace(/\s+/g, '').replace(/[（(].*[）)]$/, '')];
    if (name && !index.has(name)) index.set(name, i);
  });
  return index;
}

function rowsFromTable(table: string[][], firstRowNumber: number): ListFileRow[] {
  const headerAt = table.findIndex((cells) => cells.some((c) => c.replace(/\s+/g, '') === '场景名称'));
  if (headerAt < 0) throw new ListFileError('未找到表头：文件中应有“序号、应用领域、场景名称、责任单位”列');
  const index = headerIndex(table[headerAt]);
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) throw new ListFileError(`缺少必需的列：${missing.join('、')}`);
  const rows: ListFileRow[] = [];
  for (let i = headerAt + 1; i < table.length; i++) {
    const cells: ListFileRow['cells'] = {};
    for (const [name, at] of index) cells[name] = (table[i][at] ?? '').replace(/\r\n?/g, '\n').trim();
    if (Object.values(cells).every((v) => !v)) continue;
    rows.push({ row: i + firstRowNumber, cells });
  }
  return rows;
}

/** Reads the first sheet of an .xlsx workbook. */
export async function readWorkbook(buffer: Buffer): Promise<ListFileRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ListFileError('无法读取该 Excel 文件，请确认是 .xlsx 格式');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ListFileError('工作簿中没有工作表');
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellText(row.getCell(c).value).trim());
    table.push(cells);
  }
  return rowsFromTable(table, 1);
}

/** Reads CSV in UTF-8 (with or without BOM) or GB18030, as Excel in Chinese saves it. */
export function readCsv(buffer: Buffer): ListFileRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder('gb18030').decode(buffer);
  }
  let table: string[][];
  try {
    table = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    throw new ListFileError(`CSV 格式有误：${(error as Error).message}`);
  }
  return rowsFromTable(table, 1);
}

export async function readListFile(filename: string, buffer: Buffer): Promise<ListFileRow[]> {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return readWorkbook(buffer);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(buffer);
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') return readWorkbook(buffer);
  throw new ListFileError('仅支持 .xlsx 或 .csv 文件');
}

/** "100000", "50万", "50-80万", "300000~500000元" → [min, max] in CNY. */
export function parseBudget(text: string): [number | null, number | null] | 'invalid' {
  const t = text.replace(/[,，\s]/g, '');
  if (!t) return [null, null];
  const m = /^(\d+(?:\.\d+)?)(万)?(?:元)?(?:[-~～至到](\d+(?:\.\d+)?)(万)?(?:元)?)?$/.exec(t);
  if (!m) return 'invalid';
  const unitMax = m[4] ? 10_000 : 1;
  const unitMin = m[2] || (m[3] && m[4]) ? 10_000 : 1;
  const min = Number(m[1]) * unitMin;
  const max = m[3] ? Number(m[3]) * unitMax : min;
  return [Math.round(min * 100) / 100, Math.round(max * 100) / 100];
}

export function formatBudget(min: number | null, max: number | null): string {
  if (min === null && max === null) return '';
  if (min === max || max === null) return String(min);
  if (min === null) return `0-${max}`;
  return `${min}-${max}`;
}

function exportRecord(s: ScenarioView): string[] {
  return [
    s.seqNo === null ? '' : String(s.seqNo),
    s.domain.name,
    s.title,
    [s.agency.name, ...s.coAgencies.map((a) => a.name)].join(' '),
    s.description,
    formatBeijing(s.deadline),
    s.capabilities.map((c) => c.name).join('、'),
    formatBudget(s.budgetMin, s.budgetMax),
  ];
}

export function writeCsv(scenarios: ScenarioView[]): Buffer {
  // A BOM so that Excel opens the UTF-8 file with the Chinese intact.
  return Buffer.from(`\uFEFF${stringify([[...SCENARIO_LIST_COLUMNS], ...scenarios.map(exportRecord)], { record_delimiter: '\r\n' })}`, 'utf8');
}

export async function writeWorkbook(scenarios: ScenarioView[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SceneMatch';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('场景清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SCENARIO_LIST_COLUMNS.map((header) => ({
    header,
    key: header,
    width: { 序号: 8, 应用领域: 14, 场景名称: 36, 责任单位: 28, 场景描述: 60, 截止日期: 18, 能力需求: 30, 预算: 18 }[header],
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
  for (const s of scenarios) {
    const row = sheet.addRow(exportRecord(s));
    row.getCell(1).value = s.seqNo;
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: 'A1', to: 'H1' };
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
