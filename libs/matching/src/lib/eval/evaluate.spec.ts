import { checkLabelledSet, labelledScenarioInputs, ndcgAt } from './evaluate';
import { MIN_KEPT_SCORE } from '../matching.scoring';
import { belowBaseline, Bm25Baseline, evaluateCorpus, labelledCorpus, shownList, titlesOnly } from './slices';
import { fixtures } from '../../testing/matching-fixtures';

describe('matching evaluation on the labelled set', () => {
  const { data, model } = fixtures();
  const corpus = labelledCorpus(data);
  const described = evaluateCorpus(model, corpus, 'described');
  const titles = evaluateCorpus(model, corpus, 'titles');
  const slices = [...described.slices, ...titles.slices];

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

  it('keeps MRR at or above 0.9 in every slice, and at or above the same-run BM25 baseline', () => {
    for (const s of slices) expect({ slice: `${s.variant}/${s.direction}`, mrr: s.engine.mrr >= 0.9 }).toEqual({ slice: `${s.variant}/${s.direction}`, mrr: true });
    expect(belowBaseline(slices)).toEqual([]);
  });

  it('keeps decoys far below: at most two top-3 lists where nothing else fits hold one, every decoy pair ≤ 30', () => {
    expect(titles.slices[0].engine.decoysInTop3).toBeLessThanOrEqual(2);
    expect(described.slices[0].engine.decoysInTop3).toBeLessThanOrEqual(2);
    expect(described.slices[0].baseline.decoysInTop3).toBeGreaterThan(10);
    for (const s of [described.scores, titles.scores]) {
      expect(s.decoysAtMost30).toBe(1);
      expect(s.rightMedian).toBeGreaterThanOrEqual(80);
      expect(s.listedWithoutReasons).toBe(0);
    }
  });

  it('strips everything but title, domain and unit for the titles-only slice', () => {
    const rich = labelledScenarioInputs(data).rich.find((s) => s.requirements);
    if (!rich) throw new Error('fixture missing');
    expect(Object.keys(titlesOnly(rich)).sort()).toEqual(['agencyName', 'domainCode', 'id', 'requirements', 'title']);
  });

  it('counts decoys in a list as the product shows it: kept pairs only, by score, then name', () => {
    const names = new Map([
      ['a', 'Beta Co'],
      ['b', 'Alpha Co'],
      ['weak', 'Aardvark Co'],
    ]);
    const shown = shownList(
      [
        { id: 'a', score: 40 },
        { id: 'b', score: 40 },
        { id: 'weak', score: MIN_KEPT_SCORE - 1 },
      ],
      names,
    );
    expect(shown).toEqual(['b', 'a']);
  });

  it('ranks only the set’s own documents when BM25’s statistics include a platform’s other texts (EVAL_CORPUS=platform)', () => {
    // BM25 over five documents, ranking two: the others count in the idf only, even one of another
    // set that carries a ranked document's id and fits the query best.
    const bm25 = new Bm25Baseline(['a', 'b', 'a', 'd', 'e'], ['肺结节 筛查', '肺结节 影像 随访', '肺结节 影像 影像', '影像 归档', '随访 电话']);
    expect(bm25.rank('肺结节 影像', new Set([0, 1]))).toEqual(['b', 'a']);
  });

  it('computes nDCG with graded gains', () => {
    expect(ndcgAt(5, [3, 2, 0], [3, 2])).toBe(1);
    expect(ndcgAt(5, [0, 3], [3])).toBeCloseTo(1 / Math.log2(3));
    expect(ndcgAt(5, [0, 0], [])).toBe(0);
  });
});
