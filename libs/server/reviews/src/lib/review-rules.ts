import type { ApiFieldError, RubricCriterion } from '@scenematch/contracts';

/**
 * The rules of expert review, as pure functions: the service gathers the rows and asks these.
 * Unit-tested without a database (review-rules.spec.ts).
 */

/** A detected conflict of interest: the expert's organisation is the applicant or one of its consortium members. */
export function isConflicted(expertOrganisationId: string, application: { organisation_id: string; member_ids: string[] }): boolean {
  return expertOrganisationId === application.organisation_id || application.member_ids.includes(expertOrganisationId);
}

/** Why an assigned expert may not score the application now, or null. */
export function scoringRefusal(assignment: { recused: boolean; status: string }): 'recused' | 'not_under_review' | null {
  if (assignment.recused) return 'recused';
  if (assignment.status !== 'under_review') return 'not_under_review';
  return null;
}

/** Every criterion of the rubric scored 0–100, and nothing else: the errors, per field. */
export function scoreErrors(rubric: readonly RubricCriterion[], scores: Record<string, number>): ApiFieldError[] {
  const errors: ApiFieldError[] = [];
  for (const c of rubric) {
    const v = scores[c.code];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) errors.push({ field: `scores.${c.code}`, message: `请为“${c.name}”打 0–100 分` });
  }
  for (const code of Object.keys(scores)) if (!rubric.some((c) => c.code === code)) errors.push({ field: `scores.${code}`, message: '评分表中没有该项' });
  return errors;
}
