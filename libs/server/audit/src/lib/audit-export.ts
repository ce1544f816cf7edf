import { spreadsheetCsv, spreadsheetXlsx } from '@scenematch/server-common';
import ExcelJS from 'exceljs';
import { AuditRow } from './audit.service';

export const AUDIT_EXPORT_COLUMNS = ['编号', '时间', '操作', '结果', '操作人', '角色', '所属机构', '对象类型', '对象编号', 'IP 地址', '客户端', '请求编号', '详情', '哈希'] as const;

const OUTCOME_LABELS: Record<AuditRow['outcome'], string> = { success: '成功', failure: '失败', denied: '拒绝' };

function record(row: AuditRow): string[] {
  return [
    String(row.id),
    row.at.toISOString(),
    row.action,
    OUTCOME_LABELS[row.outcome] ?? row.outcome,
    row.actor_email ? `${row.actor_name ?? ''} <${row.actor_email}>` : (row.actor_user_id ?? '匿名'),
    row.actor_role ?? '',
    row.actor_organisation_id ?? '',
    row.entity_type ?? '',
    row.entity_id ?? '',
    row.ip ?? '',
    row.user_agent ?? '',
    row.request_id ?? '',
    JSON.stringify(row.details ?? {}),
    row.hash,
  ];
}

export function auditCsv(rows: AuditRow[]): Buffer {
  return spreadsheetCsv([[...AUDIT_EXPORT_COLUMNS], ...rows.map(record)]);
}

export async function auditWorkbook(rows: AuditRow[], note: string | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SceneMatch';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AUDIT_EXPORT_COLUMNS.map((header) => ({ header, key: header, width: header === '详情' ? 50 : header === '时间' ? 26 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(record(row));
  if (note) sheet.addRow([note]);
  return spreadsheetXlsx(workbook);
}
