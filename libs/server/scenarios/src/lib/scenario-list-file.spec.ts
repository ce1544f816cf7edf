import { ScenarioView } from '@scenematch/contracts';
import { csvTexts, FORMULA_PROBES, unsafeProbeCells, workbookTexts } from '@scenematch/server-testing';
import { writeCsv, writeWorkbook } from './scenario-list-file';

function scenario(i: number, text: string): ScenarioView {
  return {
    id: `s${i}`,
    seqNo: i + 1,
    title: text,
    domain: { code: 'health', name: text },
    agency: { id: 'a', name: text },
    coAgencies: [],
    description: text,
    painPoints: '',
    expectedOutcome: '',
    capabilities: [{ code: 'cv', name: text }],
    deadline: null,
    budgetMin: null,
    budgetMax: null,
    site: '',
    contact: null,
    batch: null,
    status: 'published',
    returnReason: null,
    version: 1,
    source: 'portal',
    submittedAt: null,
    publishedAt: null,
    bidsOpenedAt: null,
    createdAt: '2025-07-01T00:00:00Z',
    updatedAt: '2025-07-01T00:00:00Z',
  };
}

const hostile = FORMULA_PROBES.map((probe, i) => scenario(i, probe));

describe('scenario list export (formula cells)', () => {
  it('neutralises every formula-like cell in the CSV export', () => {
    const cells = csvTexts(writeCsv(hostile));
    expect(unsafeProbeCells(cells, 'csv')).toEqual([]);
  });

  it('neutralises every formula-like cell in the xlsx export, the number column stays numeric', async () => {
    const body = await writeWorkbook(hostile, '场景清单');
    const texts = await workbookTexts(body);
    expect(unsafeProbeCells(texts, 'xlsx')).toEqual([]);
    expect(texts).toContain('场景名称');
  });
});
