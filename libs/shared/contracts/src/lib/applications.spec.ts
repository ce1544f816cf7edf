import { aggregateReviews, DEFAULT_RUBRIC, ExpertScores, weightedTotal } from './applications';

const review = (expertId: string, applicationId: string, all: number, solution = all): ExpertScores => ({
  expertId,
  applicationId,
  scores: { solution, team: all, cases: all, price: all },
});

describe('evaluation arithmetic', () => {
  it('weights the rubric (技术方案 40, 团队能力 20, 案例经验 20, 报价 20)', () => {
    expect(weightedTotal({ solution: 90, team: 70, cases: 80, price: 60 }, DEFAULT_RUBRIC)).toBe((90 * 40 + 70 * 20 + 80 * 20 + 60 * 20) / 100);
    expect(weightedTotal({}, DEFAULT_RUBRIC)).toBe(0);
  });

  it('takes the plain mean below five experts and flags nobody who agrees', () => {
    const [a] = aggregateReviews([review('e1', 'a', 80), review('e2', 'a', 84), review('e3', 'a', 76)], DEFAULT_RUBRIC);
    expect(a).toMatchObject({ count: 3, score: 80, trimmed: false });
    expect(a.totals.every((t) => !t.outlier)).toBe(true);
  });

  it('drops the highest and lowest from five experts on, and flags the far-off expert', () => {
    const reviews = [review('e1', 'a', 80), review('e2', 'a', 82), review('e3', 'a', 78), review('e4', 'a', 81), review('e5', 'a', 30)];
    const [a] = aggregateReviews(reviews, DEFAULT_RUBRIC);
    expect(a.trimmed).toBe(true);
    expect(a.score).toBe(Math.round(((80 + 78 + 81) / 3) * 100) / 100);
    expect(a.totals.find((t) => t.expertId === 'e5')?.outlier).toBe(true);
    expect(a.totals.filter((t) => t.outlier)).toHaveLength(1);
  });

  it('normalises a strict and a lenient expert onto the same scale', () => {
    // e1 is strict, e2 lenient; both rank x above y by the same margin.
    const reviews = [review('e1', 'x', 60), review('e1', 'y', 50), review('e2', 'x', 90), review('e2', 'y', 80)];
    const result = aggregateReviews(reviews, DEFAULT_RUBRIC);
    const x = result.find((r) => r.applicationId === 'x');
    const [e1x, e2x] = ['e1', 'e2'].map((e) => x?.totals.find((t) => t.expertId === e)?.normalised);
    expect(e1x).toBeCloseTo(e2x as number, 5);
  });
});
