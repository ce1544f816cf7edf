import { csvTexts, FORMULA_PROBES, unsafeProbeCells, workbookTexts } from '@scenematch/server-testing';
import { auditCsv, auditWorkbook } from './audit-export';
import { AuditRow } from './audit.service';

const rows: AuditRow[] = FORMULA_PROBES.map((probe, i) => ({
  id: String(i + 1),
  at: new Date('2025-07-01T00:00:00Z'),
  actor_user_id: null,
  actor_role: null,
  actor_organisation_id: null,
  action: 'auth.login',
  entity_type: probe,
  entity_id: probe,
  outcome: 'failure',
  ip: '10.0.0.1',
  user_agent: probe,
  request_id: probe,
  details: {},
  prev_hash: '0',
  hash: 'ab',
  actor_email: probe,
  actor_name: probe,
}));

describe('audit export (formula cells)', () => {
  it('neutralises =, +, -, @, tab and CR in the CSV export', () => {
    const cells = csvTexts(auditCsv(rows));
    expect(unsafeProbeCells(cells, 'csv')).toEqual([]);
  });

  it('neutralises them in the xlsx export too, the truncation note included', async () => {
    const texts = await workbookTexts(await auditWorkbook(rows, '=仅导出前 50000 条'));
    expect(unsafeProbeCells(texts, 'xlsx')).toEqual([]);
  });
});
