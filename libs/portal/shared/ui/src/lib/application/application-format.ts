import {
  formatBeijing,
  formatOpening,
  weightedTotal,
  type ApplicationStatus,
  type ApplicationView,
  type RubricCriterion,
} from '@scenematch/contracts';
import type { Translate } from './application-keys';
import { toWan } from '../scenario/scenario-format';

/** NG-ZORRO tag colours of the application states. */
export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  withdrawn: 'default',
  shortlisted: 'cyan',
  rejected: 'error',
  under_review: 'purple',
  selected: 'gold',
  not_selected: 'default',
};

export type ApplicationUiAction = 'edit' | 'submit' | 'withdraw';

/** Today as YYYY-MM-DD in Beijing time: deadlines are calendar dates there (as the API counts). */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Whether applications to the scenario are still open: the deadline is a point in time (ISO
 * with offset); at its very second bids close (no deadline: open until the scenario closes).
 */
export function beforeDeadline(
  deadline: string | null,
  now: Date = new Date(),
): boolean {
  return deadline === null || now.getTime() < new Date(deadline).getTime();
}

/**
 * Why 形式审查 (通过/不通过) cannot be done yet, or null once it can: bids open at the deadline, so
 * the buttons wait for it (the API refuses before; a live button would fail only after confirming).
 */
export function formCheckBlocked(
  scenario: { status: string; deadline: string | null },
  t: Translate,
  now: Date = new Date(),
): string | null {
  if (scenario.status !== 'published') return null;
  if (scenario.deadline === null)
    return t('applications.evaluation.checkNoDeadline');
  return beforeDeadline(scenario.deadline, now)
    ? t('applications.evaluation.checkBeforeDeadline', {
        deadline: formatBeijing(scenario.deadline),
      })
    : null;
}

/**
 * What the company can do with its application: change it while a draft or submitted, submit a
 * draft, withdraw either, all before the deadline. A consortium member only reads it.
 */
export function applicationActions(
  application: Pick<ApplicationView, 'status' | 'company' | 'scenario'>,
  organisationId: string | null | undefined,
  now: Date = new Date(),
): ApplicationUiAction[] {
  if (!organisationId || application.company.id !== organisationId) return [];
  if (!beforeDeadline(application.scenario.deadline, now)) return [];
  const actions: ApplicationUiAction[] = [];
  if (application.status === 'draft' || application.status === 'submitted')
    actions.push('edit');
  if (application.status === 'draft') actions.push('submit');
  if (application.status === 'draft' || application.status === 'submitted')
    actions.push('withdraw');
  return actions;
}

/** A quote as the form and lists show it: "¥1,200,000（120 万元）". */
export function formatQuote(yuan: number, t: Translate): string {
  return t('applications.apply.quoteFormat', {
    yuan: yuan.toLocaleString('zh-CN'),
    wan: toWan(yuan),
  });
}

/** The live weighted total of a scoring form; criteria not scored yet count as 0. */
export interface TotalDisplay {
  /** 0–100 with two decimals, e.g. "82.50". */
  text: string;
  value: number;
  /** Every criterion has a score. */
  complete: boolean;
}

export function weightedTotalDisplay(
  scores: Readonly<Record<string, number | null | undefined>>,
  rubric: readonly RubricCriterion[],
): TotalDisplay {
  const given: Record<string, number> = {};
  let complete = true;
  for (const c of rubric) {
    const v = scores[c.code];
    if (typeof v === 'number' && Number.isFinite(v)) given[c.code] = v;
    else complete = false;
  }
  const value = Math.round(weightedTotal(given, [...rubric]) * 100) / 100;
  return { text: value.toFixed(2), value, complete };
}

/** A criterion's weight as a share of the rubric, e.g. 40 of 100 → "40%". */
export function weightShare(
  criterion: RubricCriterion,
  rubric: readonly RubricCriterion[],
): string {
  const sum = rubric.reduce((s, c) => s + c.weight, 0);
  if (sum <= 0) return '0%';
  return `${Math.round((criterion.weight / sum) * 1000) / 10}%`;
}

/** What remains of a notice period: whole days and hours; null once it is over. */
export function noticeRemaining(
  endsAt: string,
  now: Date = new Date(),
): { days: number; hours: number } | null {
  const ms = new Date(endsAt).getTime() - now.getTime();
  if (!(ms > 0)) return null;
  const totalHours = Math.ceil(ms / 3_600_000);
  return { days: Math.floor(totalHours / 24), hours: totalHours % 24 };
}

/**
 * When sealed bids open, as the notices word it: "12月20日 17:00" in Chinese, the portal's usual
 * "2026-12-20 17:00" (Beijing time) in English; '' without a moment.
 */
export function openingText(
  at: string | null | undefined,
  language: string,
): string {
  return language === 'zh-CN' ? formatOpening(at) : formatBeijing(at);
}
