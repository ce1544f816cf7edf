import { FormControl, FormRecord, Validators } from '@angular/forms';
import type { RubricCriterion } from '@scenematch/contracts';
import type { TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import type { IntentButton } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';
import type { FormNotice } from '@scenematch/portal/shared/ui/forms/form-notices.component';
import type { ReviewAssignment } from '@scenematch/portal/applications/data-access/applications.api';
import { weightShare } from '@scenematch/portal/shared/ui/application/application-format';

/** One criterion's score: required, 0–100. */
export function scoreControl(): FormControl<number | null> {
  return new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(0),
    Validators.max(100),
  ]);
}

/** Replaces the record's controls with one score control per criterion of the rubric. */
export function resetScoreControls(
  scores: FormRecord<FormControl<number | null>>,
  rubric: readonly RubricCriterion[],
): void {
  for (const name of Object.keys(scores.controls)) scores.removeControl(name);
  for (const c of rubric) scores.addControl(c.code, scoreControl());
}

/** The scores as numbers, keyed by criterion code, in the rubric's order. */
export function scoresPayload(
  scores: FormRecord<FormControl<number | null>>,
  rubric: readonly RubricCriterion[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of rubric) out[c.code] = Number(scores.controls[c.code].value);
  return out;
}

/** The rubric table's columns: criterion, its weight share, and the score input cell. */
export function rubricColumns(
  t: (key: string) => string,
  rubric: readonly RubricCriterion[],
): TableColumn<RubricCriterion>[] {
  return [
    {
      key: 'name',
      title: t('applications.review.criterion'),
      value: (c) => c.name,
      data: true,
    },
    {
      key: 'weight',
      title: t('applications.review.weight'),
      width: '100px',
      value: (c) => weightShare(c, rubric),
    },
    { key: 'points', title: t('applications.review.points'), width: '260px' },
  ];
}

export type ReviewSaveIntent = 'score' | 'conflict';

/**
 * The scoring form's buttons: 提交评分 (a submit button of the enclosing form) and 声明利益冲突
 * behind a confirmation.
 */
export const REVIEW_BUTTONS: IntentButton<ReviewSaveIntent>[] = [
  {
    intent: 'score',
    label: 'applications.review.submit',
    testid: 'review-submit',
    type: 'primary',
    icon: 'check',
    submit: true,
  },
  {
    intent: 'conflict',
    label: 'applications.review.conflict',
    testid: 'review-conflict',
    icon: 'stop',
    danger: true,
    question: 'applications.review.confirmConflict',
    ok: 'applications.review.confirmConflictOk',
  },
];

/**
 * The notices above the scoring form: why the reviewer may not score (a declared or found
 * conflict of interest), then the last failed save. `t` translates a catalogue key.
 */
export function reviewNotices(
  assignment: Pick<ReviewAssignment, 'recused' | 'recuseReason'>,
  error: string | null,
  t: (key: string, params?: Record<string, unknown>) => string,
): (FormNotice | null)[] {
  return [
    assignment.recused
      ? {
          type: 'warning',
          message: t('applications.review.recusedHint', {
            reason:
              assignment.recuseReason ??
              t('applications.review.conflictReason'),
          }),
          testid: 'review-recused',
        }
      : null,
    error ? { type: 'error', message: error, testid: 'review-error' } : null,
  ];
}
