import { DEFAULT_RUBRIC, RubricCriterion } from '@scenematch/contracts';
import { isConflicted, scoreErrors, scoringRefusal } from './review-rules';

describe('review assignment', () => {
  const application = { organisation_id: 'lead', member_ids: ['member-a', 'member-b'] };

  it('recuses an expert of the applicant or of a consortium member, and no one else', () => {
    expect(isConflicted('lead', application)).toBe(true);
    expect(isConflicted('member-b', application)).toBe(true);
    expect(isConflicted('university', application)).toBe(false);
    expect(isConflicted('university', { organisation_id: 'lead', member_ids: [] })).toBe(false);
  });
});

describe('scoring', () => {
  it('lets an assigned expert score only an application under review, never once recused', () => {
    expect(scoringRefusal({ recused: false, status: 'under_review' })).toBeNull();
    expect(scoringRefusal({ recused: true, status: 'under_review' })).toBe('recused');
    expect(scoringRefusal({ recused: false, status: 'shortlisted' })).toBe('not_under_review');
    expect(scoringRefusal({ recused: false, status: 'selected' })).toBe('not_under_review');
    expect(scoringRefusal({ recused: true, status: 'selected' })).toBe('recused');
  });

  const rubric: RubricCriterion[] = [
    { code: 'solution', name: '方案', weight: 60 },
    { code: 'price', name: '报价', weight: 40 },
  ];

  it('takes a score of 0–100 for every criterion of the rubric', () => {
    expect(scoreErrors(rubric, { solution: 0, price: 100 })).toEqual([]);
    expect(scoreErrors(rubric, { solution: 85.5, price: 70 })).toEqual([]);
  });

  it('names each missing, out-of-range or unknown score', () => {
    expect(scoreErrors(rubric, { solution: 80 })).toEqual([{ field: 'scores.price', message: '请为“报价”打 0–100 分' }]);
    expect(scoreErrors(rubric, { solution: -1, price: 101 }).map((e) => e.field)).toEqual(['scores.solution', 'scores.price']);
    expect(scoreErrors(rubric, { solution: Number.NaN, price: Number.POSITIVE_INFINITY })).toHaveLength(2);
    expect(scoreErrors(rubric, { solution: 80, price: 80, style: 90 })).toEqual([{ field: 'scores.style', message: '评分表中没有该项' }]);
  });

  it('checks against the default rubric when the batch has none', () => {
    expect(scoreErrors(DEFAULT_RUBRIC, {})).toHaveLength(DEFAULT_RUBRIC.length);
  });
});
