import { FormControl, FormRecord } from '@angular/forms';
import type { RubricCriterion } from '@scenematch/contracts';
import {
  resetScoreControls,
  reviewNotices,
  rubricColumns,
  scoresPayload,
} from './review-score.form';

const rubric: RubricCriterion[] = [
  { code: 'solution', name: 'Solution', weight: 60 },
  { code: 'team', name: 'Team', weight: 40 },
];

describe('review score form helpers', () => {
  it('replaces the controls with one 0–100 required score per criterion', () => {
    const scores = new FormRecord<FormControl<number | null>>({
      stale: new FormControl<number | null>(1),
    });
    resetScoreControls(scores, rubric);
    expect(Object.keys(scores.controls)).toEqual(['solution', 'team']);
    const control = scores.controls['solution'];
    expect(control.hasError('required')).toBe(true);
    control.setValue(101);
    expect(control.hasError('max')).toBe(true);
    control.setValue(-1);
    expect(control.hasError('min')).toBe(true);
    control.setValue(88.5);
    expect(control.valid).toBe(true);
  });

  it('gives the scores as numbers keyed by criterion code', () => {
    const scores = new FormRecord<FormControl<number | null>>({});
    resetScoreControls(scores, rubric);
    scores.setValue({ solution: 80, team: 70 });
    expect(scoresPayload(scores, rubric)).toEqual({ solution: 80, team: 70 });
  });

  it('names the criterion, weight and points columns', () => {
    const columns = rubricColumns((key) => `t:${key}`, rubric);
    expect(columns.map((c) => [c.key, c.title])).toEqual([
      ['name', 't:applications.review.criterion'],
      ['weight', 't:applications.review.weight'],
      ['points', 't:applications.review.points'],
    ]);
    expect(columns[0].value?.(rubric[1])).toBe('Team');
  });
});

describe('the notices above the scoring form', () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    params ? `${key}(${JSON.stringify(params)})` : key;

  it('says nothing for a reviewer who may score and has not failed to save', () => {
    expect(
      reviewNotices({ recused: false, recuseReason: null }, null, t),
    ).toEqual([null, null]);
  });

  it('warns a recused reviewer with the reason (a conflict when none was given), then the error', () => {
    const [recused, error] = reviewNotices(
      { recused: true, recuseReason: null },
      '保存失败',
      t,
    );
    expect(recused).toEqual({
      type: 'warning',
      message:
        'applications.review.recusedHint({"reason":"applications.review.conflictReason"})',
      testid: 'review-recused',
    });
    expect(error).toEqual({
      type: 'error',
      message: '保存失败',
      testid: 'review-error',
    });
  });
});
