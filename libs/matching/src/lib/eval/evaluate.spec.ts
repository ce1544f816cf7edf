import { checkLabelledSet, evaluateMatching, labelledScenarioInputs, ndcgAt } from './evaluate';
import { fixtures } from '../../testing/matching-fixtures';

describe('matching evaluation', () => {
  const { data, model } = fixtures();
  const result = evaluateMatching(data, model);
  const metric = (name: string, set = 'all') => result.metrics.find((m) => m.metric === name && m.set === set)?.value ?? NaN;

  it('has a consistent labelled set of at least 40 judgements, decoys included', () => {
    const inputs = labelledScenarioInputs(data);
    expect(checkLabelledSet(data.labelled, data.enterprises.map((e) => e.key), [...inputs.thin, ...inputs.rich].map((s) => s.id))).toEqual([]);
    const judgements = data.labelled.scenarioJudgements.reduce((n, j) => n + Object.keys(j.relevant).length + (j.notRelevant?.length ?? 0), 0);
    expect(judgements).toBeGreaterThanOrEqual(40);
    const decoys = data.enterprises.filter((e) => e.decoy).map((e) => e.key);
    for (const d of decoys) expect(data.labelled.scenarioJudgements.some((j) => j.notRelevant?.includes(d))).toBe(true);
    expect(inputs.thin).toHaveLength(25);
    expect(inputs.rich.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps MRR at or above 0.8 in both directions', () => {
    expect(metric('mrr_scenario_to_company')).toBeGreaterThanOrEqual(0.8);
    expect(metric('mrr_company_to_scenario')).toBeGreaterThanOrEqual(0.8);
    expect(metric('mrr_scenario_to_company', 'thin')).toBeGreaterThanOrEqual(0.8);
    expect(metric('mrr_scenario_to_company', 'rich')).toBeGreaterThanOrEqual(0.8);
  });

  it('never puts a decoy in a top five', () => {
    for (const set of ['all', 'thin', 'rich', 'rich_stripped']) expect(metric('decoy_in_top5_rate', set)).toBe(0);
  });

  it('computes nDCG with graded gains', () => {
    expect(ndcgAt(5, [3, 2, 0], [3, 2])).toBe(1);
    expect(ndcgAt(5, [0, 3], [3])).toBeCloseTo(1 / Math.log2(3));
    expect(ndcgAt(5, [0, 0], [])).toBe(0);
  });
});
